// `leakguard scan`: files and folders, stdin, skips, per-file errors, output formats.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeyId, fakeSecret, makeRepo, run, runJson, tempDir, testEnv } from '../helpers.js';

describe('leakguard scan', () => {
  it('in a git work tree scans tracked and untracked files but not ignored ones (unless named)', () => {
    const repo = makeRepo();
    const [tracked, untracked, ignored] = [fakeKeyId(), fakeKeyId(), fakeKeyId()];
    repo.write('.gitignore', 'secret.env\n');
    repo.write('tracked.txt', `k=${tracked}\n`);
    repo.commit('init');
    repo.write('new.txt', `k=${untracked}\n`);
    repo.write('secret.env', `k=${ignored}\n`);
    const all = runJson(['scan', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(all.code).toBe(1);
    expect(all.report.findings.map((f) => [f.file, f.secret])).toEqual([
      ['new.txt', untracked],
      ['tracked.txt', tracked],
    ]);
    const named = runJson(['scan', '--no-redact', 'secret.env'], { cwd: repo.dir, env: repo.env });
    expect(named.report.findings.map((f) => f.secret)).toEqual([ignored]);
  });

  it('walks folders outside git, skipping binaries, large files and symlinks out of the root, with notes', () => {
    const dir = tempDir();
    const outside = tempDir();
    const id = fakeKeyId();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'ok.txt'), `k=${id}\n`);
    writeFileSync(join(dir, 'bin.dat'), Buffer.concat([Buffer.from(`k=${fakeKeyId()}`), Buffer.from([0])]));
    writeFileSync(join(dir, 'big.txt'), `k=${fakeKeyId()}\n` + 'x'.repeat(3000));
    writeFileSync(join(outside, 'elsewhere.txt'), `k=${fakeKeyId()}\n`);
    symlinkSync(join(outside, 'elsewhere.txt'), join(dir, 'link.txt'));
    writeFileSync(join(dir, '.leakguardrc.yaml'), 'maxFileSize: 2KB\n');
    const r = run(['scan', '--no-redact', '--verbose', '--format', 'json'], { cwd: dir, env: testEnv(dir) });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ file: string; secret: string }> };
    expect(report.findings.map((f) => [f.file, f.secret])).toEqual([['sub/ok.txt', id]]);
    expect(r.stderr).toContain('note: bin.dat: binary file skipped');
    expect(r.stderr).toContain('note: big.txt: skipped: 3.0 KB is over the size limit of 2.0 KB (maxFileSize)');
    expect(r.stderr).toContain('note: link.txt: symlink not followed');
    const explicit = run(['scan', 'link.txt', '--verbose'], { cwd: dir, env: testEnv(dir) });
    expect(explicit.code).toBe(0);
    expect(explicit.stderr).toContain('note: link.txt: symlink not followed: it points outside the scanned root');
  });

  it('keeps the findings of readable files when another file cannot be read (exit 1), and exits 2 on errors alone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), `k=${fakeKeyId()}\n`);
    writeFileSync(join(dir, 'locked.txt'), 'x');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const env = testEnv(dir);
    const both = runJson(['scan', 'good.txt', 'locked.txt', 'missing.txt'], { cwd: dir, env });
    expect(both.code).toBe(1);
    expect(both.report.findings.map((f) => f.file)).toEqual(['good.txt']);
    const expected = [{ file: 'missing.txt', message: 'no such file or directory' }];
    // root can read anything: only expect the permission error where it applies
    if (process.getuid?.() !== 0) expected.unshift({ file: 'locked.txt', message: 'permission denied' });
    expect(both.report.errors).toEqual(expected);
    const only = run(['scan', 'missing.txt'], { cwd: dir, env });
    expect(only.code).toBe(2);
    expect(only.stdout).toContain('error: missing.txt: no such file or directory');
  });

  it('reads standard input with -', () => {
    const dir = tempDir();
    const [id, secret] = [fakeKeyId(), fakeSecret()];
    const r = runJson(['scan', '-', '--no-redact'], { cwd: dir, env: testEnv(dir), input: `one\ntwo\naws_access_key_id=${id}\naws_secret_access_key=${secret}\n` });
    expect(r.code).toBe(1);
    expect(r.report.findings.map((f) => [f.file, f.line, f.secret, f.related?.[0]?.secret])).toEqual([['-', 3, id, secret]]);
  });

  it('prints the JSON contract, redacted by default', () => {
    const dir = tempDir();
    const id = fakeKeyId();
    writeFileSync(join(dir, 'a.cfg'), `x\n  key: ${id}\n`);
    const { report } = runJson(['scan'], { cwd: dir, env: testEnv(dir) });
    expect(Object.keys(report)).toEqual(['version', 'findings', 'errors', 'stats']);
    expect(report.version).toBe(1);
    expect(Object.keys(report.stats).sort()).toEqual(['bytes', 'commits', 'files', 'ms']);
    const f = report.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'aws-access-key-id', severity: 'high', file: 'a.cfg', line: 2, column: 8, endLine: 2, endColumn: 27 });
    // an access key ID is an identifier: shown whole (issue 17); --redact-ids hides it
    expect(f.secret).toBe(id);
    expect(f.match).toBe(id);
    const hidden = runJson(['scan', '--redact-ids'], { cwd: dir, env: testEnv(dir) }).report.findings[0]!;
    expect([hidden.secret, hidden.match]).toEqual([`AKIA…${id.slice(-4)}`, `AKIA…${id.slice(-4)}`]);
    expect(f.fingerprint).toBe(`aws-access-key-id:${f.secretHash}`);
  });

  it('writes the report to --output and a summary line to stderr; never prints the secret in text mode', () => {
    const dir = tempDir();
    const id = fakeKeyId();
    const key = fakeSecret();
    writeFileSync(join(dir, 'a.txt'), `k=${id}\naws_secret_access_key=${key}\n`);
    const r = run(['scan', 'a.txt', '--output', 'report.json', '--format', 'json'], { cwd: dir, env: testEnv(dir) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^leakguard: 1 secret found \(1 critical\) in files · 1 file, .* \(report: report\.json\)\n$/);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).findings).toHaveLength(1);
    const text = run(['scan', 'a.txt'], { cwd: dir, env: testEnv(dir) });
    expect(text.stdout).toContain('a.txt:1:3  critical  aws-access-key-id');
    expect(text.stdout).toContain(`secret   ${id}\n`);
    expect(text.stdout).not.toContain(key.slice(0, 8));
    expect(text.stdout).not.toContain('\u001b[');
    expect(run(['scan', 'a.txt', '--color'], { cwd: dir, env: testEnv(dir) }).stdout).toContain('\u001b[');
  });

  it('is quiet with --quiet when nothing is found', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'nothing\n');
    expect(run(['scan', '--quiet'], { cwd: dir, env: testEnv(dir) })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('hostile file names', () => {
  it('never lets a file name drive the terminal: control characters are shown escaped', () => {
    const dir = tempDir();
    const name = 'evil\u001b]0;pwned\u0007\nname.txt';
    writeFileSync(join(dir, name), `k=${fakeKeyId()}\n`);
    const r = run(['scan', '.'], { cwd: dir, env: testEnv(dir) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('evil\\x1b]0;pwned\\x07\\nname.txt:1:3');
    expect(r.stdout).not.toContain('\u001b]');
  });
});

describe('non-UTF-8 file names', () => {
  it('reads a file whose name is not valid UTF-8, in a folder walk and in a git work tree', () => {
    const id = fakeKeyId();
    for (const git of [false, true]) {
      const dir = tempDir();
      const name = Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]);
      writeFileSync(name, `k=${id}\n`);
      if (git) execFileSync('git', ['init', '-q'], { cwd: dir });
      const r = runJson(['scan', '--no-redact'], { cwd: dir, env: testEnv(dir) });
      expect(r.report.errors).toEqual([]);
      expect(r.report.findings.map((f) => [f.file, f.secret])).toEqual([['caf\ufffd.txt', id]]);
    }
  });
});
