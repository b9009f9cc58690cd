/**
 * The formatter contract: a function from a scan result to text. Formatters decide how a
 * result looks and nothing else; findings reach them already redacted, so no formatter
 * (built-in or custom) can print a whole secret unless the user asked (`--no-redact`).
 */
import type { ScanResult } from '../types.js';

export type Command = 'scan' | 'staged' | 'history' | 'message';

export interface FormatOptions {
  /** ANSI colour allowed (a TTY without --no-color / NO_COLOR) */
  color: boolean;
  /** which command produced the result (text output tailors its advice) */
  command: Command;
  verbose: boolean;
  /** the version of leakguard */
  version: string;
}

export interface Formatter {
  readonly name: string;
  format(result: ScanResult, options: FormatOptions): string | Promise<string>;
}
