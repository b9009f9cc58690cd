import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  SALT_RE,
  newSalt,
  ruleOf,
  saltedFingerprint,
  saltedForms
} from "./chunk-74QMUCHR.js";
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  SALT_RE,
  newSalt,
  ruleOf,
  saltedFingerprint,
  saltedForms
};
