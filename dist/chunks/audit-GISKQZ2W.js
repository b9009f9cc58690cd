import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-GVRAHVOM.js";
import "./chunk-CU3XLQBR.js";
import "./chunk-XYBOEJQE.js";
import "./chunk-7W2HRHUU.js";
import "./chunk-CDREP44S.js";
import "./chunk-MWLPOBSF.js";
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
