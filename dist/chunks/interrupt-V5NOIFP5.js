import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  catchInterrupts,
  interruptSignal,
  interruptedMessage,
  noteInterrupt
} from "./chunk-SOF3MLQS.js";
import "./chunk-U72GBBDN.js";
export {
  catchInterrupts,
  interruptSignal,
  interruptedMessage,
  noteInterrupt
};
