import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  cacheKey,
  displayUrl,
  parseShard,
  readRepoList,
  shardOf
} from "./chunk-XYBOEJQE.js";
import "./chunk-GDYWKFCI.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  cacheKey,
  displayUrl,
  parseShard,
  readRepoList,
  shardOf
};
