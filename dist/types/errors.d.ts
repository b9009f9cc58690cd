/**
 * Errors meant for the user: a one-line message, exit code 2, no stack trace (unless --debug).
 * Anything else that escapes is an internal error and is reported as such by the CLI.
 */
export declare class LeakguardError extends Error {
    readonly exitCode = 2;
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
export declare function errorMessage(err: unknown): string;
/** A git process ended by a signal it did not get from us: Ctrl-C reaches the whole process group, an OOM killer sends SIGKILL. */
export declare class GitStopped extends LeakguardError {
    readonly signal: NodeJS.Signals;
    constructor(command: string, signal: NodeJS.Signals);
}
