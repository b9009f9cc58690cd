import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  SARIF_SCHEMA,
  sarifFormatter,
  toUri
} from "./chunk-TLAWSM4O.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-U72GBBDN.js";
export {
  FINGERPRINT_KEY,
  SARIF_SCHEMA,
  sarifFormatter,
  toUri
};
