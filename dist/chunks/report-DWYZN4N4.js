import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
} from "./chunk-LC374VRL.js";
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
};
