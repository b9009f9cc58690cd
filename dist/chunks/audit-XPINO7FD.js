import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-LVGMAFFO.js";
import "./chunk-4HZWUE7Q.js";
import "./chunk-XYBOEJQE.js";
import "./chunk-7W2HRHUU.js";
import "./chunk-CDREP44S.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-GDYWKFCI.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
