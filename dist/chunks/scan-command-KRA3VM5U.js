import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  binPath,
  exitCodeOf,
  resolveCwd,
  runScanCommand,
  verifyOptionsOf
} from "./chunk-LM5IMEAZ.js";
import "./chunk-CDREP44S.js";
import "./chunk-Z6V4756R.js";
import "./chunk-3MPW7ARW.js";
import "./chunk-MGG2IAAJ.js";
import "./chunk-JQAHVL5I.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-P7I356N5.js";
import "./chunk-FGXG2XXO.js";
import "./chunk-SLZ3O6QT.js";
import "./chunk-4ZEJ4JV7.js";
import "./chunk-KNET3OEV.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-GDYWKFCI.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-UA2LDIQP.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  binPath,
  exitCodeOf,
  resolveCwd,
  runScanCommand,
  verifyOptionsOf
};
