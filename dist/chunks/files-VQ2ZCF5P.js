import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FilesSource,
  isBinary
} from "./chunk-HJ353K4L.js";
import "./chunk-KGOOEA6M.js";
import "./chunk-6WTUB34P.js";
import "./chunk-U72GBBDN.js";
export {
  FilesSource,
  isBinary
};
