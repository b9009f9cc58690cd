import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  DEFAULT_FAIL_ON,
  checkGitDate,
  parseDecodeDepth,
  parseExitCode,
  parseFailOn,
  parseRedaction,
  parseReports
} from "./chunk-3MPW7ARW.js";
import "./chunk-4ZEJ4JV7.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-HWRS3BVT.js";
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
