import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  htmlFormatter,
  text
} from "./chunk-W5J7FFAJ.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-UA2LDIQP.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  htmlFormatter,
  text
};
