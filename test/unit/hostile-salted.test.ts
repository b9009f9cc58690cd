// Issue 11: entries of the committed files (.leakguardignore, the baseline) must be useless
// for finding a low-entropy secret again. They hold scrypt(salt, report hash) under a
// random per-file salt (findings/salted.ts); old plain entries still match.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saltedFingerprint, newSalt } from '../../src/findings/salted.js';
import { ignoreFileSalt } from '../../src/findings/ignore-file.js';
import { baselineSalt, parseBaseline } from '../../src/findings/baseline.js';
import { join, makeRepo, run, runJson } from '../helpers.js';

const sha16 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

describe('salted fingerprints', () => {
  it('depend on the salt, keep the fingerprint shape, and differ from the report hash', async () => {
    const a = newSalt();
    const b = newSalt();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    const rule = 'password-assignment';
    const fp = [rule, sha16('hunter2')].join(':');
    const sa = await saltedFingerprint(fp, a);
    expect(sa.startsWith(`${rule}:`)).toBe(true);
    expect(sa.slice(rule.length + 1)).toMatch(/^[0-9a-f]{16}$/);
    expect(sa).not.toBe(fp);
    expect(await saltedFingerprint(fp, a)).toBe(sa);
    expect(await saltedFingerprint(fp, b)).not.toBe(sa);
  });

  it('a malformed salt line is an error naming the file', () => {
    expect(() => ignoreFileSalt('# leakguard-salt: xyz\n', '.leakguardignore')).toThrow('.leakguardignore: the leakguard-salt line must hold 32 hex digits');
    expect(ignoreFileSalt('# nothing\n', '.leakguardignore')).toBeUndefined();
    expect(() => parseBaseline('{"leakguard":"baseline","version":2}\n', 'b.jsonl')).toThrow('b.jsonl:1: "salt" must be 32 hex digits');
  });
});

describe('ignore and baseline files hold no brute-forceable hash', () => {
  // a weak password: its report fingerprint is a truncated SHA-256, found again from a word list in seconds
  const weak = `Summer${2000 + Math.floor(Math.random() * 30)}!x`;

  function repoWithPassword() {
    const repo = makeRepo();
    repo.write('app.env', `password = "${weak}"\n`);
    repo.commit('add config');
    const first = runJson(['scan', 'app.env'], { cwd: repo.dir, env: repo.env });
    expect(first.code).toBe(1);
    const fp = first.report.findings[0]!.fingerprint;
    expect(fp).toBe(`${first.report.findings[0]!.ruleId}:${sha16(weak)}`);
    return { repo, fp };
  }

  it('leakguard ignore writes a salted entry that suppresses the finding; the report hash is not in the file', () => {
    const { repo, fp } = repoWithPassword();
    expect(run(['ignore', fp, '--reason', 'test password'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    const text = readFileSync(join(repo.dir, '.leakguardignore'), 'utf8');
    const salt = ignoreFileSalt(text, '.leakguardignore');
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(text).not.toContain(fp.split(':')[1]);
    expect(text).not.toContain(weak);
    const after = runJson(['scan', 'app.env'], { cwd: repo.dir, env: repo.env });
    expect(after.code).toBe(0);
    expect(after.report.findings).toEqual([]);
    // adding it again is recognised
    expect(run(['ignore', fp], { cwd: repo.dir, env: repo.env }).stderr).toContain('is already there');
    expect(readFileSync(join(repo.dir, '.leakguardignore'), 'utf8')).toBe(text);
  });

  it('the same secret in two repositories gets two different entries (per-repository salt)', () => {
    const one = repoWithPassword();
    const two = repoWithPassword();
    run(['ignore', one.fp], { cwd: one.repo.dir, env: one.repo.env });
    run(['ignore', two.fp], { cwd: two.repo.dir, env: two.repo.env });
    const entry = (dir: string) => readFileSync(join(dir, '.leakguardignore'), 'utf8').split('\n').find((l) => l.startsWith('password'))!;
    expect(one.fp).toBe(two.fp);
    expect(entry(one.repo.dir)).not.toBe(entry(two.repo.dir));
  });

  it('an old plain entry (a fingerprint copied from a report) still suppresses, in a file with or without a salt', () => {
    const { repo, fp } = repoWithPassword();
    repo.write('.leakguardignore', `${fp}  # old style\n`);
    expect(runJson(['scan', 'app.env'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    repo.write('.leakguardignore', `# leakguard-salt: ${newSalt()}\n${fp}  # old style\n`);
    expect(runJson(['scan', 'app.env'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
  });

  it('leakguard baseline writes version 2 with a salt, keeps the salt when rewritten, and reads version 1', () => {
    const { repo, fp } = repoWithPassword();
    expect(run(['baseline'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    const path = join(repo.dir, '.leakguard-baseline.jsonl');
    const text = readFileSync(path, 'utf8');
    const header = JSON.parse(text.split('\n')[0]!) as { version: number; salt: string };
    expect(header.version).toBe(2);
    expect(baselineSalt(text)).toBe(header.salt);
    expect(text).not.toContain(fp.split(':')[1]);
    expect(text).not.toContain(weak);
    expect(runJson(['scan', 'app.env', '--baseline', '.leakguard-baseline.jsonl'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    // rewritten: same salt, so the same lines
    run(['baseline'], { cwd: repo.dir, env: repo.env });
    expect(baselineSalt(readFileSync(path, 'utf8'))).toBe(header.salt);
    // a version 1 baseline (plain fingerprints) is still read
    repo.write('old.jsonl', `{"leakguard":"baseline","version":1}\n{"fingerprint":"${fp}","files":["app.env"]}\n`);
    expect(runJson(['scan', 'app.env', '--baseline', 'old.jsonl'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
  });
});
