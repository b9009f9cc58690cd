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
} from "./chunk-NSX45STC.js";
import "./chunk-56OFXAZQ.js";
import "./chunk-HWRS3BVT.js";
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
