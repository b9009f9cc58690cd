import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  PACKAGE_PREFIX,
  loadFormatter
} from "./chunk-ZJD65O7B.js";
import "./chunk-IOEKSDES.js";
import "./chunk-476M4HJG.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-GFXP3WCV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  PACKAGE_PREFIX,
  loadFormatter
};
