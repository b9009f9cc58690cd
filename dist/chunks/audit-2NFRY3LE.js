import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-QWOUVZQ2.js";
import "./chunk-N7HD4TEX.js";
import "./chunk-L3G5ZLOZ.js";
import "./chunk-6Q66SWMM.js";
import "./chunk-TDTCBIOY.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
