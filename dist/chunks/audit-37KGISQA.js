import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
} from "./chunk-NJY4W676.js";
import "./chunk-JDP4Y5ST.js";
import "./chunk-PTOE6CTY.js";
import "./chunk-7W2HRHUU.js";
import "./chunk-ATRH4UCP.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  auditOrg,
  auditRepo,
  buildReport,
  rulesKey
};
