/**
 * The formatter contract: a function from a scan result to text. Formatters decide how a
 * result looks and nothing else; findings reach them already redacted, so no formatter
 * (built-in or custom) can print a whole secret unless the user asked (`--no-redact`).
 *
 * A custom formatter is a module whose default export is either a Formatter object or a
 * bare `format` function (see formatters/load.ts and the README):
 *
 *   export default {
 *     name: 'oneline',
 *     format: (result) => result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}\n`).join(''),
 *   };
 *
 * Rules of the contract:
 * - `format` returns the whole report as a string (or a promise of one), ending with a
 *   newline when it is not empty; it writes nothing itself (the CLI writes to stdout,
 *   `--output` or a `--report` file) and must not change `result`.
 * - `result.findings` are what remains after ignore entries, the baseline, inline markers
 *   and allowlists; `result.suppressed` is present only with `--explain-suppressed`.
 * - Lines and columns are 1-based, columns in UTF-16 code units, `endColumn` inclusive.
 */
import type { ScanResult, Severity } from '../types.js';
export type Command = 'scan' | 'staged' | 'history' | 'message';
/** A rule in force, as formatters may describe it (SARIF lists them all). */
export interface RuleInfo {
    readonly id: string;
    readonly description: string;
    /** the rule's default severity (a finding's own may be higher, e.g. a paired key) */
    readonly severity: Severity;
    readonly tags: readonly string[];
}
export interface FormatOptions {
    /** ANSI colour allowed (stdout is a TTY, no --no-color, no NO_COLOR, not a file) */
    color: boolean;
    /** which command produced the result (text output tailors its advice) */
    command: Command;
    /** `history --pre-push`: the commits of a push the hook is blocking (text output tailors its advice) */
    prePush?: boolean;
    verbose: boolean;
    /** the version of leakguard */
    version: string;
    /** every rule in force (built-in plus config), in rule order */
    rules: readonly RuleInfo[];
    /** when the scan started: ISO-8601, UTC (the scan took `result.stats.ms`) */
    startedAt: string;
    /** what was asked to be scanned, in words (`all refs`, `origin/main..HEAD since 2024-01-01`, `src docs`); absent from the API */
    scope?: string;
    /** the least severity that fails the run (`--fail-on`; default medium) */
    failOn?: Severity;
}
export interface Formatter {
    /** the name users select it by (`--format NAME`), or the path/package it was loaded from */
    readonly name: string;
    format(result: ScanResult, options: FormatOptions): string | Promise<string>;
}
