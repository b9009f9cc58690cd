import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  MAX_ROWS,
  cell,
  code,
  markdownFormatter
} from "./chunk-GRVZFXPI.js";
import "./chunk-476M4HJG.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-GFXP3WCV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  MAX_ROWS,
  cell,
  code,
  markdownFormatter
};
