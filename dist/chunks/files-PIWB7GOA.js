import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FilesSource,
  isBinary
} from "./chunk-TU26DCWL.js";
import "./chunk-XQUZ6YSW.js";
import "./chunk-WTQOPM3L.js";
import "./chunk-U72GBBDN.js";
export {
  FilesSource,
  isBinary
};
