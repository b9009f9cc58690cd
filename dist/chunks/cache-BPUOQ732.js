import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  Cache,
  commitTips,
  git,
  tipsOf
} from "./chunk-WXCX4Y4H.js";
import "./chunk-BHMHBJDA.js";
import "./chunk-6WTUB34P.js";
import "./chunk-U72GBBDN.js";
export {
  Cache,
  commitTips,
  git,
  tipsOf
};
