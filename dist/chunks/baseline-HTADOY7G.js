import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
} from "./chunk-JXHSPWBR.js";
import "./chunk-NSX45STC.js";
import "./chunk-56OFXAZQ.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-UA2LDIQP.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  BASELINE_FILE,
  BASELINE_VERSION,
  baselineSalt,
  formatBaseline,
  parseBaseline
};
