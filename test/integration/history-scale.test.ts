// History audits on a generated repository with hundreds of commits: several git processes
// give the same report as one; Ctrl-C stops cleanly and still reports.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/generate.mjs';
import { BIN, childrenOf, cmdline, runJson, tempDir, testEnv, type JsonFinding } from '../helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
  generateRepo(dir, { commits: 900, seed: 7, files: 60 });
});

const summary = (f: JsonFinding) => [f.file, f.secret, f.commit!.sha, f.occurrences, f.status, f.removedIn].join(' ');

describe('history on a long history', () => {
  it('reports the same findings with one git process or several', () => {
    const env = testEnv(dir);
    const one = runJson(['history', '--no-redact', '--jobs', '1'], { cwd: dir, env }).report;
    const three = runJson(['history', '--no-redact', '--jobs', '3'], { cwd: dir, env }).report;
    expect(one.stats.commits).toBe(three.stats.commits);
    expect(one.stats.commits).toBeGreaterThan(900);
    expect(three.findings.map(summary).sort()).toEqual(one.findings.map(summary).sort());
    // the generator plants keys in commits "configure deployment N" and removes them in "remove credentials M"
    expect(one.findings.length).toBeGreaterThan(1);
    for (const f of one.findings) expect(f.commit!.message).toMatch(/^configure deployment \d+$/);
    expect(one.findings.filter((f) => f.status === 'removed' && f.removedIn).length).toBeGreaterThan(0);
  });

  it('shares git\'s delta-base cache budget between its git processes, unless the git config sets one', () => {
    const logLines = (trace: string) => readFileSync(trace, 'utf8').split('\n').filter((l) => /\| start .* log --no-walk/.test(l));
    const traced = (extra: NodeJS.ProcessEnv) => {
      const trace = join(tempDir(), 'trace2.txt');
      runJson(['history', '--jobs', '2'], { cwd: dir, env: { ...testEnv(dir), GIT_TRACE2_PERF: trace, ...extra } });
      return logLines(trace);
    };
    const shared = traced({});
    expect(shared.length).toBeGreaterThan(1);
    for (const l of shared) expect(l).toContain('core.deltaBaseCacheLimit=48m');
    // the user's own setting (here through the environment, as a ~/.gitconfig would) is left alone
    const own = traced({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.deltaBaseCacheLimit', GIT_CONFIG_VALUE_0: '200m' });
    expect(own.length).toBeGreaterThan(1);
    for (const l of own) expect(l).not.toContain('deltaBaseCacheLimit');
  });

  it('stops on Ctrl-C, says so, and exits with a report', async () => {
    const child = spawn(process.execPath, [BIN, 'history', '--format', 'json', '--jobs', '1'], { cwd: dir, env: testEnv(dir) });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    // freeze a `git log` leakguard started, so that the scan is surely under way when interrupted
    let git: number | undefined;
    for (let i = 0; i < 1000 && git === undefined; i++) {
      const pid = childrenOf(child.pid!).find((p) => / log --no-walk/.test(cmdline(p)));
      try {
        if (pid !== undefined) process.kill(pid, 'SIGSTOP');
        git = pid;
      } catch {
        // that batch just ended: take the next one
      }
      if (git === undefined) await new Promise((r) => setTimeout(r, 5));
    }
    expect(git).toBeDefined();
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 200));
    try {
      process.kill(git!, 'SIGCONT');
    } catch {
      // already gone: leakguard killed it
    }
    const code = await exit;
    const report = JSON.parse(stdout) as { findings: unknown[]; errors: Array<{ message: string }> };
    expect(report.errors.map((e) => e.message)).toContain('interrupted: the report holds what was found before Ctrl-C');
    expect(code).toBe(report.findings.length ? 1 : 2);
  });
});

