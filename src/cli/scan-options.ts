/**
 * The second stage of flag parsing for the scanning commands: raw values (from yargs or
 * the hooks' fast path) checked and turned into what the pipeline uses. Each bad value is
 * one line naming the flag and what is wrong (exit code 2).
 */
import { LeakguardError } from '../errors.js';
import type { Redaction } from '../findings/redact.js';
import { SEVERITIES, type Severity } from '../types.js';
import { MAX_DECODE_DEPTH } from '../engine/decode.js';

/**
 * `--redact` (default: first characters kept), `--no-redact` (whole secrets) or
 * `--redact=N` (N percent of each secret hidden, 0-100; 0 is the same as --no-redact).
 */
export function parseRedaction(redact: boolean | undefined, percent: unknown): Redaction {
  if (percent === undefined || percent === null) return redact === false ? null : undefined;
  const text = String(percent).trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 100) throw new LeakguardError(`--redact: "${String(percent)}" is not a percentage (a whole number from 0 to 100)`);
  return n === 0 ? null : n;
}

/**
 * `--max-decode-depth N` (0-10; 0 turns decoding off) and `--no-decode` (the same as 0):
 * the depth of nested decoding, or undefined when neither is given (the config decides).
 */
export function parseDecodeDepth(decode: boolean | undefined, depth: unknown): number | undefined {
  if (depth !== undefined) {
    const text = String(depth).trim();
    const n = Number(text);
    if (typeof depth === 'boolean' || !/^\d+$/.test(text) || n > MAX_DECODE_DEPTH) {
      throw new LeakguardError(`--max-decode-depth: "${String(depth)}" must be a whole number from 0 (no decoding) to ${MAX_DECODE_DEPTH}`);
    }
    if (decode === false && n > 0) throw new LeakguardError('--max-decode-depth: cannot be combined with --no-decode');
    return n;
  }
  return decode === false ? 0 : undefined;
}

/** `--exit-code N`: the exit code when findings remain (default 1); 0 reports without failing. */
export function parseExitCode(value: unknown): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (typeof value === 'boolean' || String(value).trim() === '' || !Number.isInteger(n) || n < 0 || n > 255) {
    throw new LeakguardError(`--exit-code: "${String(value)}" must be a whole number from 0 to 255`);
  }
  return n;
}

/**
 * `--fail-on SEVERITY`: only findings at or above it set the exit code. Default `medium`:
 * `low` findings (test keys, encrypted private keys, person-chosen passwords in tests,
 * examples and docs) are reported but do not fail the run.
 */
export const DEFAULT_FAIL_ON: Severity = 'medium';

export function parseFailOn(value: unknown): Severity {
  if (value === undefined) return DEFAULT_FAIL_ON;
  const s = String(value).toLowerCase();
  if (!(SEVERITIES as readonly string[]).includes(s)) throw new LeakguardError(`--fail-on: "${String(value)}" is not a severity (${SEVERITIES.join(', ')})`);
  return s as Severity;
}

export interface ReportSpec {
  /** format name, path or package */
  format: string;
  file: string;
}

/** `--report FORMAT=FILE`, repeatable. */
export function parseReports(value: unknown): ReportSpec[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.map((v) => {
    const s = String(v);
    const eq = s.indexOf('=');
    if (eq <= 0 || eq === s.length - 1) throw new LeakguardError(`--report: "${s}" must be FORMAT=FILE (e.g. sarif=leakguard.sarif)`);
    return { format: s.slice(0, eq), file: s.slice(eq + 1) };
  });
}

/**
 * `--since DATE` / `--until DATE`: checked by git's own date parser (the one `git log
 * --since` uses), in its careful mode: `git log --since=garbage` quietly reads "now" and
 * lists nothing, which would make an audit of nothing look clean. git's expiry-date config
 * type parses with the same approxidate and reports what it cannot read.
 */
export async function checkGitDate(flag: '--since' | '--until', value: string, cwd: string): Promise<void> {
  const bad = () => new LeakguardError(`${flag}: "${value}" is not a date git understands (e.g. 2024-01-31, "2 weeks ago", yesterday, @1700000000)`);
  if (!value.trim() || /[\0\n]/.test(value)) throw bad();
  const { gitOutput } = await import('../git/spawn.js');
  try {
    await gitOutput(['-c', `leakguard.date=${value}`, 'config', '--type=expiry-date', '--get', 'leakguard.date'], { cwd });
  } catch {
    throw bad();
  }
}
