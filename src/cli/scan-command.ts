/**
 * The four scanning commands share one path: options -> scan (scan-run.ts: config,
 * source, engine, suppression) -> AWS enrichment (key anatomy; the live check with
 * --verify) -> redaction -> formatters -> outputs, and one exit-code
 * rule: `--exit-code N` (default 1) when a finding at or above `--fail-on` (default medium) remains, else
 * 2 when a file or git failed, else 0.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrichAws } from '../aws/enrich.js';
import type { VerifyOptions } from '../aws/verify.js';
import { LeakguardError } from '../errors.js';
import { redactionPolicy, redactResult } from '../findings/redact.js';
import type { Command } from '../formatters/index.js';
import { severityRank, type ScanResult, type Severity } from '../types.js';
import type { Io } from './io.js';
import { loadOutputs, writeOutputs } from './report-output.js';
import { parseDecodeDepth, parseExitCode, parseFailOn, parseRedaction } from './scan-options.js';
import { scanRun } from './scan-run.js';
import { printable } from '../util.js';

export interface CommonArgs {
  format: string;
  output?: string;
  /** a file, or false for --no-config */
  config?: string | false;
  redact: boolean;
  /** `--redact=N` (rewritten to --redact-percent by commands.ts) */
  redactPercent?: unknown;
  /** `--redact-ids`: hide identifiers too (undefined: the config's `redactIds`) */
  redactIds?: boolean;
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
  /** --pre-push: the remote pushed to (the hook's first argument) */
  remote?: string;
  branch?: string;
  jobs?: number;
  binary?: boolean;
  /** history: merges contribute their messages only */
  skipMerges?: boolean;
  /** scan, history: also the files (histories) of submodules and nested repositories */
  recurseSubmodules?: boolean;
  /** scan, history: scan the Git LFS objects present locally instead of their pointers */
  lfs?: boolean;
  /** --no-decode: false */
  decode?: boolean;
  /** --max-decode-depth N */
  maxDecodeDepth?: unknown;
  file?: string;
  _?: Array<string | number>;
  /** staged: the diff, already started (cli/main.ts) */
  stagedDiff?: AsyncIterable<Buffer>;
  verify?: boolean;
  /** --verify-timeout, milliseconds */
  verifyTimeout?: number;
  awsEndpoint?: string;
}

/** --verify, --verify-timeout and --aws-endpoint as verifier options (undefined: no live check). */
export function verifyOptionsOf(a: Pick<CommonArgs, 'verify' | 'verifyTimeout' | 'awsEndpoint'>): VerifyOptions | undefined {
  if (!a.verify) {
    if (a.verifyTimeout !== undefined) throw new LeakguardError('--verify-timeout: only used with --verify');
    if (a.awsEndpoint !== undefined) throw new LeakguardError('--aws-endpoint: only used with --verify');
    return undefined;
  }
  const t = a.verifyTimeout;
  if (t !== undefined && (!Number.isInteger(t) || t < 1 || t > 600_000)) {
    throw new LeakguardError('--verify-timeout: must be a whole number of milliseconds from 1 to 600000');
  }
  return { ...(t !== undefined ? { timeoutMs: t } : {}), ...(a.awsEndpoint !== undefined ? { endpoint: checkEndpoint(a.awsEndpoint) } : {}) };
}

/** https anywhere; plain http only to this machine (a session token travels in a header). */
function checkEndpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new LeakguardError(`--aws-endpoint: "${value}" is not a URL (e.g. https://sts.eu-west-1.amazonaws.com)`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return url.href;
  throw new LeakguardError(`--aws-endpoint: "${value}" must be an https URL (plain http only to 127.0.0.1, localhost or [::1])`);
}

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
  const verify = verifyOptionsOf(a);
  const exitCode = parseExitCode(a.exitCode);
  const failOn = parseFailOn(a.failOn);
  parseDecodeDepth(a.decode, a.maxDecodeDepth);
  const outputs = await loadOutputs(a, cwd);
  const run = await scanRun(command, a, io, cwd, { explain: a.explainSuppressed ?? false, baseline: a.baseline });
  if (!run) return 0;
  // on raw findings: the live check needs the secrets; what it adds holds none
  run.result.findings = await enrichAws(run.result.findings, { accounts: run.config.aws.accounts, ...(verify ? { verify } : {}) });
  const redactIds = a.redactIds ?? run.config.redactIds;
  if (redactIds && redaction === null && a.redactIds) throw new LeakguardError('--redact-ids: not with --no-redact (or --redact=0), which shows everything whole');
  // the policy reads every rule's regex for its known prefix: only worth it when there is something to show
  const anything = run.result.findings.length > 0 || (run.result.suppressed?.length ?? 0) > 0;
  const report = anything ? redactResult(run.result, redaction, redactionPolicy(run.config.ruleSet.rules, redactIds)) : run.result;
  const rules = run.config.ruleSet.rules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, tags: r.tags }));
  await writeOutputs(report, outputs, { a, io, cwd, command, startedAt: run.startedAt, rules, failOn });
  // what was left out unscanned is said in every mode (--quiet too); other notes with --verbose
  for (const n of report.notes) if (a.verbose || n.unscanned) io.stderr(`note: ${n.file ? `${printable(n.file)}: ` : ''}${printable(n.message)}\n`);
  return exitCodeOf(report, exitCode, failOn);
}

export function exitCodeOf(result: ScanResult, exitCode: number, failOn: Severity): number {
  const failing = result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
  if (failing) return exitCode;
  return result.errors.length ? 2 : 0;
}
