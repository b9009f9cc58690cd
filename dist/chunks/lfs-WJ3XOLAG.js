import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
} from "./chunk-KGOOEA6M.js";
import "./chunk-6WTUB34P.js";
import "./chunk-U72GBBDN.js";
export {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
};
