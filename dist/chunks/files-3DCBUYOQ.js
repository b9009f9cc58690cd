import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FilesSource,
  isBinary
} from "./chunk-4TAS3CMQ.js";
import "./chunk-TPMDRYSG.js";
import "./chunk-MADLO6AL.js";
import "./chunk-U72GBBDN.js";
export {
  FilesSource,
  isBinary
};
