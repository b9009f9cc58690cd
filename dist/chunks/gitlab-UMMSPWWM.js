import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  GITLAB_SCHEMA_VERSION,
  gitlabFormatter
} from "./chunk-SIM7YTJH.js";
import "./chunk-U72GBBDN.js";
export {
  GITLAB_SCHEMA_VERSION,
  gitlabFormatter
};
