#!/usr/bin/env node
// The organisation audit's benchmark (never a timed test): N generated repositories,
// audited one by one with `leakguard history` (the baseline: the sum of single-repository
// audits), then by `org audit` cold (empty cache), again with no change, and again after
// one new commit in one repository. Medians of --runs runs; the load average is printed.
//
//   npm run bench:org -- [--repos N] [--commits N] [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/leakguard.js');

const opts = { repos: 20, commits: 200, runs: 3 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const k = argv[i].replace(/^--/, '');
  if (!(k in opts)) throw new Error(`unknown option ${argv[i]} (--repos N, --commits N, --runs N)`);
  opts[k] = Number(argv[++i]);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(args, cwd) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`leakguard ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const load = loadavg()[0];
if (load > cpus().length * 0.25) console.error(`bench: WARNING: the machine is busy (load average ${load.toFixed(2)} on ${cpus().length} cores): the figures below are not to be trusted`);
const dir = mkdtempSync(join(tmpdir(), 'leakguard-bench-org-'));
try {
  const repos = [];
  for (let i = 0; i < opts.repos; i++) {
    const r = join(dir, `repo${i}`);
    generateRepo(r, { commits: opts.commits, seed: 100 + i, files: 40 });
    repos.push(r);
  }
  const list = join(dir, 'repos.txt');
  writeFileSync(list, repos.map((r) => `file://${r}`).join('\n') + '\n');
  const rows = { single: [], cold: [], unchanged: [], oneCommit: [] };
  for (let run = 0; run < opts.runs; run++) {
    rows.single.push(repos.reduce((sum, r) => sum + time(['history', '--format', 'json', '--output', '/dev/null', '--no-config'], r), 0));
    const cache = join(dir, `cache${run}`);
    const org = ['org', 'audit', '--repos', list, '--cache', cache, '--format', 'json', '--output', '/dev/null'];
    rows.cold.push(time(org, dir));
    rows.unchanged.push(time(org, dir));
    appendFileSync(join(repos[0], 'BENCH.md'), `run ${run}\n`);
    execFileSync('git', ['add', 'BENCH.md'], { cwd: repos[0] });
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', `bench ${run}`], { cwd: repos[0] });
    rows.oneCommit.push(time(org, dir));
    rmSync(cache, { recursive: true, force: true });
  }
  const base = median(rows.single);
  const line = (name, xs) => `| ${name} | ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}) | ${(median(xs) / base).toFixed(2)} |`;
  console.log(`${opts.repos} generated repositories of ${opts.commits} commits; medians of ${opts.runs} runs (min-max); load average at start ${load.toFixed(2)} on ${cpus().length} cores`);
  console.log('');
  console.log('| measure | time | ratio to the sum of single audits |');
  console.log('|---|---|---|');
  console.log(line('sum of `leakguard history` in each repository', rows.single));
  console.log(line('`org audit`, cold (clones every mirror)', rows.cold));
  console.log(line('`org audit` again, nothing changed', rows.unchanged));
  console.log(line('`org audit` again, one new commit in one repository', rows.oneCommit));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
