/**
 * Installs the handlers (once per process). `scan`: the command will scan, so the first
 * signal only stops the scan. `early`: signals bin/leakguard.js caught while the CLI loaded.
 */
export declare function catchInterrupts(scan: boolean, early?: readonly NodeJS.Signals[]): void;
/** Aborted by the first SIGINT or SIGTERM of a scanning command. */
export declare const interruptSignal: AbortSignal;
/** Records an interruption seen another way: a git child stopped by the same signal (Ctrl-C reaches the whole process group). */
export declare function noteInterrupt(sig: NodeJS.Signals): void;
/** The error a report carries when the scan was cut short. */
export declare function interruptedMessage(): string | undefined;
