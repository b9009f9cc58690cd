import type { Redaction } from '../findings/redact.js';
import { type Severity } from '../types.js';
/**
 * `--redact` (default: first characters kept), `--no-redact` (whole secrets) or
 * `--redact=N` (N percent of each secret hidden, 0-100; 0 is the same as --no-redact).
 */
export declare function parseRedaction(redact: boolean | undefined, percent: unknown): Redaction;
/**
 * `--max-decode-depth N` (0-10; 0 turns decoding off) and `--no-decode` (the same as 0):
 * the depth of nested decoding, or undefined when neither is given (the config decides).
 */
export declare function parseDecodeDepth(decode: boolean | undefined, depth: unknown): number | undefined;
/** `--exit-code N`: the exit code when findings remain (default 1); 0 reports without failing. */
export declare function parseExitCode(value: unknown): number;
/**
 * `--fail-on SEVERITY`: only findings at or above it set the exit code. Default `medium`:
 * `low` findings (test keys, encrypted private keys, person-chosen passwords in tests,
 * examples and docs) are reported but do not fail the run.
 */
export declare const DEFAULT_FAIL_ON: Severity;
export declare function parseFailOn(value: unknown): Severity;
export interface ReportSpec {
    /** format name, path or package */
    format: string;
    file: string;
}
/** `--report FORMAT=FILE`, repeatable. */
export declare function parseReports(value: unknown): ReportSpec[];
/**
 * `--since DATE` / `--until DATE`: checked by git's own date parser (the one `git log
 * --since` uses), in its careful mode: `git log --since=garbage` quietly reads "now" and
 * lists nothing, which would make an audit of nothing look clean. git's expiry-date config
 * type parses with the same approxidate and reports what it cannot read.
 */
export declare function checkGitDate(flag: '--since' | '--until', value: string, cwd: string): Promise<void>;
