import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  STAGED_DIFF_ARGS,
  StagedSource,
  startStagedDiff
} from "./chunk-BKI6RNM6.js";
import "./chunk-O6PTFGLF.js";
import "./chunk-6CHV4EWA.js";
import "./chunk-JJRVKFH7.js";
import "./chunk-CR2FYILF.js";
import "./chunk-ENOZ723B.js";
import "./chunk-C2HXGN7L.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-U72GBBDN.js";
export {
  STAGED_DIFF_ARGS,
  StagedSource,
  startStagedDiff
};
