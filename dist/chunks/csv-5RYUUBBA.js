import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  CSV_COLUMNS,
  csvFormatter,
  field
} from "./chunk-D7KT2ZFX.js";
import "./chunk-U72GBBDN.js";
export {
  CSV_COLUMNS,
  csvFormatter,
  field
};
