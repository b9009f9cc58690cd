import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-X2XWONML.js";
import "./chunk-7RJHJZPH.js";
import "./chunk-FY4GSMAR.js";
import "./chunk-OFUISLL4.js";
import "./chunk-HHFGDUQN.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
