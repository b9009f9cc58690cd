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
} from "./chunk-WWMHRRQY.js";
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
