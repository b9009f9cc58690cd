import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
} from "./chunk-YP74OR2J.js";
import "./chunk-UNUI2DOM.js";
import "./chunk-74QMUCHR.js";
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
};
