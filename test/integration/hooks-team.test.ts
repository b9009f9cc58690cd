// Hooks in a team: `"prepare": "leakguard install"` with the real npm (idempotent, quiet,
// a no-op in CI and outside a work tree), a hook whose leakguard is gone (one line, commit
// blocked), husky with its default `npm test` (leakguard's line first; uninstall removes what
// it created), the pre-push hook's advice, and git-secrets patterns in `rules` and scans.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BIN, ROOT, fakeKeyId, fakeSecret, makeRepo, run, tempDir, writeFileSync, type Repo } from '../helpers.js';
import { npmEnv, sh, snapshotRepo } from '../install-helpers.js';

/** PATH with node, git and sh but no leakguard; `extra` folders first */
function cleanPath(...extra: string[]): string {
  return [...extra, dirname(process.execPath), '/usr/bin', '/bin'].join(':');
}

function stageKeyPair(repo: Repo, file = '.env'): string {
  const secret = fakeSecret();
  repo.write(file, `AWS_ACCESS_KEY_ID=${fakeKeyId()}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
  execFileSync('git', ['add', file], { cwd: repo.dir, env: repo.env });
  return secret;
}

function commitTry(repo: Repo, env: NodeJS.ProcessEnv, message = 'change') {
  return sh('git', ['commit', '-m', message], repo.dir, env);
}

const head = (repo: Repo) => sh('git', ['rev-parse', '--verify', '-q', 'HEAD'], repo.dir, repo.env).stdout.trim();

describe('"prepare": "leakguard install" with npm', () => {
  let tarball = '';
  beforeAll(() => {
    const snap = snapshotRepo();
    const dest = tempDir();
    const pack = sh('npm', ['pack', '--pack-destination', dest], snap.dir, npmEnv());
    expect(pack.code, pack.stderr).toBe(0);
    tarball = join(dest, pack.stdout.trim());
  }, 120_000);

  function project(repo: Repo): void {
    repo.write(
      'package.json',
      JSON.stringify({ name: 'app', version: '1.0.0', private: true, scripts: { prepare: 'leakguard install' }, devDependencies: { leakguard: `file:${tarball}` } }, null, 2),
    );
    repo.write('.gitignore', 'node_modules/\n');
  }

  it('installs the hook once, quietly; the hook blocks a key pair, and says what to run when leakguard is gone', () => {
    const repo = makeRepo();
    project(repo);
    const env = npmEnv(tempDir(), { PATH: cleanPath() });
    const first = sh('npm', ['install'], repo.dir, env);
    expect(first.code, first.stderr).toBe(0);
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    const script = readFileSync(hook, 'utf8');
    expect(script).toContain('# leakguard-hook');

    // npm install again: nothing changes, leakguard says nothing
    const again = sh('npm', ['install'], repo.dir, env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout + again.stderr).not.toMatch(/leakguard: /);
    expect(readFileSync(hook, 'utf8')).toBe(script);

    execFileSync('git', ['add', '-A'], { cwd: repo.dir, env });
    expect(commitTry(repo, env, 'set up').code).toBe(0);
    const before = head(repo);
    const secret = stageKeyPair(repo);
    const blocked = commitTry(repo, env);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('.env:1'); // (git sends a hook's output to stderr)
    expect(blocked.stdout + blocked.stderr).not.toContain(secret);
    expect(head(repo)).toBe(before);

    // a fresh clone before `npm install`, or node_modules removed: one line, commit blocked
    rmSync(join(repo.dir, 'node_modules'), { recursive: true, force: true });
    const missing = commitTry(repo, env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^leakguard: not installed here .*run `npm install`, then commit again\n$/);
    expect(missing.stderr + missing.stdout).not.toMatch(/\n\s+at |Error|node:internal/);
    expect(head(repo)).toBe(before);
  }, 240_000);

  it('is a no-op in CI and outside a git work tree', () => {
    const ci = makeRepo();
    project(ci);
    const env = npmEnv(tempDir(), { PATH: cleanPath(), CI: 'true' });
    const r = sh('npm', ['install'], ci.dir, env);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(ci.dir, 'node_modules/leakguard/bin/leakguard.js'))).toBe(true);
    expect(existsSync(join(ci.dir, '.git/hooks/pre-commit'))).toBe(false);

    const plain = makeRepo({ init: false }); // an unpacked tarball, a Docker build context
    project(plain);
    const p = sh('npm', ['install'], plain.dir, npmEnv(tempDir(), { PATH: cleanPath() }));
    expect(p.code, p.stderr).toBe(0);
    expect(p.stderr).not.toMatch(/leakguard: /);
    expect(existsSync(join(plain.dir, '.git'))).toBe(false);
  }, 240_000);
});

describe('husky', () => {
  function huskyRepo(): { repo: Repo; env: NodeJS.ProcessEnv; shim: string } {
    const repo = makeRepo();
    // husky's default hook, and a test suite that fails
    repo.write('package.json', JSON.stringify({ name: 'app', private: true, scripts: { test: 'echo TESTS-RAN; exit 1' } }));
    mkdirSync(join(repo.dir, '.husky'));
    repo.write('.husky/pre-commit', 'npm test\n');
    const shim = tempDir();
    symlinkSync(BIN, join(shim, 'leakguard'));
    const env = { ...repo.env, PATH: cleanPath(shim) };
    const husky = sh(process.execPath, [join(ROOT, 'node_modules/husky/bin.js')], repo.dir, env);
    expect(husky.code, husky.stdout + husky.stderr).toBe(0);
    expect(repo.git('config', 'core.hooksPath').trim()).toBe('.husky/_');
    return { repo, env, shim };
  }

  it("puts leakguard's line before npm test, so a failing test suite does not skip the secret check", () => {
    const { repo, env } = huskyRepo();
    const r = run(['install'], { cwd: repo.dir, env });
    expect(r.code, r.stderr).toBe(0);
    const file = readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8');
    expect(file.indexOf('staged --quiet')).toBeGreaterThan(-1);
    expect(file.indexOf('staged --quiet')).toBeLessThan(file.indexOf('npm test'));

    const secret = stageKeyPair(repo);
    const blocked = commitTry(repo, env);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('.env:1'); // (git sends a hook's output to stderr)
    expect(blocked.stdout + blocked.stderr).not.toContain(secret);
    expect(blocked.stdout + blocked.stderr).not.toContain('TESTS-RAN'); // leakguard stopped the hook first

    // a clean commit gets past leakguard to the test suite
    execFileSync('git', ['rm', '-q', '--cached', '.env'], { cwd: repo.dir, env });
    repo.write('README.md', 'hello\n');
    execFileSync('git', ['add', 'README.md'], { cwd: repo.dir, env });
    const tests = commitTry(repo, env);
    expect(tests.code).not.toBe(0);
    expect(tests.stdout + tests.stderr).toContain('TESTS-RAN');

    // leakguard missing: one line, blocked, the test suite not reached
    const missing = commitTry(repo, { ...env, PATH: cleanPath() });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/leakguard: not installed here .*run `npm install`, then commit again/);
    expect(missing.stdout + missing.stderr).not.toContain('TESTS-RAN');

    expect(run(['uninstall'], { cwd: repo.dir, env }).code).toBe(0);
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npm test\n');
  });

  it('uninstall removes the husky files install created', () => {
    const { repo, env } = huskyRepo();
    expect(run(['install', '--hook', 'pre-push', '--hook', 'commit-msg'], { cwd: repo.dir, env }).stderr).toContain('created .husky/pre-push');
    expect(existsSync(join(repo.dir, '.husky/pre-push'))).toBe(true);
    const un = run(['uninstall'], { cwd: repo.dir, env });
    expect(un.code).toBe(0);
    expect(existsSync(join(repo.dir, '.husky/pre-push'))).toBe(false);
    expect(existsSync(join(repo.dir, '.husky/commit-msg'))).toBe(false);
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npm test\n');
  });
});

describe('the pre-push hook', () => {
  it('says the push was blocked, how to fix the commits not pushed yet, and when to rotate', () => {
    const repo = makeRepo();
    const remote = tempDir();
    execFileSync('git', ['init', '-q', '--bare', remote], { env: repo.env });
    repo.git('remote', 'add', 'origin', remote);
    repo.write('README.md', 'hello\n');
    repo.commit('first');
    repo.git('push', '-q', 'origin', 'main');
    expect(run(['install', '--hook', 'pre-push'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    stageKeyPair(repo);
    repo.commit('settings'); // makeRepo's commit runs no pre-commit hook here: none installed
    const push = sh('git', ['push', 'origin', 'main'], repo.dir, repo.env);
    expect(push.code).not.toBe(0);
    const out = push.stdout + push.stderr;
    expect(out).toContain('leakguard blocked this push');
    expect(out).toContain('git commit --amend');
    expect(out).toContain('git rebase -i');
    expect(out).toContain('git reset --soft');
    expect(out).toMatch(/already left this machine[^\n]*revoked/);
    // not the history audit's advice, which assumes the key is out
    expect(out).not.toContain('stays reachable after it is deleted');
  });
});

describe('git-secrets patterns', () => {
  function gsRepo(): Repo {
    const repo = makeRepo();
    repo.git('config', '--add', 'secrets.patterns', 'mycorp_[a-z0-9]{16}');
    repo.git('config', '--add', 'secrets.allowed', 'mycorp_0{16}');
    return repo;
  }

  it('appear in rules list and rules test', () => {
    const repo = gsRepo();
    const list = run(['rules', 'list'], { cwd: repo.dir, env: repo.env });
    expect(list.stdout).toMatch(/^git-secrets-[0-9a-f]{8} +high +git-secrets pattern mycorp_\[a-z0-9\]\{16\}$/m);
    const test = run(['rules', 'test', 'token = mycorp_abcdef0123456789'], { cwd: repo.dir, env: repo.env });
    expect(test.code).toBe(1);
    expect(test.stdout).toMatch(/git-secrets-[0-9a-f]{8} .*\n\s+KEPT/);
    expect(run(['rules', 'list', '--no-config'], { cwd: repo.dir, env: repo.env }).stdout).not.toContain('git-secrets-');
  });

  it('a match is reported (no placeholder guess), or listed by --explain-suppressed with the reason', () => {
    const repo = gsRepo();
    // a value leakguard's own rules would take for a placeholder (short ascending runs)
    repo.write('a.txt', 'token = mycorp_abcdef0123456789\n');
    const a = run(['scan', 'a.txt', '--format', 'json'], { cwd: repo.dir, env: repo.env });
    expect(a.code).toBe(1);
    expect((JSON.parse(a.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId)).toEqual([expect.stringMatching(/^git-secrets-/)]);

    repo.write('b.txt', 'token = mycorp_0000000000000000\n');
    expect(run(['scan', 'b.txt'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    const explained = run(['scan', 'b.txt', '--explain-suppressed'], { cwd: repo.dir, env: repo.env });
    expect(explained.stdout).toMatch(/b\.txt:1:9 +git-secrets-[0-9a-f]{8} [^\n]*\n\s+allowlist: \/mycorp_0\{16\}\/ matches the line/);
  });
});
