#!/usr/bin/env node
// Benchmarks (never timed tests): every figure is a median of several runs, and every
// leakguard figure comes with its baseline measured in the same run, alternating A B A B,
// so that the ratio holds on a noisy, shared machine.
//
//   npm run bench                      a generated repository (reproducible, no network)
//   npm run bench -- /path/to/repo     any repository (e.g. a clone of lodash or git)
//   options: --runs N (default 5), --commits N (generated repo size, default 5000), --json
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/leakguard.js');

function parseArgs(argv) {
  const opts = { runs: 5, commits: 5000, json: false, repo: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--commits') opts.commits = Number(argv[++i]);
    else if (a === '--json') opts.json = true;
    else if (!a.startsWith('-')) opts.repo = resolve(a);
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** VmRSS of one process (Linux /proc), in bytes; 0 once it has ended. */
function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Sum of VmRSS over a process and its descendants (Linux /proc), in bytes. */
function treeRss(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) total += Number(m[1]) * 1024;
      for (const t of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between two reads
    }
  }
  return total;
}

/**
 * Runs a command to completion: its wall time in ms, and with `poll` the peak RSS of its
 * whole process tree. Polling /proc every 10 ms takes CPU from a command that keeps both
 * cores busy (leakguard's audit; a single `git log` leaves one idle), so timed runs do not
 * poll: memory is measured in runs of its own.
 */
function measure(cmd, args, cwd, poll = false) {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    let own = 0;
    const timer = poll
      ? setInterval(() => {
          peak = Math.max(peak, treeRss(child.pid));
          own = Math.max(own, rssOf(child.pid));
        }, 10)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolvePromise({ ms, peak, own });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * A and B alternately, one warm-up each (memory is read then), `runs` timed: medians and
 * the median of the pairwise ratios.
 */
async function pair(a, b, runs) {
  const ma = await measure(...a, true);
  const mb = await measure(...b, true);
  const ra = [];
  const rb = [];
  for (let i = 0; i < runs; i++) {
    ra.push(await measure(...a));
    rb.push(await measure(...b));
  }
  const ratios = ra.map((r, i) => r.ms / rb[i].ms);
  return {
    a: { ms: median(ra.map((r) => r.ms)), min: Math.min(...ra.map((r) => r.ms)), max: Math.max(...ra.map((r) => r.ms)), peakMB: ma.peak / 2 ** 20, ownMB: ma.own / 2 ** 20 },
    b: { ms: median(rb.map((r) => r.ms)), min: Math.min(...rb.map((r) => r.ms)), max: Math.max(...rb.map((r) => r.ms)), peakMB: mb.peak / 2 ** 20 },
    ratio: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
  };
}

function patchBytes(repo) {
  return new Promise((res) => {
    const c = spawn('git', ['log', '-p', '-U0', '--all'], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] });
    let n = 0;
    c.stdout.on('data', (d) => (n += d.length));
    c.on('close', () => res(n));
  });
}

/** A throwaway clone with 10 files changed and staged. */
function stagedClone(repo) {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-bench-staged-'));
  execFileSync('git', ['clone', '-q', '--no-checkout', repo, dir]);
  execFileSync('git', ['checkout', '-q'], { cwd: dir });
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: dir, encoding: 'utf8' }).split('\0').filter((f) => f && /\.(js|ts|py|json|md|txt|go|rb|yaml|yml)$/.test(f)).slice(0, 10);
  for (const f of files) writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8') + '\nconst added = "a new line";\n');
  execFileSync('git', ['add', ...files], { cwd: dir });
  return { dir, files: files.length };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // a busy machine was seen to turn a ratio of 0.91 into 1.6: say so before anyone believes a figure
  const load = loadavg()[0];
  const busy = load > cpus().length * 0.25;
  if (busy) console.error(`bench: WARNING: the machine is busy (load average ${load.toFixed(2)} on ${cpus().length} cores): the figures below are not to be trusted`);
  if (!existsSync(join(ROOT, 'dist/leakguard.js'))) throw new Error('not built: run npm run build');
  let repo = opts.repo;
  let generated = null;
  if (!repo) {
    generated = mkdtempSync(join(tmpdir(), 'leakguard-bench-repo-'));
    const t = Date.now();
    generateRepo(generated, { commits: opts.commits, seed: 42 });
    if (!opts.json) console.error(`generated ${opts.commits} commits in ${generated} (${Date.now() - t} ms)`);
    repo = generated;
  }
  const commits = Number(execFileSync('git', ['rev-list', '--all', '--count'], { cwd: repo, encoding: 'utf8' }).trim());
  const bytes = await patchBytes(repo);
  const node = process.execPath;
  const history = await pair([node, [BIN, 'history', '--format', 'json', '--output', '/dev/null', '--no-config'], repo], ['git', ['log', '-p', '-U0', '--all'], repo], opts.runs);
  const scan = await measure(node, [BIN, 'scan', '.', '--format', 'json', '--output', '/dev/null', '--no-config'], repo, true);
  const clone = stagedClone(repo);
  const staged = await pair([node, [BIN, 'staged', '--quiet'], clone.dir], [node, ['-e', '0'], clone.dir], Math.max(opts.runs, 10));
  rmSync(clone.dir, { recursive: true, force: true });
  if (generated) rmSync(generated, { recursive: true, force: true });

  const result = {
    repository: opts.repo ?? `generated (${opts.commits} commits, seed 42)`,
    commits,
    patchMB: bytes / 2 ** 20,
    load: { average: load, cores: cpus().length, busy },
    history: { gitLogMs: history.b.ms, leakguardMs: history.a.ms, ratio: history.ratio, ratioMin: history.ratioMin, ratioMax: history.ratioMax, peakMB: history.a.peakMB, nodePeakMB: history.a.ownMB, gitLogPeakMB: history.b.peakMB, mbPerSecond: bytes / 2 ** 20 / (history.a.ms / 1000) },
    scan: { ms: scan.ms, peakMB: scan.peak / 2 ** 20 },
    staged: { files: clone.files, leakguardMs: staged.a.ms, nodeMs: staged.b.ms, ratio: staged.ratio, ratioMin: staged.ratioMin, ratioMax: staged.ratioMax },
    runs: opts.runs,
  };
  if (opts.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const f = (n, d = 0) => n.toFixed(d);
  const spread = (p) => `${f(p.ratio, 2)} (${f(p.ratioMin, 2)}-${f(p.ratioMax, 2)})`;
  const ms = (x) => `${f(x.ms)} ms (${f(x.min)}-${f(x.max)})`;
  console.log(`repository: ${result.repository}: ${commits} commits, ${f(result.patchMB, 1)} MB of patches (git log -p -U0 --all); medians of ${opts.runs} runs (min-max); load average at start ${load.toFixed(2)} on ${cpus().length} cores${busy ? ': BUSY, do not trust these figures' : ''}`);
  console.log('');
  console.log('| measure | leakguard | baseline | ratio (min-max) |');
  console.log('|---|---|---|---|');
  console.log(`| history, all refs (wall) | ${ms(history.a)} | git log -p -U0 --all: ${ms(history.b)} | ${spread(history)} |`);
  console.log(`| history, peak RSS of all processes (leakguard's node process alone) | ${f(history.a.peakMB)} MB (${f(history.a.ownMB)} MB) | git log: ${f(history.b.peakMB)} MB | |`);
  console.log(`| history throughput | ${f(result.history.mbPerSecond, 1)} MB/s of patch text | | |`);
  console.log(`| staged, ${clone.files}-file change (wall) | ${ms(staged.a)} | node -e 0: ${ms(staged.b)} | ${spread(staged)} |`);
  console.log(`| scan . of the work tree (one run) | ${f(scan.ms)} ms, peak ${f(scan.peak / 2 ** 20)} MB | | |`);
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exitCode = 2;
});
