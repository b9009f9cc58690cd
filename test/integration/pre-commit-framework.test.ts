// The pre-commit framework (https://pre-commit.com) with the real client (Debian's 3.0.4
// here; .ci/run installs it): this repository's .pre-commit-hooks.yaml, installed from a
// clone of this worktree, refuses a commit that adds a key pair, a commit message holding
// one, and a push of a commit that adds one, and `run --all-files` scans the files it is
// given (a committed .env included). HOME and PRE_COMMIT_HOME are temp folders; nothing is
// downloaded (language: script runs the committed bundle).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { ROOT, fakeKeyId, fakeSecret, makeRepo, run, tempDir } from '../helpers.js';
import { sh, snapshotRepo } from '../install-helpers.js';

describe('pre-commit framework', () => {
  it("the files hook's entry takes file names after -- (a name may start with '-'), and a missing one is an error", () => {
    const repo = makeRepo();
    repo.write('-prod.env', `AWS_ACCESS_KEY_ID=${fakeKeyId()}\nAWS_SECRET_ACCESS_KEY=${fakeSecret()}\n`);
    repo.write('ok.txt', 'hello\n');
    const found = run(['scan', '--quiet', '--format', 'json', '--', '-prod.env', 'ok.txt'], { cwd: repo.dir, env: repo.env });
    expect(found.code).toBe(1);
    expect((JSON.parse(found.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file)).toContain('-prod.env');
    const missing = run(['scan', '--quiet', '--', 'gone.txt'], { cwd: repo.dir, env: repo.env });
    expect(missing.code).toBe(2);
    expect(missing.stdout + missing.stderr).toContain('gone.txt');
  });

  it('validates the manifest', () => {
    const r = sh('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], ROOT, process.env);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('installs the hooks from a clone and blocks commits, commit messages and pushes that add a key pair', () => {
    const hookRepo = snapshotRepo();
    const app = makeRepo();
    const home = tempDir();
    const env: NodeJS.ProcessEnv = {
      ...app.env,
      HOME: home,
      PRE_COMMIT_HOME: join(home, 'pre-commit'),
      PRE_COMMIT_COLOR: 'never',
      // the hooks run `node` from PATH (bin/leakguard.js's #!/usr/bin/env node)
      PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
    };
    const git = (...a: string[]) => sh('git', a, app.dir, env);
    const remote = tempDir();
    execFileSync('git', ['init', '-q', '--bare', remote], { env });
    git('remote', 'add', 'origin', remote);
    app.write(
      '.pre-commit-config.yaml',
      [
        'default_install_hook_types: [pre-commit, commit-msg, pre-push]',
        'repos:',
        `  - repo: ${hookRepo.dir}`,
        `    rev: ${hookRepo.sha}`,
        '    hooks:',
        '      - id: leakguard',
        '      - id: leakguard-commit-msg',
        '      - id: leakguard-pre-push',
        '',
      ].join('\n'),
    );
    const install = sh('pre-commit', ['install', '--install-hooks'], app.dir, env);
    expect(install.code, install.stdout + install.stderr).toBe(0);
    expect(install.stdout).toContain('.git/hooks/pre-push');

    app.write('README.md', 'hello\n');
    git('add', '-A');
    const first = git('commit', '-m', 'first');
    expect(first.code, first.stdout + first.stderr).toBe(0);
    // the first push: none of the branch is on the remote, the whole branch is scanned
    const push1 = git('push', '-q', 'origin', 'main');
    expect(push1.code, push1.stdout + push1.stderr).toBe(0);
    const pushed = git('rev-parse', 'HEAD').stdout.trim();

    const keyId = fakeKeyId();
    const secret = fakeSecret();
    app.write('.env', `AWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
    git('add', '.env');
    const refused = git('commit', '-m', 'add settings');
    expect(refused.code).not.toBe(0);
    const out = refused.stdout + refused.stderr;
    expect(out).toMatch(/leakguard \(secrets in the files\)\.+Failed/);
    expect(out).toContain('.env:1');
    expect(out).toContain('aws-access-key-id');
    expect(out).not.toContain(secret);
    expect(git('rev-parse', 'HEAD').stdout.trim()).toBe(pushed);

    // the message hook: a key pair in the message of a clean commit
    git('reset', '-q', '.env');
    const msg = git('commit', '--allow-empty', '-m', `deploy\n\naws_access_key_id = ${fakeKeyId()}\naws_secret_access_key = ${fakeSecret()}`);
    expect(msg.code).not.toBe(0);
    expect(msg.stdout + msg.stderr).toMatch(/leakguard \(commit message\)\.+Failed/);
    expect(git('rev-parse', 'HEAD').stdout.trim()).toBe(pushed);

    // committed without the hooks: --all-files scans the files pre-commit gives it
    git('add', '.env');
    expect(git('commit', '-q', '--no-verify', '-m', 'add settings').code).toBe(0);
    const all = sh('pre-commit', ['run', '--all-files'], app.dir, env);
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/leakguard \(secrets in the files\)\.+Failed/);
    expect(all.stdout).toContain('.env:1');
    expect(all.stdout).not.toContain(secret);

    // and the push of that commit is refused: the remote keeps the clean commit
    const push2 = git('push', 'origin', 'main');
    expect(push2.code).not.toBe(0);
    expect(push2.stdout + push2.stderr).toMatch(/leakguard \(pushed commits\)\.+Failed/);
    expect(push2.stdout + push2.stderr).toContain('.env');
    expect(execFileSync('git', ['rev-parse', 'main'], { cwd: remote, env, encoding: 'utf8' }).trim()).toBe(pushed);

    // once the secret is gone from the files, --all-files passes
    app.write('.env', 'AWS_PROFILE=dev\n');
    git('add', '.env');
    const clean = sh('pre-commit', ['run', '--all-files'], app.dir, env);
    expect(clean.code, clean.stdout).toBe(0);
    expect(clean.stdout).toMatch(/leakguard \(secrets in the files\)\.+Passed/);
  }, 240_000);
});
