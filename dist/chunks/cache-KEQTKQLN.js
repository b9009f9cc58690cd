import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  Cache,
  commitTips,
  git,
  tipsOf
} from "./chunk-7RJHJZPH.js";
import "./chunk-FY4GSMAR.js";
import "./chunk-HHFGDUQN.js";
import "./chunk-U72GBBDN.js";
export {
  Cache,
  commitTips,
  git,
  tipsOf
};
