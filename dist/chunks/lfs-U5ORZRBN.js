import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
} from "./chunk-VGNDAFUL.js";
import "./chunk-MWLPOBSF.js";
import "./chunk-P7I356N5.js";
import "./chunk-GDYWKFCI.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-U72GBBDN.js";
export {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
};
