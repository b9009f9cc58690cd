import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  Cache,
  commitTips,
  tipsOf
} from "./chunk-QZQTKYOH.js";
import "./chunk-PD66MI4J.js";
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  Cache,
  commitTips,
  tipsOf
};
