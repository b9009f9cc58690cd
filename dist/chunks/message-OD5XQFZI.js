import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  MessageSource,
  messageText
} from "./chunk-JGKCRB5E.js";
import "./chunk-C2HXGN7L.js";
import "./chunk-IE2RY4AB.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-U72GBBDN.js";
export {
  MessageSource,
  messageText
};
