import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  GIT_CONFIG_ARGS,
  LOG_PIN_ARGS,
  PACK_WINDOW_ARGS,
  PATCH_ARGS,
  gitEnv,
  gitError,
  gitOutput,
  prefetch,
  streamGit
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  GIT_CONFIG_ARGS,
  LOG_PIN_ARGS,
  PACK_WINDOW_ARGS,
  PATCH_ARGS,
  gitEnv,
  gitError,
  gitOutput,
  prefetch,
  streamGit
};
