/**
 * The four scanning commands share one path: options -> config -> source -> scan ->
 * AWS enrichment (key anatomy; the live check with --verify) -> redaction -> formatter ->
 * output, and one exit-code rule: 1 when anything is found, else 2 when a file or git
 * failed, else 0.
 */
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrichAws } from '../aws/enrich.js';
import type { VerifyOptions } from '../aws/verify.js';
import { findRepoRoot, loadConfig } from '../config/load.js';
import { LeakguardError, errorMessage } from '../errors.js';
import { redactFinding } from '../findings/redact.js';
import { BUILTIN_FORMATTERS, type Command, type Formatter } from '../formatters/index.js';
import { summary } from '../formatters/text.js';
import { runScan } from '../scan.js';
import type { Config } from '../config/load.js';
import { progress } from './progress.js';
import { PathFilter, type Source } from '../sources/source.js';
import type { ScanResult } from '../types.js';
import { VERSION } from '../version.js';
import { printable } from '../util.js';
import type { Io } from './io.js';

export interface CommonArgs {
  format: string;
  output?: string;
  /** a file, or false for --no-config */
  config?: string | false;
  redact: boolean;
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
  branch?: string;
  jobs?: number;
  binary?: boolean;
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

function formatterFor(name: string): Formatter {
  const f = BUILTIN_FORMATTERS.get(name);
  if (!f) throw new LeakguardError(`--format: unknown format "${name}" (built-in: ${[...BUILTIN_FORMATTERS.keys()].join(', ')})`);
  return f;
}

export async function runScanCommand(command: Command, a: CommonArgs, io: Io): Promise<number> {
  const cwd = resolveCwd(a.C, io);
  const formatter = formatterFor(a.format);
  const verify = verifyOptionsOf(a);
  const config = await loadConfig({
    cwd,
    ...(typeof a.config === 'string' ? { configFile: a.config } : {}),
    noConfig: a.config === false,
  });
  const root = findRepoRoot(cwd) ?? cwd;
  const filter = new PathFilter(config.allowPath, config.ruleSet.rules);
  const source = await makeSource(command, a, io, { cwd, root, filter, maxFileSize: config.maxFileSize });
  if (!source) return 0;

  let result = await scanWithInterrupt(source, config, command, a, io, cwd);
  // on raw findings: the live check needs the secrets; what it adds holds none
  result = { ...result, findings: await enrichAws(result.findings, { accounts: config.aws.accounts, ...(verify ? { verify } : {}) }) };

  const report: ScanResult = { ...result, findings: result.findings.map((f) => redactFinding(f, a.redact ? undefined : null)) };
  const color = !a.output && (a.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR));
  const text = await formatter.format(report, { color, command, verbose: a.verbose ?? false, version: VERSION });
  const clean = report.findings.length === 0 && report.errors.length === 0;
  if (a.output) {
    try {
      await writeFile(resolve(cwd, a.output), text);
    } catch (err) {
      throw new LeakguardError(`--output: ${a.output}: ${errorMessage(err)}`);
    }
    if (!(a.quiet && clean)) io.stderr(`leakguard: ${summary(report, { command })} (report: ${a.output})\n`);
  } else if (!(a.quiet && clean)) io.stdout(text);
  if (a.verbose) for (const n of report.notes) io.stderr(`note: ${n.file ? `${printable(n.file)}: ` : ''}${printable(n.message)}\n`);
  return report.findings.length ? 1 : report.errors.length ? 2 : 0;
}

/** Runs the scan; Ctrl-C stops it cleanly, keeping (and reporting) what was found so far. */
async function scanWithInterrupt(source: Source, config: Config, command: Command, a: CommonArgs, io: Io, cwd: string): Promise<ScanResult> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const rank = source.rank;
  const bar = progress(io, command === 'history' && !a.quiet);
  let result: ScanResult;
  try {
    result = await runScan(source, config, {
      signal: controller.signal,
      ...(rank ? { history: { rank } } : {}),
      onFragment: () => bar.update(source.stats.commits, source.total),
    });
  } finally {
    bar.end();
    process.removeListener('SIGINT', onSigint);
  }
  if (controller.signal.aborted) result.errors.push({ file: null, message: 'interrupted: the report holds what was found before Ctrl-C' });
  else if (rank && result.findings.length) {
    const { markExposure } = await import('../git/exposure.js');
    await markExposure(result.findings, cwd);
  }
  return result;
}

interface SourceContext {
  cwd: string;
  root: string;
  filter: PathFilter;
  maxFileSize: number;
}

async function makeSource(command: Command, a: CommonArgs, io: Io, ctx: SourceContext): Promise<Source | null> {
  switch (command) {
    case 'scan': {
      const { FilesSource } = await import('../sources/files.js');
      return new FilesSource({ cwd: ctx.cwd, paths: a.paths ?? [], maxFileSize: ctx.maxFileSize, filter: ctx.filter, root: ctx.root, stdin: io.stdin });
    }
    case 'staged': {
      const { StagedSource } = await import('../sources/staged.js');
      return new StagedSource(ctx.cwd, ctx.filter, a.stagedDiff);
    }
    case 'message': {
      const { MessageSource } = await import('../sources/message.js');
      return new MessageSource(resolve(ctx.cwd, a.file!), a.file!);
    }
    case 'history': {
      const { HistorySource } = await import('../sources/history.js');
      // revisions after `--` land in yargs' `_` (after the command name)
      let revs = [...(a.revs ?? []), ...(a._ ?? []).slice(1).map(String)];
      if (a.prePush) {
        const { prePushRevs } = await import('../sources/prepush.js');
        const pushed = await prePushRevs(await readAll(io.stdin), ctx.cwd);
        if (!pushed) return null;
        revs = pushed;
      }
      if (a.maxCommits !== undefined && (!Number.isInteger(a.maxCommits) || a.maxCommits < 1)) {
        throw new LeakguardError(`--max-commits: must be a positive whole number`);
      }
      if (a.branch) revs = [a.branch, ...revs];
      if (a.jobs !== undefined && (!Number.isInteger(a.jobs) || a.jobs < 1)) throw new LeakguardError(`--jobs: must be a positive whole number`);
      return new HistorySource({
        cwd: ctx.cwd,
        revs,
        since: a.since,
        until: a.until,
        maxCommits: a.maxCommits,
        paths: ctx.filter,
        jobs: a.jobs,
        binary: a.binary ?? false,
        maxBlobSize: ctx.maxFileSize,
      });
    }
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
