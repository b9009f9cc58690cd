import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FilesSource,
  isBinary
} from "./chunk-AL3EB37R.js";
import "./chunk-IKQ2OSZJ.js";
import "./chunk-TDTCBIOY.js";
import "./chunk-U72GBBDN.js";
export {
  FilesSource,
  isBinary
};
