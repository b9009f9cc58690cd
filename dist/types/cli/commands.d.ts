import type { Io } from './io.js';
export declare function runCommands(rawArgv: readonly string[], io: Io): Promise<number>;
/**
 * `--redact=N` and `--redact N` (a percentage) become `--redact-percent N`, so that
 * `--redact` stays a boolean (`--no-redact`) and `--redact 50` is not read as `--redact`
 * plus a path named 50. A number after `--redact` is always the percentage (scan a folder
 * named like a number as `./50`).
 */
export declare function rewriteRedact(argv: readonly string[]): string[];
