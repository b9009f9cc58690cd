import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  MODULE_NAME,
  SEARCH_PLACES,
  buildConfig,
  findRepoRoot,
  loadBuiltinSpecs,
  loadConfig,
  parseSize
} from "./chunk-FGXG2XXO.js";
import "./chunk-SLZ3O6QT.js";
import "./chunk-4ZEJ4JV7.js";
import "./chunk-KNET3OEV.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-GDYWKFCI.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  DEFAULT_MAX_FILE_SIZE,
  MODULE_NAME,
  SEARCH_PLACES,
  buildConfig,
  findRepoRoot,
  loadBuiltinSpecs,
  loadConfig,
  parseSize
};
