import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-6G6SSURQ.js";
import "./chunk-DQUDFGBY.js";
import "./chunk-QCTYJXTO.js";
import "./chunk-XXIP7SJ4.js";
import "./chunk-7LLFVWGZ.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
