import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  enrichAws
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  enrichAws
};
