import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  STAGED_DIFF_ARGS,
  StagedSource,
  startStagedDiff
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  STAGED_DIFF_ARGS,
  StagedSource,
  startStagedDiff
};
