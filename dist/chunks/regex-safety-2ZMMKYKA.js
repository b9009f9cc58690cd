import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  regexSafetyProblem
} from "./chunk-UN5ACSZX.js";
import "./chunk-U72GBBDN.js";
export {
  regexSafetyProblem
};
