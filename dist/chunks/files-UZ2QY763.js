import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FilesSource,
  isBinary
} from "./chunk-2TWMVNIN.js";
import "./chunk-GCQ2G4U6.js";
import "./chunk-QOCJMMQM.js";
import "./chunk-U72GBBDN.js";
export {
  FilesSource,
  isBinary
};
