import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  REGISTER_AWS_PATTERNS,
  asUserConfig,
  gitSecretsRuleId,
  translateGitSecrets
} from "./chunk-KBZFIFDJ.js";
import "./chunk-FO5U3G6H.js";
import "./chunk-U72GBBDN.js";
export {
  REGISTER_AWS_PATTERNS,
  asUserConfig,
  gitSecretsRuleId,
  translateGitSecrets
};
