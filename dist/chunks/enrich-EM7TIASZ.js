import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  enrichAws
} from "./chunk-Z6V4756R.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-U72GBBDN.js";
export {
  enrichAws
};
