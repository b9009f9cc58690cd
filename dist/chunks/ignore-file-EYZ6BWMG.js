import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FINGERPRINT_RE,
  IGNORE_FILE,
  IGNORE_FILE_HEADER,
  checkGlob,
  formatIgnoreEntry,
  ignoreFileSalt,
  parseIgnoreFile,
  saltLine
} from "./chunk-UNUI2DOM.js";
import "./chunk-74QMUCHR.js";
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  FINGERPRINT_RE,
  IGNORE_FILE,
  IGNORE_FILE_HEADER,
  checkGlob,
  formatIgnoreEntry,
  ignoreFileSalt,
  parseIgnoreFile,
  saltLine
};
