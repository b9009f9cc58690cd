// Issue 11, "nothing hangs, nothing crashes, nothing we write leaks", through the real binary
// on real files and repositories. Every subprocess that could hang runs with a timeout that
// fails the test (a killed child reports no exit code) instead of hanging the suite.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/generate.mjs';
import { BIN, childrenOf, cmdline, fakeKeyId, join, makeRepo, tempDir, testEnv, writeFileSync } from '../helpers.js';

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

describe('Ctrl-C and SIGTERM during a history audit', () => {
  let repo: string;
  beforeAll(() => {
    repo = tempDir();
    generateRepo(repo, { commits: 1000, seed: 11, files: 80 });
  }, 300_000);

  // Each run waits until leakguard has started a git process (its handlers are installed by
  // then), then signals it after a varied delay: before, during and near the end of the scan.
  // Half the runs signal the whole process group, as a terminal's Ctrl-C does (git gets the
  // signal too); half write the report with -o.
  it.each(['SIGINT', 'SIGTERM'] as const)('%s, ten times at varied delays: a report with an interrupted error, no crash, no git left behind', async (sig) => {
    const outcomes: string[] = [];
    for (let i = 0; i < 10; i++) {
      const toFile = i % 2 === 1;
      const out = join(tempDir(), 'report.json');
      const args = [BIN, 'history', '--format', 'json', '--jobs', '2', ...(toFile ? ['-o', out] : [])];
      const child = spawn(process.execPath, args, { cwd: repo, env: testEnv(repo), detached: true });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const seenGit: number[] = [];
      for (let t = 0; t < 2000 && seenGit.length === 0; t++) {
        seenGit.push(...childrenOf(child.pid!).filter((p) => cmdline(p).startsWith('git ')));
        if (!seenGit.length) await sleep(5);
      }
      await sleep((i * 97) % 700);
      const group = i % 4 < 2;
      try {
        process.kill(group ? -child.pid! : child.pid!, sig);
      } catch {
        // already finished
      }
      const { code, signal } = await exit;
      clearTimeout(killer);
      const text = toFile ? (existsSync(out) ? readFileSync(out, 'utf8') : '') : stdout;
      let report: { findings: unknown[]; errors: Array<{ message: string }> } | undefined;
      try {
        report = JSON.parse(text) as typeof report;
      } catch {
        report = undefined;
      }
      const messages = report?.errors.map((e) => e.message) ?? [];
      const interrupted = messages.some((m) => m.startsWith('interrupted: '));
      outcomes.push(`run ${i}: exit ${code} ${signal ?? ''} report ${report ? 'yes' : 'no'} interrupted ${interrupted} stderr ${JSON.stringify(stderr.slice(0, 200))}`);
      expect(signal, outcomes.join('\n')).toBeNull();
      expect(report, outcomes.join('\n')).toBeDefined();
      expect(stderr, outcomes.join('\n')).not.toMatch(/internal error|\n\s+at |node:internal/);
      if (interrupted) {
        expect(messages).toContain(`interrupted: the report holds what was found before ${sig === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'}`);
        expect(code).toBe(report!.findings.length ? 1 : 2);
      } else {
        // the scan had ended before the signal: a complete report
        expect([0, 1]).toContain(code);
      }
      // no git process of this run is left
      for (const p of seenGit) expect(existsSync(`/proc/${p}`) && !readFileSync(`/proc/${p}/stat`, 'utf8').includes(') Z '), `git ${p} left running`).toBe(false);
    }
    // most runs are interrupted mid-way (the scan takes longer than the longest delay)
    expect(outcomes.filter((o) => o.includes('interrupted true')).length, outcomes.join('\n')).toBeGreaterThanOrEqual(5);
  }, 300_000);
});

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}


describe('bad input is refused with exit 2 and one line naming the flag or file', () => {
  function oneLine(r: { code: number | null; stderr: string }, pattern: RegExp): void {
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  }

  it.each([
    [['--since', 'garbage'], /^leakguard: --since: "garbage" is not a date/],
    [['--until', 'garbage'], /^leakguard: --until: "garbage" is not a date/],
    [['--since=not a date at all'], /^leakguard: --since: "not a date at all" is not a date/],
    [['--since', ''], /^leakguard: --since: "" is not a date/],
    [['--max-commits', 'many'], /^leakguard: --max-commits: /],
    [['--jobs', 'lots'], /^leakguard: --jobs: /],
    [['--fail-on', 'severe'], /^leakguard: --fail-on: "severe" is not a severity/],
    [['--exit-code', 'x'], /^leakguard: --exit-code: /],
    [['--format', 'nope'], /^leakguard: --format: nope: unknown format/],
    [['--baseline', 'missing.json'], /^leakguard: --baseline: missing.json: no such file/],
    [['--config', 'missing.yaml'], /^leakguard: --config: missing.yaml: no such file/],
    [['--report', 'sarif'], /^leakguard: --report: "sarif" must be FORMAT=FILE/],
  ])('history %j', (args, pattern) => {
    const repo = makeRepo();
    repo.write('a.txt', 'hello\n');
    repo.commit('first');
    oneLine(runLimited(['history', ...args], repo.dir, { env: repo.env }), pattern);
  });

  it('dates git reads are accepted, and --since selects by date', () => {
    const repo = makeRepo();
    repo.write('old.txt', `key = "${fakeKeyId()}"\n`);
    repo.commit('old', '2020-01-01T00:00:00Z');
    repo.write('new.txt', `key = "${fakeKeyId()}"\n`);
    repo.commit('new', '2024-06-01T00:00:00Z');
    for (const since of ['2023-01-01', '2023-01-01T00:00:00Z', '@1672531200', 'Jan 1 2023']) {
      const r = runLimited(['history', '--since', since, '--format', 'json'], repo.dir, { env: repo.env });
      expect(r.code, `${since}: ${r.stderr}`).toBe(1);
      const report = JSON.parse(r.stdout) as { findings: Array<{ file: string }> };
      expect(report.findings.map((f) => f.file)).toEqual(['new.txt']);
    }
    expect(runLimited(['history', '--since', '3 days ago', '--format', 'json'], repo.dir, { env: repo.env }).code).toBe(0);
  });

  it('--redact 50 means --redact=50 (not a path named 50), and a bad percentage names the flag', () => {
    const dir = tempDir();
    const key = fakeKeyId();
    writeFileSync(join(dir, 'a.txt'), `key = "${key}"\n`);
    // a key ID is an identifier, shown whole unless --redact-ids: hidden here, so the percentage shows
    const spaced = runLimited(['scan', 'a.txt', '--redact-ids', '--redact', '50', '--format', 'json'], dir);
    const joined = runLimited(['scan', 'a.txt', '--redact-ids', '--redact=50', '--format', 'json'], dir);
    expect(spaced.code).toBe(1);
    expect(spaced.stdout).toBe(joined.stdout.replace(/"ms": \d+/, spaced.stdout.match(/"ms": \d+/)![0]).replace(/"startedAt": "[^"]*"/, spaced.stdout.match(/"startedAt": "[^"]*"/)?.[0] ?? ''));
    const secret = (JSON.parse(spaced.stdout) as { findings: Array<{ secret: string }> }).findings[0]!.secret;
    expect(secret).toBe(key.slice(0, 10) + '*'.repeat(10));
    oneLine(runLimited(['scan', 'a.txt', '--redact', '150'], dir), /^leakguard: --redact: "150" is not a percentage/);
  });

  it.each([
    ['a folder', (p: string) => mkdirSync(p), /^leakguard: \.leakguardrc\.yaml: is a directory, not a config file/],
    ['a named pipe', (p: string) => execFileSync('mkfifo', [p]), /^leakguard: \.leakguardrc\.yaml: is a special file, not a config file/],
  ])('an auto-found config path that is %s', (_what, make, pattern) => {
    const repo = makeRepo();
    repo.write('a.txt', 'hello\n');
    make(join(repo.dir, '.leakguardrc.yaml'));
    oneLine(runLimited(['scan', 'a.txt'], repo.dir, { env: repo.env }), pattern);
    // found from a subfolder too
    repo.write('sub/b.txt', 'hello\n');
    oneLine(runLimited(['scan', 'b.txt'], join(repo.dir, 'sub'), { env: repo.env }), /is a (directory|special file), not a config file/);
  });

  it('--config naming a folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cfg'));
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    oneLine(runLimited(['scan', 'a.txt', '--config', 'cfg'], dir), /^leakguard: --config: cfg: not a file/);
  });

  it('a file that cannot be scanned is said on stderr with a JSON report and with -o, not only in the report', () => {
    const dir = tempDir();
    const json = runLimited(['scan', 'missing.txt', '--format', 'json'], dir);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/^leakguard: error: missing\.txt: no such file/m);
    const toFile = runLimited(['scan', 'missing.txt', '-o', 'r.txt'], dir);
    expect(toFile.code).toBe(2);
    expect(toFile.stderr).toMatch(/^leakguard: error: missing\.txt: no such file/m);
  });
});
