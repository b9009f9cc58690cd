import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FilesSource,
  isBinary
} from "./chunk-T6UX5YU4.js";
import "./chunk-CHRXSDLD.js";
import "./chunk-JJRVKFH7.js";
import "./chunk-CR2FYILF.js";
import "./chunk-ENOZ723B.js";
import "./chunk-C2HXGN7L.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-U72GBBDN.js";
export {
  FilesSource,
  isBinary
};
