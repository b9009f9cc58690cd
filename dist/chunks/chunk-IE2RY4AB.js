import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/errors.ts
var LeakguardError = class extends Error {
  exitCode = 2;
  constructor(message, options) {
    super(message, options);
    this.name = "LeakguardError";
  }
};
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

export {
  LeakguardError,
  errorMessage
};
