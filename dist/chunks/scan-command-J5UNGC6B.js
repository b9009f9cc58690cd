import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  binPath,
  exitCodeOf,
  resolveCwd,
  runScanCommand,
  verifyOptionsOf
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  binPath,
  exitCodeOf,
  resolveCwd,
  runScanCommand,
  verifyOptionsOf
};
