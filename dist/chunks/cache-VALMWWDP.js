import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  Cache,
  commitTips,
  tipsOf
} from "./chunk-CU3XLQBR.js";
import "./chunk-XYBOEJQE.js";
import "./chunk-MWLPOBSF.js";
import "./chunk-GDYWKFCI.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  Cache,
  commitTips,
  tipsOf
};
