import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  MAX_NOTES,
  PathFilter,
  addNote,
  fragmentFromAdded,
  newStats
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  MAX_NOTES,
  PathFilter,
  addNote,
  fragmentFromAdded,
  newStats
};
