import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  Cache,
  commitTips,
  git,
  tipsOf
} from "./chunk-JDP4Y5ST.js";
import "./chunk-PTOE6CTY.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  Cache,
  commitTips,
  git,
  tipsOf
};
