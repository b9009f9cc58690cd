import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
} from "./chunk-7ZYW5IA6.js";
import "./chunk-ZLALH6QR.js";
import "./chunk-74QMUCHR.js";
import "./chunk-MADLO6AL.js";
import "./chunk-U72GBBDN.js";
export {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
};
