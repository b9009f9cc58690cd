// Moving from git-secrets: a repository configured with `git config --add secrets.patterns`
// (and secrets.allowed, .gitallowed) is scanned with those patterns too, bad patterns are
// errors naming them, and `leakguard import git-secrets` writes them into the config.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitSecretsRuleId } from '../../src/config/git-secrets.js';
import { mayHaveGitSecrets } from '../../src/config/git-secrets-read.js';
import { fakeKeyId, makeRepo, randomString, run, runJson, type Repo } from '../helpers.js';

const PATTERN = 'acme_[a-z0-9]{12}';
const lg = (repo: Repo, ...args: string[]) => run(args, { cwd: repo.dir, env: repo.env });
const json = (repo: Repo, ...args: string[]) => runJson(args, { cwd: repo.dir, env: repo.env });
const acme = () => `acme_${randomString('abcdefghijklmnopqrstuvwxyz0123456789', 12)}`;

function configured(): { repo: Repo; token: string } {
  const repo = makeRepo();
  repo.git('config', '--add', 'secrets.patterns', PATTERN);
  const token = acme();
  repo.write('app.cfg', `token = ${token}\nnot_a_word = x${acme()}\n`);
  repo.commit('cfg');
  return { repo, token };
}

describe('git-secrets configuration', () => {
  it('adds secrets.patterns to the rules (whole words, like grep -w)', () => {
    const { repo, token } = configured();
    const { code, report } = json(repo, 'scan', '--no-redact');
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.secret])).toEqual([[gitSecretsRuleId(PATTERN), 'app.cfg', 1, token]]);
  });

  it('honours secrets.allowed and .gitallowed', () => {
    const { repo, token } = configured();
    repo.git('config', '--add', 'secrets.allowed', `token = ${token}`);
    expect(lg(repo, 'scan').code).toBe(0);
    repo.git('config', '--unset-all', 'secrets.allowed');
    writeFileSync(join(repo.dir, '.gitallowed'), `# allowed\n${token.slice(0, 9)}\n`);
    expect(lg(repo, 'scan').code).toBe(0);
  });

  it('reads a global git config too, and nothing with --no-config', () => {
    const repo = makeRepo();
    const token = acme();
    repo.write('a.txt', `${token}\n`);
    repo.git('config', '--global', '--add', 'secrets.patterns', PATTERN);
    expect(lg(repo, 'scan').code).toBe(1);
    expect(lg(repo, 'scan', '--no-config').code).toBe(0);
  });

  it('leaves the register-aws patterns to the AWS rules: a key is reported once', () => {
    const repo = makeRepo();
    repo.git('config', '--add', 'secrets.patterns', '(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}');
    repo.git('config', '--add', 'secrets.providers', 'git secrets --aws-provider');
    repo.write('k.txt', `id = ${fakeKeyId()}\nuser = AIDAABCDEFGHIJKLMNOP\n`);
    const { report } = json(repo, 'scan');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['aws-access-key-id']);
  });

  it.each([
    ['(a+)+b', 'leakguard: git config secrets.patterns "(a+)+b": can backtrack exponentially (catastrophic backtracking)'],
    ['(?i)secret', 'leakguard: git config secrets.patterns "(?i)secret": cannot be translated from POSIX ERE: "(?" is Perl syntax, not POSIX ERE'],
    ['[[:nope:]]', 'leakguard: git config secrets.patterns "[[:nope:]]": cannot be translated from POSIX ERE: unknown character class "[:nope:]"'],
  ])('rejects the pattern %s with a message (exit 2)', (pattern, message) => {
    const repo = makeRepo();
    repo.git('config', '--add', 'secrets.patterns', pattern);
    const r = lg(repo, 'scan');
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('skips the git config call when no config file can hold secrets.*', () => {
    const repo = makeRepo();
    expect(mayHaveGitSecrets(repo.dir, repo.env)).toBe(false);
    repo.git('config', '--add', 'secrets.patterns', PATTERN);
    expect(mayHaveGitSecrets(repo.dir, repo.env)).toBe(true);
    const other = makeRepo();
    other.git('config', '--global', 'include.path', '/elsewhere');
    expect(mayHaveGitSecrets(other.dir, other.env)).toBe(true);
  });
});

describe('leakguard import git-secrets', () => {
  it('writes the patterns and allowed patterns into the config (kept comments), once', () => {
    const { repo, token } = configured();
    repo.git('config', '--add', 'secrets.allowed', 'acme_0{12}');
    repo.write('.leakguardrc.yaml', '# our config\nallow:\n  paths: [vendor/**] # third-party\n');
    const r = lg(repo, 'import', 'git-secrets');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('leakguard: import git-secrets: added 1 rule and 1 allowed pattern to .leakguardrc.yaml');
    const yaml = readFileSync(join(repo.dir, '.leakguardrc.yaml'), 'utf8');
    expect(yaml).toContain('# our config');
    expect(yaml).toContain('# third-party');
    expect(yaml).toContain(`id: ${gitSecretsRuleId(PATTERN)}`);
    expect(lg(repo, 'import', 'git-secrets').stderr).toContain('.leakguardrc.yaml already has everything');

    repo.git('config', '--unset-all', 'secrets.patterns');
    repo.git('config', '--unset-all', 'secrets.allowed');
    const { code, report } = json(repo, 'scan', '--no-redact');
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.secret])).toEqual([[gitSecretsRuleId(PATTERN), token]]);
  });

  it('creates .leakguardrc.yaml when there is no config, and says when there is nothing to import', () => {
    const repo = makeRepo();
    expect(lg(repo, 'import', 'git-secrets').stderr).toBe(
      'leakguard: import git-secrets: nothing to import (no secrets.patterns, secrets.allowed or secrets.providers in git config, no .gitallowed)\n',
    );
    repo.git('config', '--add', 'secrets.patterns', PATTERN);
    expect(lg(repo, 'import', 'git-secrets').code).toBe(0);
    expect(readFileSync(join(repo.dir, '.leakguardrc.yaml'), 'utf8')).toMatch(/^rules:\n {2}- id: git-secrets-[0-9a-f]{8}\n/);
    expect(lg(repo, 'rules', 'list').stdout).toContain(gitSecretsRuleId(PATTERN));
  });

  it("edits package.json's leakguard key, and refuses a JavaScript config", () => {
    const repo = makeRepo();
    repo.git('config', '--add', 'secrets.patterns', PATTERN);
    repo.write('package.json', JSON.stringify({ name: 'x', leakguard: { disabledRules: [] } }, null, 2));
    expect(lg(repo, 'import', 'git-secrets').code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('x');
    expect(pkg.leakguard.rules.map((r: { id: string }) => r.id)).toEqual([gitSecretsRuleId(PATTERN)]);
    repo.write('leakguard.config.mjs', 'export default {};\n');
    const r = lg(repo, 'import', 'git-secrets', '--config', 'leakguard.config.mjs');
    expect([r.code, r.stderr]).toEqual([2, 'leakguard: leakguard.config.mjs: a JavaScript config cannot be edited: add the rules yourself (run with --config FILE.yaml to write a YAML config instead)\n']);
  });
});
