import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  MAX_NOTES,
  PathFilter,
  addNote,
  fragmentFromAdded,
  newStats
} from "./chunk-P7I356N5.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-U72GBBDN.js";
export {
  MAX_NOTES,
  PathFilter,
  addNote,
  fragmentFromAdded,
  newStats
};
