import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FilesSource,
  isBinary
} from "./chunk-2UT6BXXR.js";
import "./chunk-D56TD2KR.js";
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  FilesSource,
  isBinary
};
