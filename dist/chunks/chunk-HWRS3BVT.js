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
var GitStopped = class extends LeakguardError {
  constructor(command, signal) {
    super(`git ${command}: stopped by ${signal}`);
    this.signal = signal;
    this.name = "GitStopped";
  }
  signal;
};

export {
  LeakguardError,
  errorMessage,
  GitStopped
};
