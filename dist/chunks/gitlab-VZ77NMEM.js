import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  GITLAB_SCHEMA_VERSION,
  gitlabFormatter
} from "./chunk-7OWII4M6.js";
import "./chunk-U72GBBDN.js";
export {
  GITLAB_SCHEMA_VERSION,
  gitlabFormatter
};
