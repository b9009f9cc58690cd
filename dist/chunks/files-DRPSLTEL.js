import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FilesSource,
  isBinary
} from "./chunk-KPAXZQET.js";
import "./chunk-KNHMZ2HW.js";
import "./chunk-2TG4T2YZ.js";
import "./chunk-U72GBBDN.js";
export {
  FilesSource,
  isBinary
};
