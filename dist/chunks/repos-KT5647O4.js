import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  cacheKey,
  displayUrl,
  parseShard,
  readRepoList,
  shardOf
} from "./chunk-LI7CW3CT.js";
import "./chunk-QOCJMMQM.js";
import "./chunk-U72GBBDN.js";
export {
  cacheKey,
  displayUrl,
  parseShard,
  readRepoList,
  shardOf
};
