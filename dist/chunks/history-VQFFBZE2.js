import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  HistorySource,
  batchCap,
  checkRevs,
  listCommits,
  revListArgs,
  workItems
} from "./chunk-UBFSF6FT.js";
import "./chunk-DMII6CPG.js";
import "./chunk-VGNDAFUL.js";
import "./chunk-J5ICDM4W.js";
import "./chunk-7PJ6VWAO.js";
import "./chunk-JJRVKFH7.js";
import "./chunk-CR2FYILF.js";
import "./chunk-MWLPOBSF.js";
import "./chunk-P7I356N5.js";
import "./chunk-GDYWKFCI.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-U72GBBDN.js";
export {
  HistorySource,
  batchCap,
  checkRevs,
  listCommits,
  revListArgs,
  workItems
};
