import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-LSWUS32Z.js";
import "./chunk-GICKBRUW.js";
import "./chunk-PD5WJDXH.js";
import "./chunk-YJHS54VO.js";
import "./chunk-2TG4T2YZ.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
