// `leakguard install` / `uninstall` and the hooks doing their job in real git commands.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeyId, makeRepo, run, type Repo } from '../helpers.js';

const lg = (repo: Repo, ...args: string[]) => run(args, { cwd: repo.dir, env: repo.env });
/** `git <args>` that may fail: exit code and output */
const gitTry = (repo: Repo, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
};

describe('leakguard install', () => {
  it('installs a pre-commit hook that blocks a commit adding a key and lets a clean one through', () => {
    const repo = makeRepo();
    const r = lg(repo, 'install');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('leakguard: pre-commit: installed .git/hooks/pre-commit\n');
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(readFileSync(hook, 'utf8')).not.toContain('npx');
    repo.write('ok.txt', 'fine\n');
    repo.git('add', '-A');
    expect(gitTry(repo, 'commit', '-m', 'clean').code).toBe(0);
    repo.write('leak.txt', `k=${fakeKeyId()}\n`);
    repo.git('add', '-A');
    const blocked = gitTry(repo, 'commit', '-m', 'leak');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('leakguard blocked this commit');
    expect(blocked.out).toContain('leak.txt:1:3');
    // git commit -a uses a temporary index: the hook must see it
    repo.git('reset', '-q');
    repo.write('ok.txt', `fine\nk=${fakeKeyId()}\n`);
    expect(gitTry(repo, 'commit', '-a', '-m', 'all').code).not.toBe(0);
  });

  it('installs into core.hooksPath', () => {
    const repo = makeRepo();
    repo.git('config', 'core.hooksPath', 'my-hooks');
    expect(lg(repo, 'install', '--hook', 'pre-commit', '--hook', 'commit-msg').code).toBe(0);
    expect(existsSync(join(repo.dir, 'my-hooks/pre-commit'))).toBe(true);
    expect(existsSync(join(repo.dir, 'my-hooks/commit-msg'))).toBe(true);
    expect(existsSync(join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);
  });

  it('adds its lines to husky hook files when the repository uses husky, and removes them on uninstall', () => {
    const repo = makeRepo();
    mkdirSync(join(repo.dir, '.husky'));
    writeFileSync(join(repo.dir, '.husky/pre-commit'), 'npm run lint\n');
    expect(lg(repo, 'install').stderr).toBe('leakguard: pre-commit: added to .husky/pre-commit (husky)\n');
    // leakguard's lines first: a failing `npm run lint` must not skip the secret check
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toMatch(/^# leakguard-hook\n[^]*staged --quiet[^]*\nnpm run lint\n$/);
    expect(lg(repo, 'install').stderr).toBe(''); // idempotent and quiet
    lg(repo, 'uninstall');
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npm run lint\n');
  });

  it('refuses to overwrite a foreign hook, chains it with --force, and restores it on uninstall', () => {
    const repo = makeRepo();
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    const foreign = '#!/bin/sh\necho foreign-hook-ran >&2\n';
    writeFileSync(hook, foreign, { mode: 0o755 });
    const refused = lg(repo, 'install');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "leakguard: .git/hooks/pre-commit: a pre-commit hook that is not leakguard's is already there; re-run with --force to keep it as pre-commit.pre-leakguard and run it before leakguard\n",
    );
    expect(readFileSync(hook, 'utf8')).toBe(foreign);
    expect(lg(repo, 'install', '--force').code).toBe(0);
    expect(readFileSync(hook + '.pre-leakguard', 'utf8')).toBe(foreign);
    repo.write('leak.txt', `k=${fakeKeyId()}\n`);
    repo.git('add', '-A');
    const blocked = gitTry(repo, 'commit', '-m', 'leak');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('foreign-hook-ran');
    expect(blocked.out).toContain('leakguard blocked this commit');
    expect(lg(repo, 'uninstall').stderr).toContain('pre-commit: removed; restored the previous hook');
    expect(readFileSync(hook, 'utf8')).toBe(foreign);
    expect(existsSync(hook + '.pre-leakguard')).toBe(false);
  });

  it('commit-msg hook blocks a message carrying a key', () => {
    const repo = makeRepo();
    lg(repo, 'install', '--hook', 'commit-msg');
    repo.write('a.txt', 'x\n');
    repo.git('add', '-A');
    const r = gitTry(repo, 'commit', '-m', `deploy with ${fakeKeyId()}`);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('commit message:1:');
    expect(gitTry(repo, 'commit', '-m', 'a clean message').code).toBe(0);
  });

  it('pre-push hook scans only the pushed commits, and a new branch only its commits not on any remote', () => {
    const remote = makeRepo({ init: false });
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote.dir], { env: remote.env });
    const repo = makeRepo();
    repo.git('remote', 'add', 'origin', remote.dir);
    const old = fakeKeyId();
    repo.write('old.txt', `k=${old}\n`);
    repo.commit('old leak, already public');
    repo.git('push', '-q', 'origin', 'main');
    expect(lg(repo, 'install', '--hook', 'pre-push').code).toBe(0);
    repo.write('clean.txt', 'clean\n');
    repo.commit('clean');
    expect(gitTry(repo, 'push', '-q', 'origin', 'main').code).toBe(0);
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('clean2.txt', 'clean\n');
    repo.commit('clean on a new branch');
    expect(gitTry(repo, 'push', '-q', 'origin', 'feature').code).toBe(0);
    const fresh = fakeKeyId();
    repo.write('new.txt', `k=${fresh}\n`);
    repo.commit('new leak');
    const blocked = gitTry(repo, 'push', 'origin', 'feature');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('new.txt:1:3');
    expect(blocked.out).not.toContain('old.txt');
  });

  it('fails outside a git repository with exit code 2', () => {
    const repo = makeRepo({ init: false });
    const r = lg(repo, 'install');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leakguard: not a git repository/);
  });
});

describe('leakguard message', () => {
  it('reports a key in a message file with its line, comment lines included (git may keep them), not the verbose diff', () => {
    const repo = makeRepo();
    const [id, inComment, inDiff] = [fakeKeyId(), fakeKeyId(), fakeKeyId()];
    repo.write('MSG', `Subject\n\nuses ${id}\n# ${inComment}\n# ------------------------ >8 ------------------------\ndiff --git a/k b/k\n+k=${inDiff}\n`);
    const r = run(['message', 'MSG', '--format', 'json', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ file: string | null; line: number; secret: string }> };
    expect(report.findings.map((f) => [f.file, f.line, f.secret])).toEqual([
      [null, 3, id],
      [null, 4, inComment],
    ]);
    const missing = run(['message', 'NOPE'], { cwd: repo.dir, env: repo.env });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('error: NOPE: ');
  });
});
