/**
 * The four scanning commands share one path: options -> scan (scan-run.ts: config,
 * source, engine, suppression) -> redaction -> formatters -> outputs, and one exit-code
 * rule: `--exit-code N` (default 1) when a finding at or above `--fail-on` remains, else
 * 2 when a file or git failed, else 0.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LeakguardError } from '../errors.js';
import { redactResult } from '../findings/redact.js';
import type { Command } from '../formatters/index.js';
import { severityRank, type ScanResult, type Severity } from '../types.js';
import type { Io } from './io.js';
import { loadOutputs, writeOutputs } from './report-output.js';
import { parseExitCode, parseFailOn, parseRedaction } from './scan-options.js';
import { scanRun } from './scan-run.js';

export interface CommonArgs {
  format: string;
  output?: string;
  /** a file, or false for --no-config */
  config?: string | false;
  redact: boolean;
  /** `--redact=N` (rewritten to --redact-percent by commands.ts) */
  redactPercent?: unknown;
  /** `--report FORMAT=FILE`, repeatable */
  report?: string | string[];
  baseline?: string;
  explainSuppressed?: boolean;
  exitCode?: unknown;
  failOn?: unknown;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  C?: string;
  paths?: string[];
  revs?: string[];
  since?: string;
  until?: string;
  maxCommits?: number;
  prePush?: boolean;
  file?: string;
  _?: Array<string | number>;
}

/** Option values when a flag is not given (shared by yargs and the hooks' fast path). */
export const DEFAULT_ARGS: Readonly<Pick<CommonArgs, 'format' | 'redact'>> = { format: 'text', redact: true };

export function resolveCwd(dir: string | undefined, io: Pick<Io, 'cwd'>): string {
  if (dir === undefined) return io.cwd;
  const abs = resolve(io.cwd, dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new LeakguardError(`-C: ${dir}: no such directory`);
  return abs;
}

/** bin/leakguard.js of this installation (the hooks' fallback when leakguard is not on PATH). */
export function binPath(): string {
  for (let d = dirname(fileURLToPath(import.meta.url)); dirname(d) !== d; d = dirname(d)) {
    const bin = join(d, 'bin', 'leakguard.js');
    if (existsSync(bin)) return bin;
  }
  return resolve(process.argv[1] ?? 'leakguard');
}

export async function runScanCommand(command: Command, a: CommonArgs, io: Io): Promise<number> {
  const cwd = resolveCwd(a.C, io);
  const redaction = parseRedaction(a.redact, a.redactPercent);
  const exitCode = parseExitCode(a.exitCode);
  const failOn = parseFailOn(a.failOn);
  const outputs = await loadOutputs(a, cwd);
  const run = await scanRun(command, a, io, cwd, { explain: a.explainSuppressed ?? false, baseline: a.baseline });
  if (!run) return 0;
  const report = redactResult(run.result, redaction);
  const rules = run.config.ruleSet.rules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, tags: r.tags }));
  await writeOutputs(report, outputs, { a, io, cwd, command, startedAt: run.startedAt, rules });
  if (a.verbose) for (const n of report.notes) io.stderr(`note: ${n.file ? `${n.file}: ` : ''}${n.message}\n`);
  return exitCodeOf(report, exitCode, failOn);
}

export function exitCodeOf(result: ScanResult, exitCode: number, failOn: Severity): number {
  const failing = result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
  if (failing) return exitCode;
  return result.errors.length ? 2 : 0;
}
