import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  MessageSource,
  messageText
} from "./chunk-WBB5WVQR.js";
import "./chunk-P7I356N5.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-U72GBBDN.js";
export {
  MessageSource,
  messageText
};
