// The scanning commands' flag checks: one line naming the flag and the problem.
import { describe, expect, it } from 'vitest';
import { rewriteRedact } from '../../src/cli/commands.js';
import { exitCodeOf } from '../../src/cli/scan-command.js';
import { parseExitCode, parseFailOn, parseRedaction, parseReports } from '../../src/cli/scan-options.js';
import type { ScanResult } from '../../src/types.js';

describe('redaction flags', () => {
  it('maps --redact, --no-redact and --redact=N', () => {
    expect(parseRedaction(true, undefined)).toBeUndefined();
    expect(parseRedaction(false, undefined)).toBeNull();
    expect(parseRedaction(true, '50')).toBe(50);
    expect(parseRedaction(true, 100)).toBe(100);
    expect(parseRedaction(true, '0')).toBeNull();
  });

  it.each(['abc', '101', '-5', '12.5', ''])('rejects --redact=%s', (v) => {
    expect(() => parseRedaction(true, v)).toThrow(`--redact: "${v}" is not a percentage (a whole number from 0 to 100)`);
  });

  it('rewrites --redact=N before yargs, and nothing after --', () => {
    expect(rewriteRedact(['scan', '--redact=30', 'x', '--', '--redact=40'])).toEqual(['scan', '--redact-percent', '30', 'x', '--', '--redact=40']);
    expect(rewriteRedact(['scan', '--redact=false'])).toEqual(['scan', '--redact=false']);
  });
});

describe('exit code flags', () => {
  it('checks --exit-code and --fail-on', () => {
    expect(parseExitCode(undefined)).toBe(1);
    expect(parseExitCode(0)).toBe(0);
    expect(() => parseExitCode(256)).toThrow('--exit-code: "256" must be a whole number from 0 to 255');
    expect(parseExitCode('3')).toBe(3);
    expect(() => parseExitCode('abc')).toThrow('--exit-code: "abc" must be a whole number from 0 to 255');
    expect(() => parseExitCode('')).toThrow('--exit-code: "" must be a whole number from 0 to 255');
    expect(parseFailOn('HIGH')).toBe('high');
    expect(() => parseFailOn('severe')).toThrow('--fail-on: "severe" is not a severity (critical, high, medium, low, info)');
  });

  it('fails only on findings at or above the threshold; errors still make it 2', () => {
    const result = (severities: string[], errors = 0) =>
      ({ findings: severities.map((severity) => ({ severity })), errors: Array(errors).fill({ file: null, message: 'x' }), notes: [], stats: { files: 0, commits: 0, bytes: 0, ms: 0 } }) as unknown as ScanResult;
    expect(exitCodeOf(result(['low']), 1, 'high')).toBe(0);
    expect(exitCodeOf(result(['low', 'critical']), 7, 'high')).toBe(7);
    expect(exitCodeOf(result(['medium'], 1), 1, 'high')).toBe(2);
    expect(exitCodeOf(result([]), 1, 'info')).toBe(0);
  });
});

describe('--report', () => {
  it('takes FORMAT=FILE, repeatable', () => {
    expect(parseReports(['sarif=a.sarif', 'junit=b=c.xml'])).toEqual([{ format: 'sarif', file: 'a.sarif' }, { format: 'junit', file: 'b=c.xml' }]);
    expect(parseReports(undefined)).toEqual([]);
    expect(() => parseReports('sarif')).toThrow('--report: "sarif" must be FORMAT=FILE (e.g. sarif=leakguard.sarif)');
    expect(() => parseReports('=x')).toThrow('--report: "=x" must be FORMAT=FILE');
  });
});
