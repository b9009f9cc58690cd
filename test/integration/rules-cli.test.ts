// `leakguard rules test`: the real binary explains why a text is or is not reported, with
// secrets redacted unless --no-redact, exit code 1 when something would be reported. Also
// `rules list`, and a user rule with a catastrophic regex rejected with the reason.
import { describe, expect, it } from 'vitest';
import { withCrc32Base62 } from '../../src/engine/checksums.js';
import { fakeKeyId, fakeSecret, randomString, run, tempDir, writeFileSync, join } from '../helpers.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const cwd = tempDir();
const ghp = () => withCrc32Base62('ghp_', randomString(ALNUM, 30));
/** a token whose last checksum character is changed: the checksum no longer holds */
const badGhp = () => {
  const t = ghp();
  return t.slice(0, -1) + (t.endsWith('0') ? '1' : '0');
};

describe('leakguard rules test', () => {
  it('reports a kept candidate, redacted by default, and exits 1', () => {
    const token = ghp();
    const r = run(['rules', 'test', `GITHUB_TOKEN=${token}`], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^keywords: \d+ rules hit: .*github-pat/m);
    expect(r.stdout).toMatch(/1:14 {2}github-pat {2}ghp_…[A-Za-z0-9]{4} {2}entropy \d\.\d\d\n {6}KEPT \(critical\)/);
    expect(r.stdout).toContain('1 finding would be reported.');
    expect(r.stdout).not.toContain(token);
  });

  it('--no-redact shows the secret', () => {
    const token = ghp();
    const r = run(['rules', 'test', '--no-redact', `token: ${token}`], { cwd });
    expect(r.stdout).toContain(token);
  });

  it('reads standard input when no text is given, or -', () => {
    const token = ghp();
    for (const args of [['rules', 'test'], ['rules', 'test', '-']]) {
      const r = run(args, { cwd, input: `x = 1\nGH_TOKEN="${token}"\n` });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/2:11 {2}github-pat/);
    }
  });

  it('exits 0 and says nothing is reported when no keyword occurs', () => {
    const r = run(['rules', 'test', 'hello world'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no rule's keywords occur");
    expect(r.stdout).toContain('nothing would be reported.');
  });

  it.each([
    ['checksum', () => `GITHUB_TOKEN=${badGhp()}`, /github-token-checksum: bad checksum/],
    ['placeholder', () => 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', /dropped: placeholder: placeholder word "EXAMPLE"/],
    ['entropy', () => `aws_secret_access_key = ${'Ab1/'.repeat(10)}`, /dropped: entropy: 2\.00 bits\/char is below the rule's minimum 4/],
    ['allowlist', () => 'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;', /dropped: allowlist: \/\^Eby8/],
    ['inline allow', () => `GITHUB_TOKEN=${ghp()} # leakguard:allow test fixture`, /dropped: inline: leakguard:allow on the line/],
    ['unpaired', () => `id = ${fakeKeyId()}\n\n\n\n\n\n\n${fakeSecret()}`, /aws-secret-access-key-nearby .*\n {6}dropped: unpaired: no aws-access-key-id match within 5 lines/],
    ['validator', () => `api_key = "123e4567-e89b-42d3-a456-426614174000"`, /generic-secret .*\n {6}dropped: generic-secret: a UUID/],
  ])('explains a drop for %s', (_name, text, reason) => {
    const r = run(['rules', 'test', text()], { cwd });
    expect(r.stdout).toMatch(reason);
    expect(r.code).toBe(_name === 'unpaired' ? 1 : 0);
  });

  it('explains a stopword from the user config', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.leakguardrc.yaml'), 'allow:\n  stopwords: [deadbeef]\n');
    const value = `${randomString('0123456789abcdef', 12)}deadbeef${randomString('0123456789abcdef', 12)}`;
    const r = run(['rules', 'test', `client_secret = "${value}"`], { cwd: dir });
    expect(r.stdout).toMatch(/dropped: stopword: "deadbeef"/);
    expect(r.code).toBe(0);
  });
});

describe('leakguard rules list', () => {
  it('lists every rule, highest-value families first and generic rules last', () => {
    const r = run(['rules', 'list'], { cwd });
    expect(r.code).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect(ids[0]).toBe('aws-access-key-id');
    expect(ids.at(-1)).toBe('generic-secret');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a user rule with a catastrophic regex', () => {
  it('is rejected at load with the file, the rule id, the field and why', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, '.leakguardrc.yaml'),
      ['rules:', '  - id: acme-token', '    description: ACME token', '    severity: high', "    regex: 'acme_(a+)+b'", '    keywords: [acme_]', ''].join('\n'),
    );
    for (const args of [['rules', 'list'], ['scan', '.']]) {
      const r = run(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^leakguard: \.leakguardrc\.yaml: acme-token: regex: can backtrack exponentially \(catastrophic backtracking\) at "a\+": make the quantified parts unambiguous or bound them$/m);
    }
  });
});
