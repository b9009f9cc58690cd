import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/cli/defaults.ts
var DEFAULT_ARGS = { format: "text", redact: true };

export {
  DEFAULT_ARGS
};
