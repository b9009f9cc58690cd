import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
} from "./chunk-GNCRTAUT.js";
import "./chunk-WTQOPM3L.js";
import "./chunk-U72GBBDN.js";
export {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
};
