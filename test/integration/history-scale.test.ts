// History audits on a generated repository with hundreds of commits: several git processes
// give the same report as one; Ctrl-C stops cleanly and still reports.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/generate.mjs';
import { BIN, runJson, tempDir, testEnv, type JsonFinding } from '../helpers.js';

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

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}
