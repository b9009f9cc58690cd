import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  HistorySource,
  batchCap,
  checkRevs,
  listCommits,
  revListArgs,
  workItems
} from "./chunk-7YYZ37GZ.js";
import "./chunk-TTWFZJVD.js";
import "./chunk-PGZMN6QZ.js";
import "./chunk-FJ6T7WB3.js";
import "./chunk-TFGZ5UL2.js";
import "./chunk-UYD45K2S.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-U72GBBDN.js";
export {
  HistorySource,
  batchCap,
  checkRevs,
  listCommits,
  revListArgs,
  workItems
};
