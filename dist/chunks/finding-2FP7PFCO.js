import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  compareFindings,
  fingerprintOf,
  fingerprintsOf,
  secretHash,
  toFinding
} from "./chunk-FO5U3G6H.js";
import "./chunk-U72GBBDN.js";
export {
  compareFindings,
  fingerprintOf,
  fingerprintsOf,
  secretHash,
  toFinding
};
