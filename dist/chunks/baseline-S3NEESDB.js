import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  BASELINE_VERSION,
  formatBaseline,
  parseBaseline
} from "./chunk-B4W4ZCZA.js";
import "./chunk-OSYGBZO3.js";
import "./chunk-HHFGDUQN.js";
import "./chunk-U72GBBDN.js";
export {
  BASELINE_FILE,
  BASELINE_VERSION,
  formatBaseline,
  parseBaseline
};
