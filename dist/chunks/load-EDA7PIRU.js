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
} from "./chunk-VN26XYKV.js";
import "./chunk-TSTTUUZP.js";
import "./chunk-KNET3OEV.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
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
