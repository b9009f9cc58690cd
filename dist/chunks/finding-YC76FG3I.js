import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  compareFindings,
  fingerprintOf,
  fingerprintsOf,
  secretHash,
  toFinding
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  compareFindings,
  fingerprintOf,
  fingerprintsOf,
  secretHash,
  toFinding
};
