import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  MAX_ROWS,
  cell,
  code,
  markdownFormatter
} from "./chunk-WEIGJYWS.js";
import "./chunk-5NRU6M34.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-NBPJRJHV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  MAX_ROWS,
  cell,
  code,
  markdownFormatter
};
