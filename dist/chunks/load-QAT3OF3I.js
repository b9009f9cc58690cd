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
} from "./chunk-K2SIMHFW.js";
import "./chunk-SB5HO6VJ.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-EQJNLXLZ.js";
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
