import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  GITLAB_SCHEMA_VERSION,
  gitlabFormatter
} from "./chunk-O5C5AILP.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-U72GBBDN.js";
export {
  GITLAB_SCHEMA_VERSION,
  gitlabFormatter
};
