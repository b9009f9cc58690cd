import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  cacheKey,
  displayUrl,
  parseShard,
  readRepoList,
  shardOf
} from "./chunk-OUYNPGH4.js";
import "./chunk-MADLO6AL.js";
import "./chunk-U72GBBDN.js";
export {
  cacheKey,
  displayUrl,
  parseShard,
  readRepoList,
  shardOf
};
