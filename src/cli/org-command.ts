/**
 * `leakguard org audit | merge | hunt`: the history audit across an organisation's
 * repositories (src/org/). Loaded only when an `org` command runs: the hooks never pay for it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { LeakguardError, errorMessage } from '../errors.js';
import type { Io } from './io.js';
import type { Setter } from './tool-commands.js';

interface OrgArgs {
  repos?: string;
  cache?: string;
  jobs?: number;
  shard?: string;
  format: string;
  output?: string;
  config?: string | false;
  full?: boolean;
  reports?: string[];
  key?: string;
  secretHash?: string;
  fingerprint?: string;
  C?: string;
}

export function orgCommands(y0: Argv, set: Setter, io: Io): Argv {
  return y0.command('org <command>', 'audit the history of every repository of an organisation: org audit, org merge, org hunt', (y) =>
    y
      .command(
        'audit',
        'audit every repository listed (cloned as bare mirrors into the cache; re-runs audit only new commits); one incident per secret across them',
        (c) => auditOptions(c).option('shard', { type: 'string', describe: 'audit shard I of N (e.g. 2/4; default from JOB_COMPLETION_INDEX/JOB_COMPLETIONS when set)', requiresArg: true }),
        (a) => set(run('audit', a as unknown as OrgArgs, io)),
      )
      .command(
        'merge <reports..>',
        'merge organisation reports (JSON, e.g. one per shard) into one',
        (c) => output(c).positional('reports', { type: 'string', array: true, describe: 'org audit JSON reports' }),
        (a) => set(run('merge', a as unknown as OrgArgs, io)),
      )
      .command(
        'hunt [fingerprint]',
        'list every repository and commit that holds one secret: --key K (- reads it from stdin), --secret-hash H, or a fingerprint from a report',
        (c) =>
          auditOptions(c)
            .positional('fingerprint', { type: 'string', describe: 'rule-id:secret-hash from any report' })
            .option('key', { type: 'string', describe: 'the key itself (an AWS access key ID, a token); - reads it from standard input. Never passed to another process', requiresArg: true })
            .option('secret-hash', { type: 'string', describe: 'the 16 hex digits of secretHash from any report', requiresArg: true }),
        (a) => set(run('hunt', a as unknown as OrgArgs, io)),
      )
      .command(
        'enqueue',
        'fleet mode: put one job per repository of the list on the Redis queue (BullMQ), for org worker processes to take',
        (c) => redisOptions(c).option('repos', { type: 'string', describe: 'FILE listing the repositories (as for org audit)', requiresArg: true, demandOption: true }).option('C', { type: 'string', describe: 'run as if started in DIR', requiresArg: true }),
        (a) => set(fleetCommand('enqueue', a as unknown as FleetArgs, io)),
      )
      .command(
        'worker',
        'fleet mode: take repositories from the queue and audit them, until stopped (or, with --drain, until the queue is empty)',
        (c) =>
          redisOptions(c)
            .option('cache', { type: 'string', describe: 'folder for the mirrors and what was audited (default: $XDG_CACHE_HOME/leakguard/org)', requiresArg: true })
            .option('config', { type: 'string', describe: 'config file for every repository (default: none)' })
            .option('concurrency', { type: 'number', default: 1, describe: 'jobs at a time in this worker', requiresArg: true })
            .option('drain', { type: 'boolean', describe: 'exit once no job is waiting, delayed or active' })
            .option('lock-ms', { type: 'number', default: 30000, describe: 'ms before a job held by a worker that stopped answering goes back to the queue', requiresArg: true })
            .option('full', { type: 'boolean', describe: 'audit every commit again, whatever the cache says' })
            .option('C', { type: 'string', describe: 'run as if started in DIR', requiresArg: true }),
        (a) => set(fleetCommand('worker', a as unknown as FleetArgs, io)),
      )
      .command(
        'report',
        'fleet mode: the organisation report of the last enqueued run, from its jobs (results, dead letters, jobs not done yet)',
        (c) => redisOptions(output(c)),
        (a) => set(fleetCommand('report', a as unknown as FleetArgs, io)),
      )
      .demandCommand(1, 'org needs a command: audit, merge, hunt, enqueue, worker or report'),
  );
}

function redisOptions<T>(y: Argv<T>) {
  return y
    .option('redis', { type: 'string', describe: 'Redis URL (default: $LEAKGUARD_REDIS_URL, else redis://127.0.0.1:6379)', requiresArg: true })
    .option('queue', { type: 'string', describe: 'queue name (default: leakguard-org)', requiresArg: true });
}

interface FleetArgs extends OrgArgs {
  redis?: string;
  queue?: string;
  concurrency: number;
  drain?: boolean;
  lockMs: number;
}

async function fleetCommand(action: 'enqueue' | 'worker' | 'report', a: FleetArgs, io: Io): Promise<number> {
  const cwd = a.C ? resolve(io.cwd, a.C) : io.cwd;
  const url = a.redis ?? io.env.LEAKGUARD_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const fleet = await import('../org/fleet.js');
  if (action === 'enqueue') {
    const { readRepoList } = await import('../org/repos.js');
    const { runId, jobs } = await fleet.enqueue(readRepoList(a.repos!, cwd), url, a.queue);
    io.stderr(`leakguard: enqueued ${jobs} repositories (run ${runId}) on queue ${a.queue ?? fleet.QUEUE}\n`);
    return 0;
  }
  if (action === 'report') {
    const { checkOrgFormat } = await import('../org/format.js');
    checkOrgFormat(a.format);
    return emit(await fleet.report(url, a.queue), a, cwd, io);
  }
  for (const [flag, v] of [['--concurrency', a.concurrency], ['--lock-ms', a.lockMs]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new LeakguardError(`${flag}: must be a positive whole number`);
  }
  const setup = await auditSetup(a, cwd, io);
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const done = await fleet.work({ ...setup, url, queue: a.queue, concurrency: a.concurrency, drain: a.drain ?? false, lockMs: a.lockMs, signal: controller.signal, log: (l) => io.stderr(`leakguard: ${l}\n`) });
    io.stderr(`leakguard: worker done: ${done} repositories audited\n`);
    return 0;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

function output<T>(y: Argv<T>) {
  return y
    .option('format', { alias: 'f', type: 'string', default: 'text', describe: 'text, json, markdown or html', requiresArg: true })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE (a summary line stays on stderr)', requiresArg: true })
    .option('C', { type: 'string', describe: 'run as if started in DIR', requiresArg: true });
}

function auditOptions<T>(y: Argv<T>) {
  return output(y)
    .option('repos', { type: 'string', describe: 'FILE listing the repositories: a clone URL or path a line, or `gh repo list ORG --json nameWithOwner,url,diskUsage` output', requiresArg: true, demandOption: true })
    .option('cache', { type: 'string', describe: 'folder for the mirrors and what was audited (default: $XDG_CACHE_HOME/leakguard/org)', requiresArg: true })
    .option('jobs', { alias: 'j', type: 'number', describe: `repositories audited at a time (default: ${cpus().length}, the cores)`, requiresArg: true })
    .option('config', { type: 'string', describe: 'config file for every repository (default: none; a repository\'s own config is not used)' })
    .option('full', { type: 'boolean', describe: 'audit every commit again, whatever the cache says was audited' });
}

async function run(action: 'audit' | 'merge' | 'hunt', a: OrgArgs, io: Io): Promise<number> {
  const { checkOrgFormat } = await import('../org/format.js');
  const cwd = a.C ? resolve(io.cwd, a.C) : io.cwd;
  checkOrgFormat(a.format);
  const startedAt = new Date().toISOString();
  let report;
  if (action === 'merge') report = await merge(a.reports ?? [], cwd);
  else {
    const target = action === 'hunt' ? await huntTarget(a, io) : null;
    report = await audit(a, cwd, io);
    if (target) {
      report.incidents = report.incidents.filter((i) => i.secretHash === target || i.related.some((r) => r.fingerprint.endsWith(`:${target}`)));
    }
  }
  return emit(report, a, cwd, io, startedAt);
}


async function emit(report: import('../org/report.js').OrgReport, a: OrgArgs, cwd: string, io: Io, startedAt = new Date().toISOString()): Promise<number> {
  const { checkOrgFormat, formatOrg, orgSummary } = await import('../org/format.js');
  const format = checkOrgFormat(a.format);
  const text = await formatOrg(report, format, startedAt);
  if (a.output) {
    try {
      writeFileSync(resolve(cwd, a.output), text);
    } catch (err) {
      throw new LeakguardError(`--output: ${a.output}: cannot write: ${errorMessage(err)}`);
    }
    io.stderr(`leakguard: ${orgSummary(report)} (report: ${a.output})\n`);
  } else io.stdout(text);
  for (const e of report.errors) if (a.output || format !== 'text') io.stderr(`leakguard: error: ${e.repo ? `${e.repo}: ` : ''}${e.message}\n`);
  if (report.incidents.length) return 1;
  return report.errors.some((e) => e.repo === null) ? 2 : 0;
}

async function merge(files: readonly string[], cwd: string) {
  const { mergeReports, reportProblem } = await import('../org/report.js');
  if (!files.length) throw new LeakguardError('org merge: no report given');
  const reports = files.map((f) => {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(resolve(cwd, f), 'utf8'));
    } catch (err) {
      throw new LeakguardError(`${f}: cannot read an organisation report: ${errorMessage(err)}`);
    }
    const problem = reportProblem(data);
    if (problem) throw new LeakguardError(`${f}: ${problem}`);
    return data as import('../org/report.js').OrgReport;
  });
  return mergeReports(reports);
}

/** The secretHash to hunt for: from --key (hashed here, in this process), --secret-hash or a fingerprint. */
async function huntTarget(a: OrgArgs, io: Io): Promise<string> {
  const given = [a.key !== undefined, a.secretHash !== undefined, a.fingerprint !== undefined].filter(Boolean).length;
  if (given !== 1) throw new LeakguardError('org hunt: give exactly one of --key K, --secret-hash H or a fingerprint');
  if (a.key !== undefined) {
    let key = a.key;
    if (key === '-') {
      const chunks: Buffer[] = [];
      for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
      key = Buffer.concat(chunks).toString('utf8').trim();
    }
    if (!key) throw new LeakguardError('--key: empty');
    const { secretHash } = await import('../findings/finding.js');
    return secretHash(key);
  }
  const h = a.secretHash ?? a.fingerprint!.slice(a.fingerprint!.lastIndexOf(':') + 1);
  if (!/^[0-9a-f]{16}$/.test(h)) throw new LeakguardError(`${a.secretHash !== undefined ? '--secret-hash' : 'fingerprint'}: ${a.secretHash ?? a.fingerprint}: expected 16 hex digits (rule-id:secret-hash)`);
  return h;
}

/** What every repository's audit needs: the cache, the config, the rules key, this installation's bin. */
async function auditSetup(a: OrgArgs, cwd: string, io: Io) {
  const { Cache } = await import('../org/cache.js');
  const { rulesKey } = await import('../org/audit.js');
  const { loadBuiltinSpecs } = await import('../config/load.js');
  const { binPath } = await import('./scan-command.js');
  let configFile: string | undefined;
  let configText: string | null = null;
  if (typeof a.config === 'string') {
    configFile = resolve(cwd, a.config);
    try {
      configText = readFileSync(configFile, 'utf8');
    } catch (err) {
      throw new LeakguardError(`--config: ${a.config}: cannot read: ${errorMessage(err)}`);
    }
  }
  const cacheDir = a.cache ? resolve(cwd, a.cache) : join(io.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'leakguard', 'org');
  let cache;
  try {
    cache = new Cache(cacheDir);
  } catch (err) {
    throw new LeakguardError(`--cache: ${cacheDir}: ${errorMessage(err)}`);
  }
  return { cache, bin: binPath(), configFile, rulesKey: rulesKey(loadBuiltinSpecs(), configText), full: a.full };
}

async function audit(a: OrgArgs, cwd: string, io: Io) {
  const { readRepoList, parseShard, shardOf } = await import('../org/repos.js');
  const { auditOrg } = await import('../org/audit.js');
  if (a.jobs !== undefined && (!Number.isInteger(a.jobs) || a.jobs < 1)) throw new LeakguardError('--jobs: must be a positive whole number');
  let entries = readRepoList(a.repos!, cwd);
  const shard = parseShard(a.shard, io.env);
  if (shard) entries = shardOf(entries, shard.index, shard.count);
  const setup = await auditSetup(a, cwd, io);
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const started = Date.now();
  const tty = io.stderrIsTTY === true;
  try {
    return await auditOrg(entries, {
      ...setup,
      jobs: a.jobs ?? cpus().length,
      signal: controller.signal,
      onRepo: (done, total, commits) => {
        if (!tty) return;
        const eta = done < total ? `, ETA ${Math.round(((Date.now() - started) / done) * (total - done) / 1000)} s` : '';
        io.stderr(`\rleakguard: ${done}/${total} repositories, ${commits} new commits${eta}\u001b[K${done === total ? '\n' : ''}`);
      },
    });
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
