import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  BASELINE_VERSION,
  formatBaseline,
  parseBaseline
} from "./chunk-ZYNG3XBZ.js";
import "./chunk-EXZ5RCST.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-NBPJRJHV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  BASELINE_FILE,
  BASELINE_VERSION,
  formatBaseline,
  parseBaseline
};
