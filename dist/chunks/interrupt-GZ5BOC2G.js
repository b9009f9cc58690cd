import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  catchInterrupts,
  interruptSignal,
  interruptedMessage,
  noteInterrupt
} from "./chunk-E2HIS4J6.js";
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  catchInterrupts,
  interruptSignal,
  interruptedMessage,
  noteInterrupt
};
