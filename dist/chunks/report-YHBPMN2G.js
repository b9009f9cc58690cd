import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
} from "./chunk-VPU6FCXK.js";
import "./chunk-FO5U3G6H.js";
import "./chunk-U72GBBDN.js";
export {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
};
