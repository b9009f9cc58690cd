/**
 * `org audit`: every repository of a list, each audited by the single-repository history
 * audit (the real `leakguard history`, run as a child process in the repository's bare
 * mirror: the same code, its own memory, and a crash or a hostile repository ends only its
 * own process), a pool of them at a time, their findings merged into one incident per
 * secret (report.ts).
 *
 * Incremental: the cache keeps, per repository, the ref tips it audited and what it found.
 * A re-run fetches each mirror; an unchanged one is not audited again, a changed one only
 * from its new tips down to the old ones (`history NEW... ^OLD...`). A different rules key
 * (leakguard's version, the built-in rules, the config file) makes every repository a full
 * audit again, since new rules can find things in old commits.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeCrypto } from '../node-lazy.js';
import { errorMessage } from '../errors.js';
import { gitOutput } from '../git/spawn.js';
import { VERSION } from '../version.js';
import { Cache, commitTips, type RepoState } from './cache.js';
import { incidentsOf, mergeIncidents, type Incident, type OrgFinding, type OrgReport, type RepoSummary } from './report.js';
import type { RepoEntry } from './repos.js';

/** What one repository's audit needs (the pool, the shards and the queue's workers alike). */
export interface RepoAuditOptions {
  cache: Cache;
  /** bin/leakguard.js, run with this Node */
  bin: string;
  /** --config FILE for every repository's audit (absolute); else none (a repository's own config is not used) */
  configFile?: string;
  rulesKey: string;
  /** --full: ignore what the cache says was scanned */
  full?: boolean;
  signal?: AbortSignal;
}

export interface AuditOptions extends RepoAuditOptions {
  /** repositories audited at a time */
  jobs: number;
  /** called after each repository (progress) */
  onRepo?: (done: number, total: number, commits: number) => void;
}

/** What decides whether earlier findings still hold: leakguard's version, its rules, the config. */
export function rulesKey(specs: unknown, configText: string | null): string {
  return nodeCrypto().createHash('sha256').update(JSON.stringify([VERSION, specs, configText])).digest('hex').slice(0, 16);
}

export interface RepoResult {
  summary: RepoSummary;
  findings: OrgFinding[];
}

export async function auditOrg(entries: readonly RepoEntry[], options: AuditOptions): Promise<OrgReport> {
  const started = Date.now();
  const results: Array<RepoResult | undefined> = new Array(entries.length);
  let next = 0;
  let done = 0;
  let commits = 0;
  const childJobs = Math.max(1, Math.floor(cpus().length / Math.max(1, options.jobs)));
  const worker = async () => {
    while (next < entries.length && !options.signal?.aborted) {
      const i = next++;
      results[i] = await auditRepo(entries[i]!, options, childJobs);
      done++;
      commits += results[i]!.summary.newCommits ?? 0;
      options.onRepo?.(done, entries.length, commits);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs, entries.length) }, worker));
  const errors: OrgReport['errors'] = [];
  if (options.signal?.aborted) errors.push({ repo: null, message: `interrupted: the report holds the ${done} of ${entries.length} repositories audited before Ctrl-C` });
  return buildReport(entries, (_, i) => results[i] ?? { error: 'not audited: interrupted' }, errors, Date.now() - started);
}

/**
 * The organisation report from each repository's result (or why there is none), in list
 * order; `extra` errors (about the run itself) come last.
 */
export function buildReport(entries: readonly RepoEntry[], resultOf: (e: RepoEntry, i: number) => RepoResult | { error: string }, extra: OrgReport['errors'], ms: number): OrgReport {
  const errors: OrgReport['errors'] = [];
  const repos: RepoSummary[] = [];
  const incidents: Incident[] = [];
  entries.forEach((e, i) => {
    const r = resultOf(e, i);
    if (!('summary' in r)) {
      repos.push({ repo: e.name, commits: 0, scannedTips: [], error: r.error });
      errors.push({ repo: e.name, message: r.error });
      return;
    }
    repos.push(r.summary);
    if (r.summary.error) errors.push({ repo: e.name, message: r.summary.error });
    incidents.push(...incidentsOf(e.name, r.findings));
  });
  errors.push(...extra);
  return {
    version: 1,
    incidents: mergeIncidents(incidents),
    repos,
    errors,
    stats: {
      repos: entries.length,
      failed: repos.filter((r) => r.error).length,
      commits: repos.reduce((n, r) => n + r.commits, 0),
      newCommits: repos.reduce((n, r) => n + (r.newCommits ?? 0), 0),
      ms,
    },
  };
}

/** One repository: fetch its mirror, audit what is new (or all), record it in the cache. Never throws: a failure is `summary.error`. */
export async function auditRepo(entry: RepoEntry, options: RepoAuditOptions, childJobs: number): Promise<RepoResult> {
  const { cache } = options;
  const failed = (message: string, state: RepoState | null): RepoResult => ({
    summary: { repo: entry.name, commits: state?.commits ?? 0, newCommits: 0, scannedTips: state?.tips ?? [], error: message },
    // what an earlier run found stays in the report: a repository that cannot be fetched today still leaked yesterday
    findings: state?.findings ?? [],
  });
  const previous = cache.readState(entry);
  const state = previous && previous.rulesKey === options.rulesKey && !options.full ? previous : null;
  let tips: string[];
  try {
    tips = await cache.update(entry, options.signal);
  } catch (err) {
    return failed(`cannot clone or fetch: ${errorMessage(err)}`, previous);
  }
  if (state && same(state.tips, tips)) {
    return { summary: { repo: entry.name, commits: state.commits, newCommits: 0, scannedTips: tips, incremental: true }, findings: state.findings };
  }
  const mirror = cache.mirrorOf(entry);
  const newTips = commitTips(tips).filter((t) => !state?.tips.includes(t));
  const oldTips = state ? await existing(commitTips(state.tips), mirror) : [];
  let scanned = { findings: [] as OrgFinding[], commits: 0 };
  if (newTips.length) {
    try {
      scanned = await historyOf(mirror, [...newTips, ...oldTips.map((t) => `^${t}`)], options, childJobs);
    } catch (err) {
      return failed(errorMessage(err), previous);
    }
  }
  const findings = state ? union(state.findings, scanned.findings) : scanned.findings;
  const total = (state?.commits ?? 0) + scanned.commits;
  cache.writeState(entry, { version: 1, repo: entry.name, rulesKey: options.rulesKey, tips, commits: total, findings, auditedAt: new Date().toISOString() });
  return { summary: { repo: entry.name, commits: total, newCommits: scanned.commits, scannedTips: tips, incremental: state !== null }, findings };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The old tips still in the repository (a force push can remove one; `^missing` would fail the walk). */
async function existing(tips: readonly string[], mirror: string): Promise<string[]> {
  if (!tips.length) return [];
  const out = (await gitOutput(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { cwd: mirror, input: tips.join('\n') + '\n' })).toString('latin1');
  return out
    .split('\n')
    .filter((l) => / (commit|tag)$/.test(l))
    .map((l) => l.split(' ')[0]!);
}

/** Earlier findings, then new ones not already there (the same secret in the same file at the same commit). */
function union(old: readonly OrgFinding[], added: readonly OrgFinding[]): OrgFinding[] {
  const key = (f: OrgFinding) => `${f.fingerprint}\0${f.file}\0${f.commit?.sha ?? ''}`;
  const seen = new Set(old.map(key));
  return [...old, ...added.filter((f) => !seen.has(key(f)))];
}

/** Runs `leakguard history REVS --format json` in the mirror; its findings and commit count. */
async function historyOf(mirror: string, revs: string[], options: RepoAuditOptions, jobs: number): Promise<{ findings: OrgFinding[]; commits: number }> {
  const out = mkdtempSync(join(tmpdir(), 'leakguard-org-'));
  const file = join(out, 'report.json');
  const args = [options.bin, 'history', '--format', 'json', '--output', file, '--jobs', String(jobs), ...(options.configFile ? ['--config', options.configFile] : ['--no-config']), '--', ...revs];
  try {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: mirror, stdio: ['ignore', 'ignore', 'pipe'], signal: options.signal });
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-4000)));
      child.on('error', (e) => (e.name === 'AbortError' ? resolve({ code: null, stderr: 'interrupted' }) : reject(e)));
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    if (code !== 0 && code !== 1) {
      const why = stderr.split('\n').filter((l) => l.startsWith('leakguard:') && !/secrets? found|no secrets found/i.test(l)).pop();
      throw new Error(`audit failed: ${why?.replace(/^leakguard: /, '') ?? `exit ${code}`}`);
    }
    const report = JSON.parse(readFileSync(file, 'utf8')) as { findings: OrgFinding[]; stats: { commits: number } };
    return { findings: report.findings, commits: report.stats.commits };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

