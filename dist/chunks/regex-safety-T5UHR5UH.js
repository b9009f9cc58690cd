import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  regexSafetyProblem
} from "./chunk-6QP4S4N2.js";
import "./chunk-U72GBBDN.js";
export {
  regexSafetyProblem
};
