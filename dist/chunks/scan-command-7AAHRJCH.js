import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  binPath,
  exitCodeOf,
  resolveCwd,
  runScanCommand,
  verifyOptionsOf
} from "./chunk-2WEQQRRZ.js";
import "./chunk-ATRH4UCP.js";
import "./chunk-FEY3S36H.js";
import "./chunk-5NRU6M34.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-C2HXGN7L.js";
import "./chunk-VN26XYKV.js";
import "./chunk-TSTTUUZP.js";
import "./chunk-KNET3OEV.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-3NFHWOJD.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-NBPJRJHV.js";
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
