import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
} from "./chunk-LUKSCOVI.js";
import "./chunk-AAESLPJJ.js";
import "./chunk-74QMUCHR.js";
import "./chunk-WTQOPM3L.js";
import "./chunk-U72GBBDN.js";
export {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
};
