import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  BASELINE_VERSION,
  formatBaseline,
  parseBaseline
} from "./chunk-4UJOPTFR.js";
import "./chunk-TCHGR2GN.js";
import "./chunk-QOCJMMQM.js";
import "./chunk-U72GBBDN.js";
export {
  BASELINE_FILE,
  BASELINE_VERSION,
  formatBaseline,
  parseBaseline
};
