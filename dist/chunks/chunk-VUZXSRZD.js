import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/hooks/names.ts
var HOOKS = ["pre-commit", "commit-msg", "pre-push"];

export {
  HOOKS
};
