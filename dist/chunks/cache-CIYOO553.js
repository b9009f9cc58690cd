import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  Cache,
  commitTips,
  git,
  tipsOf
} from "./chunk-QHGWUEON.js";
import "./chunk-LI7CW3CT.js";
import "./chunk-QOCJMMQM.js";
import "./chunk-U72GBBDN.js";
export {
  Cache,
  commitTips,
  git,
  tipsOf
};
