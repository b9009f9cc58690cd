import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  compareFindings,
  fingerprintOf,
  fingerprintsOf,
  secretHash,
  toFinding
} from "./chunk-UA2LDIQP.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";
export {
  compareFindings,
  fingerprintOf,
  fingerprintsOf,
  secretHash,
  toFinding
};
