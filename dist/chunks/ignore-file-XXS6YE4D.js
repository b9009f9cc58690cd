import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FINGERPRINT_RE,
  IGNORE_FILE,
  IGNORE_FILE_HEADER,
  checkGlob,
  formatIgnoreEntry,
  parseIgnoreFile
} from "./chunk-TCHGR2GN.js";
import "./chunk-QOCJMMQM.js";
import "./chunk-U72GBBDN.js";
export {
  FINGERPRINT_RE,
  IGNORE_FILE,
  IGNORE_FILE_HEADER,
  checkGlob,
  formatIgnoreEntry,
  parseIgnoreFile
};
