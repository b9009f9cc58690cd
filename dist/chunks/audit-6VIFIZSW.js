import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-MSWGBW7P.js";
import "./chunk-QHGWUEON.js";
import "./chunk-LI7CW3CT.js";
import "./chunk-EQPUBXTD.js";
import "./chunk-QOCJMMQM.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
