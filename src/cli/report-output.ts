/**
 * Where reports go: the main one (`--format`, default text) to stdout or `--output FILE`,
 * and any number of `--report FORMAT=FILE` from the same scan (a SARIF file for code
 * scanning, JUnit for the CI's test tab, ...), while the terminal still gets text. Every
 * formatter is loaded before the scan starts, so a bad format fails fast.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LeakguardError, errorMessage } from '../errors.js';
import { builtinFormatter, type Command, type FormatOptions, type Formatter, type RuleInfo } from '../formatters/index.js';
import { summary } from '../formatters/text.js';
import type { ScanResult, Severity } from '../types.js';
import { VERSION } from '../version.js';
import { printable } from '../util.js';
import type { Io } from './io.js';
import type { CommonArgs } from './scan-command.js';
import { parseReports } from './scan-options.js';

export interface Outputs {
  main: Formatter;
  reports: Array<{ label: string; file: string; formatter: Formatter }>;
}

async function formatter(spec: string, cwd: string, flag: string): Promise<Formatter> {
  const builtin = await builtinFormatter(spec);
  if (builtin) return builtin;
  const { loadFormatter } = await import('../formatters/load.js');
  return loadFormatter(spec, cwd, flag);
}

export async function loadOutputs(a: CommonArgs, cwd: string): Promise<Outputs> {
  const main = await formatter(a.format, cwd, '--format');
  const reports = await Promise.all(
    parseReports(a.report).map(async (r) => {
      const label = `--report ${r.format}=${r.file}`;
      return { label, file: r.file, formatter: await formatter(r.format, cwd, label) };
    }),
  );
  return { main, reports };
}

export interface WriteContext {
  a: CommonArgs;
  io: Io;
  cwd: string;
  command: Command;
  startedAt: string;
  rules: readonly RuleInfo[];
  failOn?: Severity;
}

/** Writes every report of a (redacted) result. */
export async function writeOutputs(report: ScanResult, outputs: Outputs, ctx: WriteContext): Promise<void> {
  const { a, io } = ctx;
  const base: FormatOptions = { color: false, command: ctx.command, prePush: a.prePush ?? false, verbose: a.verbose ?? false, version: VERSION, rules: ctx.rules, startedAt: ctx.startedAt, scope: scopeOf(a, ctx.command), ...(ctx.failOn ? { failOn: ctx.failOn } : {}) };
  for (const r of outputs.reports) await write(ctx.cwd, r.file, await r.formatter.format(report, base), r.label);
  const clean = report.findings.length === 0 && report.errors.length === 0;
  // a quiet, clean run prints nothing: the report is not even formatted (nor stdout opened)
  if (!a.output && a.quiet && clean) return;
  const color = !a.output && (a.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR));
  const text = await outputs.main.format(report, { ...base, color });
  // what could not be scanned is said on stderr whatever the format: the text report on a
  // terminal lists it already, a JSON/SARIF/... report or a file is not read by a person
  if (a.output || outputs.main.name !== 'text') errorLines(report, io);
  if (a.output) {
    await write(ctx.cwd, a.output, text, `--output: ${a.output}`);
    if (!(a.quiet && clean)) io.stderr(`leakguard: ${summary(report, { command: ctx.command })} (report: ${a.output})\n`);
  } else if (!(a.quiet && clean)) io.stdout(text);
}

/** The range or paths the user asked for, in words, for the reports that show it. */
function scopeOf(a: CommonArgs, command: Command): string | undefined {
  if (command === 'history') {
    const revs = [...(a.revs ?? []), ...(a._ ?? []).slice(1).map(String)];
    const parts = [a.prePush ? 'the pushed commits' : revs.length ? revs.join(' ') : a.branch ? a.branch : 'all refs'];
    if (a.branch && revs.length) parts.push(`on ${a.branch}`);
    if (a.since) parts.push(`since ${a.since}`);
    if (a.until) parts.push(`until ${a.until}`);
    if (a.maxCommits) parts.push(`at most ${a.maxCommits} commits`);
    return parts.join(' ');
  }
  if (command === 'scan') return (a.paths?.length ? a.paths : ['.']).join(' ');
  return undefined;
}

const MAX_ERROR_LINES = 20;

function errorLines(report: ScanResult, io: Io): void {
  for (const e of report.errors.slice(0, MAX_ERROR_LINES)) io.stderr(`leakguard: error: ${e.file ? `${printable(e.file)}: ` : ''}${printable(e.message)}\n`);
  if (report.errors.length > MAX_ERROR_LINES) io.stderr(`leakguard: ... and ${report.errors.length - MAX_ERROR_LINES} more errors (in the report)\n`);
}

async function write(cwd: string, file: string, text: string, label: string): Promise<void> {
  try {
    await writeFile(resolve(cwd, file), text);
  } catch (err) {
    throw new LeakguardError(`${label}: cannot write: ${errorMessage(err)}`);
  }
}
