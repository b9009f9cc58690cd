import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  htmlFormatter,
  text
} from "./chunk-YZU6RC2C.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-NBPJRJHV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  htmlFormatter,
  text
};
