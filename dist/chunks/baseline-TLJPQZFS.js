import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
} from "./chunk-XCTWMNYK.js";
import "./chunk-PTE4N3XR.js";
import "./chunk-74QMUCHR.js";
import "./chunk-6WTUB34P.js";
import "./chunk-U72GBBDN.js";
export {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
};
