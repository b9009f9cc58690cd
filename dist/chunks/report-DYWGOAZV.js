import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
} from "./chunk-JPBOY7OS.js";
import "./chunk-MADLO6AL.js";
import "./chunk-U72GBBDN.js";
export {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
};
