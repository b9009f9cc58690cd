import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
} from "./chunk-CHRXSDLD.js";
import "./chunk-ENOZ723B.js";
import "./chunk-C2HXGN7L.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-U72GBBDN.js";
export {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
};
