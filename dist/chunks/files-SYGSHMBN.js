import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FilesSource,
  isBinary
} from "./chunk-H54ST4LJ.js";
import "./chunk-FZWAECH5.js";
import "./chunk-7LLFVWGZ.js";
import "./chunk-U72GBBDN.js";
export {
  FilesSource,
  isBinary
};
