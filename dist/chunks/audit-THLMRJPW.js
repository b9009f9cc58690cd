import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-RHZPTMEZ.js";
import "./chunk-Y4LAF44J.js";
import "./chunk-5UA7BSQ2.js";
import "./chunk-VPU6FCXK.js";
import "./chunk-FO5U3G6H.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
