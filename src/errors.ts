/**
 * Errors meant for the user: a one-line message, exit code 2, no stack trace (unless --debug).
 * Anything else that escapes is an internal error and is reported as such by the CLI.
 */
export class LeakguardError extends Error {
  readonly exitCode = 2;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LeakguardError';
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** A git process ended by a signal it did not get from us: Ctrl-C reaches the whole process group, an OOM killer sends SIGKILL. */
export class GitStopped extends LeakguardError {
  constructor(
    command: string,
    readonly signal: NodeJS.Signals,
  ) {
    super(`git ${command}: stopped by ${signal}`);
    this.name = 'GitStopped';
  }
}
