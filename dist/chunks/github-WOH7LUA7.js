import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  data,
  githubFormatter,
  prop
} from "./chunk-BNKXOQ25.js";
import "./chunk-476M4HJG.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-GFXP3WCV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  data,
  githubFormatter,
  prop
};
