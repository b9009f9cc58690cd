import type { CommonArgs } from './scan-command.js';
/** Option values when a flag is not given (shared by yargs and the hooks' fast path in main.ts). */
export declare const DEFAULT_ARGS: Readonly<Pick<CommonArgs, 'format' | 'redact'>>;
