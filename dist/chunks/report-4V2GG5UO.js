import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
} from "./chunk-RAZEFMHY.js";
import "./chunk-6WTUB34P.js";
import "./chunk-U72GBBDN.js";
export {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
};
