import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  cacheKey,
  displayUrl,
  parseShard,
  readRepoList,
  shardOf
} from "./chunk-BHMHBJDA.js";
import "./chunk-6WTUB34P.js";
import "./chunk-U72GBBDN.js";
export {
  cacheKey,
  displayUrl,
  parseShard,
  readRepoList,
  shardOf
};
