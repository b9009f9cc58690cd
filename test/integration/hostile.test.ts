// Issue 11, "nothing hangs, nothing crashes, nothing we write leaks", through the real binary
// on real files and repositories. Every subprocess that could hang runs with a timeout that
// fails the test (a killed child reports no exit code) instead of hanging the suite.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, fakeKeyId, join, makeRepo, tempDir, testEnv, writeFileSync } from '../helpers.js';

/** Runs the binary with a time limit; `code` is null when it had to be killed. */
function runLimited(args: string[], cwd: string, options: { input?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: options.env ?? testEnv(cwd),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('a user rule cannot freeze a scan', () => {
  it.each([
    ['token=(\\w|\\d)+;', 'token=' + 'a1'.repeat(20)],
    ['([a-z]|[a-z0-9])+$', 'abcdefghij'.repeat(4) + '!'],
    ['(a|aa)+$', 'a'.repeat(40) + '!'],
  ])('%s is refused at load with the file, rule and reason (exit 2)', (regex, line) => {
    const dir = tempDir();
    writeFileSync(join(dir, '.leakguardrc.yaml'), `rules:\n  - id: my-token\n    description: mine\n    severity: high\n    regex: '${regex}'\n    keywords: [aa, a1, ab]\n`);
    writeFileSync(join(dir, 'input.txt'), line + '\n');
    const r = runLimited(['scan', 'input.txt'], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\.leakguardrc\.yaml: my-token: regex: can backtrack exponentially/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unambiguous user rule still finds its secret', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.leakguardrc.yaml'), `rules:\n  - id: my-token\n    description: mine\n    severity: high\n    regex: 'mytok=((?:[A-Z]|[0-9])+);'\n    keywords: [mytok=]\n`);
    writeFileSync(join(dir, 'input.txt'), 'mytok=Q7XK2M9W4RZ8;\n' + 'mytok=' + 'A'.repeat(5000) + '\n');
    const r = runLimited(['scan', 'input.txt', '--format', 'json', '--no-redact'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; secret: string }> };
    expect(report.findings.map((f) => [f.ruleId, f.secret])).toEqual([['my-token', 'Q7XK2M9W4RZ8']]);
  });
});

describe('output that cannot be written', () => {
  function manyKeys(dir: string): void {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(`key_${i} = "${fakeKeyId()}"`);
    writeFileSync(join(dir, 'keys.txt'), lines.join('\n') + '\n');
  }

  it.each(['text', 'json', 'sarif', 'csv'])('a reader that goes away (| head -c1, %s): no stack trace, exit 2', (format) => {
    const dir = tempDir();
    manyKeys(dir);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" scan keys.txt --format ${format} 2>err.txt | head -c1 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: dir,
      env: testEnv(dir),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('2');
    const err = readFileSync(join(dir, 'err.txt'), 'utf8');
    expect(err).not.toMatch(/EPIPE|\n\s+at |Unhandled|node:events/);
  });

  it.each([
    [['--output', '/dev/full'], /^leakguard: --output: \/dev\/full: cannot write: .*no space left on device/],
    [[], /^leakguard: standard output: cannot write: no space left on device$/],
  ])('a full disk (%j or > /dev/full): one line and exit 2', (extra, message) => {
    const dir = tempDir();
    manyKeys(dir);
    const out = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'scan', 'keys.txt', ...extra], {
        cwd: dir,
        env: testEnv(dir),
        encoding: 'utf8',
        timeout: 60_000,
        stdio: ['ignore', out, 'pipe'],
      });
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    } finally {
      closeSync(out);
    }
  });
});
