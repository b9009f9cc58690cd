import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-4LRPV3US.js";
import "./chunk-5OZLDWDU.js";
import "./chunk-OUYNPGH4.js";
import "./chunk-JPBOY7OS.js";
import "./chunk-MADLO6AL.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
