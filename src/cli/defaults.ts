import type { CommonArgs } from './scan-command.js';

/** Option values when a flag is not given (shared by yargs and the hooks' fast path in main.ts). */
export const DEFAULT_ARGS: Readonly<Pick<CommonArgs, 'format' | 'redact'>> = { format: 'text', redact: true };
