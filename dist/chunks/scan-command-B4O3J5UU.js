import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  binPath,
  exitCodeOf,
  resolveCwd,
  runScanCommand,
  verifyOptionsOf
} from "./chunk-MKDPBBPD.js";
import "./chunk-TYAUZNOP.js";
import "./chunk-IOEKSDES.js";
import "./chunk-UYD45K2S.js";
import "./chunk-476M4HJG.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-K2SIMHFW.js";
import "./chunk-SB5HO6VJ.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-GFXP3WCV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  binPath,
  exitCodeOf,
  resolveCwd,
  runScanCommand,
  verifyOptionsOf
};
