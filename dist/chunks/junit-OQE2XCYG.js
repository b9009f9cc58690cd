import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  attr,
  junitFormatter,
  text
} from "./chunk-D7VR2ZSQ.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-U72GBBDN.js";
export {
  attr,
  junitFormatter,
  text
};
