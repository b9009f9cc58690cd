import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  Cache,
  commitTips,
  git,
  tipsOf
} from "./chunk-5OZLDWDU.js";
import "./chunk-OUYNPGH4.js";
import "./chunk-MADLO6AL.js";
import "./chunk-U72GBBDN.js";
export {
  Cache,
  commitTips,
  git,
  tipsOf
};
