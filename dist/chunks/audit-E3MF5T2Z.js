import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-44KVR7BB.js";
import "./chunk-WXCX4Y4H.js";
import "./chunk-BHMHBJDA.js";
import "./chunk-RAZEFMHY.js";
import "./chunk-6WTUB34P.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
