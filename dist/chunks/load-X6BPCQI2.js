import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  PACKAGE_PREFIX,
  loadFormatter
} from "./chunk-ZOHEIZUP.js";
import "./chunk-FEY3S36H.js";
import "./chunk-5NRU6M34.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-KNET3OEV.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-NBPJRJHV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  PACKAGE_PREFIX,
  loadFormatter
};
