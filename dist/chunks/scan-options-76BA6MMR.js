import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  DEFAULT_FAIL_ON,
  checkGitDate,
  parseDecodeDepth,
  parseExitCode,
  parseFailOn,
  parseRedaction,
  parseReports
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  DEFAULT_FAIL_ON,
  checkGitDate,
  parseDecodeDepth,
  parseExitCode,
  parseFailOn,
  parseRedaction,
  parseReports
};
