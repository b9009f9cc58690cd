import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  CSV_COLUMNS,
  csvFormatter,
  field
} from "./chunk-LBT7RUOZ.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-U72GBBDN.js";
export {
  CSV_COLUMNS,
  csvFormatter,
  field
};
