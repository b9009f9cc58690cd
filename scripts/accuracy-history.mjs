#!/usr/bin/env node
// Noise on real histories: audits real repositories with the built scanner (bin/leakguard.js
// history, no user config, as a new user would run it), prints per repository the findings by
// severity, and checks every finding against the judged list (bench/judged-history.json:
// fingerprint -> real / test-key / example / fixture / false-positive, with a one-line
// reason; fingerprints only, never the secrets). A labelled corpus says how precise the
// rules are on planted secrets; this says what a user reads on the first audit of a real
// project. It exits 1 when:
//   - a finding at medium or above is judged example, fixture or false-positive (noise is back),
//   - a finding at medium or above is not judged yet (judge it: add it to the list),
//   - a finding judged real or test-key is no longer reported (recall lost).
//
//   npm run accuracy -- --history REPO... [--judged FILE] [--json] [--jobs N]
//
// REPO is a git repository (work tree or bare) or owner/name, looked up as
// $LEAKGUARD_MIRRORS/owner+name/repo (default /work/.mirror). Each is cloned bare (branches
// and tags only, as a user's clone has) into a temporary folder first, so the original is
// never touched and refs a mirror keeps for pull requests are left out.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const NOISE = new Set(['example', 'fixture', 'false-positive']);
const KEPT = new Set(['real', 'test-key']);
const VERDICTS = new Set([...NOISE, ...KEPT]);

function parseArgs(argv) {
  const args = { repos: [], judged: join(root, 'bench/judged-history.json'), json: false, jobs: 2 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--history') continue;
    if (a === '--judged') args.judged = resolve(argv[++i] ?? '');
    else if (a === '--json') args.json = true;
    else if (a === '--jobs') args.jobs = Number(argv[++i]);
    else if (a.startsWith('--')) throw new Error(`unknown argument: ${a} (usage: accuracy --history REPO... [--judged FILE] [--json] [--jobs N])`);
    else args.repos.push(a);
  }
  if (!args.repos.length) throw new Error('--history: name at least one repository (a path, or owner/name of a mirror)');
  return args;
}

/** A repository argument -> { name, path }: a path as given, else owner/name under the mirrors folder. */
function locate(arg) {
  if (existsSync(arg)) {
    const path = resolve(arg);
    const mirror = /([^/]+)\+([^/]+)\/repo\/?$/.exec(path);
    return { name: mirror ? `${mirror[1]}/${mirror[2]}` : basename(path).replace(/\.git$/, ''), path };
  }
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(arg);
  const path = m ? join(process.env.LEAKGUARD_MIRRORS ?? '/work/.mirror', `${m[1]}+${m[2]}`, 'repo') : '';
  if (!m || !existsSync(path)) throw new Error(`--history: ${arg}: no such repository (a path, or owner/name of a mirror in ${dirname(path) || 'the mirrors folder'})`);
  return { name: arg, path };
}

function loadJudged(file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (data.version !== 1 || typeof data.repos !== 'object') throw new Error(`${file}: expected { "version": 1, "repos": { ... } }`);
  for (const [repo, entry] of Object.entries(data.repos)) {
    for (const [fp, j] of Object.entries(entry.findings ?? {})) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)+:[0-9a-f]{16}$/.test(fp)) throw new Error(`${file}: ${repo}: "${fp}" is not a fingerprint (rule-id:16 hex digits)`);
      if (!VERDICTS.has(j.verdict)) throw new Error(`${file}: ${repo}: ${fp}: verdict must be one of ${[...VERDICTS].join(', ')}`);
      if (typeof j.reason !== 'string' || !j.reason.trim()) throw new Error(`${file}: ${repo}: ${fp}: a one-line reason is required`);
    }
  }
  return data.repos;
}

/** Audits one repository from a bare clone; returns the JSON report (or an error). */
function audit(repo, jobs) {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-history-'));
  try {
    execFileSync('git', ['clone', '--quiet', '--bare', repo.path, join(dir, 'repo.git')], { stdio: ['ignore', 'ignore', 'pipe'] });
    const started = Date.now();
    let out;
    try {
      out = execFileSync(process.execPath, [join(root, 'bin/leakguard.js'), 'history', '-C', join(dir, 'repo.git'), '--format', 'json', '--no-config', '--jobs', String(jobs)], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      // exit code 1 means findings: the report is on stdout all the same
      if (err.status !== 1 || !err.stdout) return { error: (err.stderr || err.message).toString().trim().split('\n')[0], seconds: (Date.now() - started) / 1000 };
      out = err.stdout;
    }
    return { report: JSON.parse(out), seconds: (Date.now() - started) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function check(name, result, judged) {
  const verdicts = judged[name]?.findings ?? {};
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  const rows = [];
  const seen = new Set();
  for (const f of result.report.findings) {
    bySeverity[f.severity]++;
    seen.add(f.fingerprint);
    const j = verdicts[f.fingerprint];
    const serious = f.severity === 'critical' || f.severity === 'high' || f.severity === 'medium';
    const status = !j ? (serious ? 'UNJUDGED' : 'ok') : NOISE.has(j.verdict) && serious ? 'NOISE' : 'ok';
    rows.push({ status, severity: f.severity, fingerprint: f.fingerprint, file: f.file, line: f.line, context: f.context, verdict: j?.verdict ?? null, reason: j?.reason ?? null });
  }
  for (const [fp, j] of Object.entries(verdicts)) {
    if (KEPT.has(j.verdict) && !seen.has(fp)) rows.push({ status: 'MISSING', severity: null, fingerprint: fp, file: null, line: null, verdict: j.verdict, reason: j.reason });
  }
  return { repo: name, commits: result.report.stats.commits, seconds: result.seconds, bySeverity, rows, problems: rows.filter((r) => r.status !== 'ok').length };
}

function print(checked) {
  const sev = (b) => SEVERITIES.map((s) => `${b[s]} ${s}`).join(', ');
  for (const c of checked) {
    if (c.error) {
      console.log(`${c.repo}: ERROR ${c.error}\n`);
      continue;
    }
    console.log(`${c.repo}: ${c.commits} commits, ${c.seconds.toFixed(1)} s: ${sev(c.bySeverity)}`);
    for (const r of c.rows) {
      const where = r.file === null ? '' : ` ${r.file}:${r.line}`;
      const ctx = r.context ? ` (${r.context})` : '';
      console.log(`  ${r.status.padEnd(8)} ${String(r.severity ?? '-').padEnd(8)} ${r.fingerprint}${where}${ctx}  ${r.verdict ? `${r.verdict}: ${r.reason}` : ''}`);
    }
    console.log('');
  }
  const problems = checked.reduce((n, c) => n + (c.error ? 1 : c.problems), 0);
  console.log(problems ? `${problems} problem(s): NOISE (judged not a leak, yet medium or above), UNJUDGED (medium or above, not in the judged list), MISSING (judged real, no longer found), ERROR` : 'no noise at medium or above, nothing unjudged, nothing real missing');
  return problems;
}

export async function historyMain(argv) {
  const args = parseArgs(argv);
  const judged = loadJudged(args.judged);
  const checked = [];
  for (const arg of args.repos) {
    const repo = locate(arg);
    const result = audit(repo, args.jobs);
    checked.push(result.error ? { repo: repo.name, error: result.error } : check(repo.name, result, judged));
  }
  if (args.json) {
    process.stdout.write(JSON.stringify(checked, null, 1) + '\n');
    return checked.some((c) => c.error || c.problems) ? 1 : 0;
  }
  return print(checked) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  historyMain(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(`accuracy --history: ${err.message}`);
      process.exitCode = 2;
    },
  );
}
