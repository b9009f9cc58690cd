import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  attr,
  junitFormatter,
  text
} from "./chunk-MIX43QNX.js";
import "./chunk-U72GBBDN.js";
export {
  attr,
  junitFormatter,
  text
};
