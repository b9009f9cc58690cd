import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
} from "./chunk-GCQ2G4U6.js";
import "./chunk-QOCJMMQM.js";
import "./chunk-U72GBBDN.js";
export {
  LfsObjects,
  lfsContent,
  lfsFragments,
  lfsPointer,
  notesOnce,
  pointerLines
};
