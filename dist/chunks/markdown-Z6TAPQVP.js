import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  MAX_ROWS,
  cell,
  code,
  markdownFormatter
} from "./chunk-DHQ6MEFQ.js";
import "./chunk-JQAHVL5I.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-UA2LDIQP.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  MAX_ROWS,
  cell,
  code,
  markdownFormatter
};
