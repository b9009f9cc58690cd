import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  REGISTER_AWS_PATTERNS,
  asUserConfig,
  gitSecretsRuleId,
  translateGitSecrets
} from "./chunk-PKXK3RTO.js";
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";
export {
  REGISTER_AWS_PATTERNS,
  asUserConfig,
  gitSecretsRuleId,
  translateGitSecrets
};
