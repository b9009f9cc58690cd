// `leakguard staged`: exactly what `git commit` would record, on real repositories.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeyId, fakeSecret, makeRepo, run, runJson } from '../helpers.js';

const staged = (dir: string, env: NodeJS.ProcessEnv, ...args: string[]) => runJson(['staged', ...args], { cwd: dir, env });

describe('leakguard staged', () => {
  it('reports a key added in the first commit (no HEAD yet), with its line in the staged file', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('config/app.ini', `[aws]\nregion = eu-west-1\n\n\n\n\naws_access_key_id = ${id}\n`);
    repo.git('add', '-A');
    const { code, report } = staged(repo.dir, repo.env);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['aws-access-key-id', 'config/app.ini', 7, 21]]);
    expect(report.findings[0]!.commit).toBeUndefined();
  });

  it('ignores a key that is only in the work tree', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'clean\n');
    repo.commit('init');
    repo.write('a.txt', `clean\nkey = ${fakeKeyId()}\n`);
    expect(staged(repo.dir, repo.env).code).toBe(0);
  });

  it('reports the staged content even when the work tree was edited afterwards, and not the other way round', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'clean\n');
    repo.commit('init');
    const id = fakeKeyId();
    repo.write('a.txt', `clean\nkey = ${id}\n`);
    repo.git('add', 'a.txt');
    repo.write('a.txt', 'clean\n');
    const { code, report } = staged(repo.dir, repo.env);
    expect(code).toBe(1);
    expect(report.findings[0]!.line).toBe(2);

    const other = makeRepo();
    other.write('b.txt', 'clean\n');
    other.commit('init');
    other.write('b.txt', 'clean\nstill clean\n');
    other.git('add', 'b.txt');
    other.write('b.txt', `clean\nstill clean\nkey = ${fakeKeyId()}\n`);
    expect(staged(other.dir, other.env).code).toBe(0);
  });

  it('reports only the staged hunk of a partially staged file (git add -p)', () => {
    const repo = makeRepo();
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    repo.write('p.txt', lines.join('\n') + '\n');
    repo.commit('init');
    const [a, b] = [fakeKeyId(), fakeKeyId()];
    const edited = [...lines];
    edited[2] = `first = ${a}`;
    edited[25] = `second = ${b}`;
    repo.write('p.txt', edited.join('\n') + '\n');
    // stage the first hunk only, answering git add -p's prompts
    execFileSync('git', ['add', '-p', 'p.txt'], { cwd: repo.dir, env: repo.env, input: 'y\nn\n', stdio: ['pipe', 'ignore', 'ignore'] });
    const { code, report } = staged(repo.dir, repo.env, '--no-redact');
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.secret, f.line])).toEqual([[a, 3]]);
  });

  it('does not report deleted lines, untouched files, or a pure rename', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('old/keys.txt', `key = ${id}\nother\n`);
    repo.write('untouched.txt', `key = ${fakeKeyId()}\n`);
    repo.commit('init');
    repo.git('mv', 'old/keys.txt', 'new-keys.txt');
    expect(staged(repo.dir, repo.env).code).toBe(0);
    repo.commit('rename');
    repo.write('new-keys.txt', 'other\n');
    repo.git('add', '-A');
    expect(staged(repo.dir, repo.env).code).toBe(0);
  });

  it('reports non-ASCII and space-containing paths exactly', () => {
    const repo = makeRepo();
    repo.write('données/clé ü.env', `AWS_ACCESS_KEY_ID=${fakeKeyId()}\n`);
    repo.write('tab\tand "quote".txt', `k=${fakeKeyId()}\n`);
    repo.git('add', '-A');
    const { report } = staged(repo.dir, repo.env);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['données/clé ü.env', 'tab\tand "quote".txt']);
  });

  it('skips binary files, with a note under --verbose', () => {
    const repo = makeRepo();
    repo.write('blob.bin', Buffer.concat([Buffer.from(`key=${fakeKeyId()}\n`), Buffer.from([0, 1, 2, 0])]));
    repo.git('add', '-A');
    const r = run(['staged', '--verbose'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: blob.bin: binary file skipped');
  });

  it('pairs the secret access key with its key ID, and works from a subfolder', () => {
    const repo = makeRepo();
    const [id, secret] = [fakeKeyId(), fakeSecret()];
    repo.write('deploy/creds.csv', `User name,Password,Access key ID,Secret access key\nci,,${id},${secret}\n`);
    repo.git('add', '-A');
    const { code, report } = staged(join(repo.dir, 'deploy'), repo.env, '--no-redact');
    expect(code).toBe(1);
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0]!;
    expect([f.file, f.secret, f.severity]).toEqual(['deploy/creds.csv', id, 'critical']);
    expect(f.related?.map((r) => [r.ruleId, r.secret, r.line])).toEqual([['aws-secret-access-key-nearby', secret, 2]]);
  });

  it('fails with exit code 2 and one line outside a git repository', () => {
    const repo = makeRepo({ init: false });
    const r = run(['staged'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`leakguard: not a git repository: ${repo.dir}\n`);
  });

  it('reports a malformed config as exit code 2 in one line, without a stack trace', () => {
    const repo = makeRepo();
    repo.write('.leakguardrc.json', '{ "rules": [ }');
    const r = run(['staged'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^leakguard: \.leakguardrc\.json: /);
  });
});
