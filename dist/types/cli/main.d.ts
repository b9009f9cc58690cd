import type { Command } from '../formatters/formatter.js';
import type { CommonArgs } from './scan-command.js';
import { type Io } from './io.js';
/** `early`: SIGINT/SIGTERM received by bin/leakguard.js before the CLI was loaded. */
export declare function main(argv: readonly string[], io?: Io, early?: readonly NodeJS.Signals[]): Promise<number>;
/**
 * `staged`, `message FILE` and `history --pre-push [--remote=NAME]`, each optionally with `--quiet`:
 * exactly what hooks/install.ts writes into hooks.
 */
export declare function hookInvocation(argv: readonly string[]): {
    command: Command;
    args: CommonArgs;
} | null;
