import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
} from "./chunk-D56TD2KR.js";
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
};
