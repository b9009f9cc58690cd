// Issue 17, "Reports name the key": in every format an AWS access key ID is shown whole
// (an identifier), the secret access key is hidden (no 8 characters of it in a row), a
// hidden token shows its known prefix and last 4 so that two tokens of one provider read
// differently, and --redact-ids (or config redactIds) hides identifiers too.
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withCrc32Base62 } from '../../src/engine/checksums.js';
import { FORMAT_NAMES } from '../../src/formatters/index.js';
import { fakeKeyId, fakeSecret, makeRepo, run, type Repo } from '../helpers.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A GitHub classic token with a valid checksum (the engine's own helper), random each run. */
function fakeGithubToken(): string {
  let r = '';
  for (let i = 0; i < 30; i++) r += ALNUM[randomInt(ALNUM.length)];
  return withCrc32Base62('ghp_', r);
}

interface Leak {
  repo: Repo;
  id: string;
  key: string;
  /** a second pair, ID and secret on one line */
  id2: string;
  key2: string;
  gh: [string, string];
}

function leakyRepo(): Leak {
  const repo = makeRepo();
  const [id, key, id2, key2] = [fakeKeyId(), fakeSecret(), fakeKeyId(), fakeSecret()];
  let gh: [string, string] = [fakeGithubToken(), fakeGithubToken()];
  while (gh[0].slice(-4) === gh[1].slice(-4)) gh = [fakeGithubToken(), fakeGithubToken()];
  repo.write('config/app.ini', `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${key}\n`);
  repo.write('src/deploy.py', `creds = BasicAWSCredentials("${id2}", "${key2}")\n`);
  repo.write('ci/env.sh', `export GH_TOKEN=${gh[0]}\nexport GH_TOKEN_RELEASE=${gh[1]}\n`);
  repo.commit('add config', '2024-01-01T00:00:00Z');
  return { repo, id, key, id2, key2, gh };
}

const lg = (repo: Repo, ...args: string[]) => run(args, { cwd: repo.dir, env: repo.env });

/** Fails when any 8 characters in a row of `secret` appear in `text`. */
function expectNoPieceOf(text: string, secret: string): void {
  for (let i = 0; i + 8 <= secret.length; i++) {
    const piece = secret.slice(i, i + 8);
    if (text.includes(piece)) expect.fail(`the report shows "${piece}", characters ${i}-${i + 7} of a secret`);
  }
}

describe('identifiers whole, secrets hidden, tokens told apart', () => {
  const leak = leakyRepo();

  it.each(FORMAT_NAMES)('--format %s', (format) => {
    const { repo, id, key, id2, key2, gh } = leak;
    const r = lg(repo, 'scan', '--format', format);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    // the key IDs, whole: a responder deactivates the right key from the report
    expect(r.stdout).toContain(id);
    expect(r.stdout).toContain(id2);
    // the secret keys: not whole, not 8 characters of them in a row
    for (const s of [key, key2, gh[0].slice(4), gh[1].slice(4)]) expectNoPieceOf(r.stdout, s);
    // two tokens of one provider read differently: known prefix and last 4
    expect(r.stdout).toContain(`ghp_…${gh[0].slice(-4)}`);
    expect(r.stdout).toContain(`ghp_…${gh[1].slice(-4)}`);
  });

  it('JSON: secret and match of the key-ID finding are the ID; the secret on the same line is hidden in the match', () => {
    const { repo, id, id2, key2 } = leak;
    const r = lg(repo, 'scan', '--format', 'json');
    const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; secret: string; match: string; file: string; related?: Array<{ secret: string }> }> };
    const ids = report.findings.filter((f) => f.ruleId === 'aws-access-key-id');
    expect(ids.map((f) => [f.secret, f.match]).sort()).toEqual([[id, id], [id2, id2]].sort());
    const paired = ids.find((f) => f.secret === id2)!;
    expect(paired.related?.map((p) => p.secret)).toEqual([`…${key2.slice(-4)}`]);
    for (const f of report.findings) expectNoPieceOf(f.match, key2);
  });

  it('the text report keeps the fingerprint next to each finding and the runbook hand-off line names the key ID', () => {
    const { repo, id } = leak;
    const r = lg(repo, 'history');
    expect(r.code).toBe(1);
    const blocks = r.stdout.split('\n\n').filter((b) => /^\S+:\d+:\d+ {2}/.test(b));
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) expect(b).toMatch(/\n {4}id {7}[a-z0-9-]+:[0-9a-f]{16}/);
    expect(r.stdout).toMatch(new RegExp(`^  ${id} \\(account .*\\): leakguard respond aws-access-key-id:[0-9a-f]{16} --commit [0-9a-f]{12}$`, 'm'));
  });

  it.each(FORMAT_NAMES)('--redact-ids hides identifiers as well (--format %s)', (format) => {
    const { repo, id, id2, key } = leak;
    const r = lg(repo, 'scan', '--redact-ids', '--format', format);
    expect(r.code).toBe(1);
    for (const s of [id, id2]) expectNoPieceOf(r.stdout, s.slice(4));
    expect(r.stdout).toContain(`AKIA…${id.slice(-4)}`);
    expectNoPieceOf(r.stdout, key);
  });

  it('config redactIds hides identifiers; --no-redact-ids shows them again', () => {
    const { repo, id } = leakyRepo();
    repo.write('.leakguardrc.json', JSON.stringify({ redactIds: true }));
    const hidden = lg(repo, 'scan', '--format', 'json');
    expect(hidden.code).toBe(1);
    expect(hidden.stdout).not.toContain(id);
    expect(hidden.stdout).toContain(`AKIA…${id.slice(-4)}`);
    const shown = lg(repo, 'scan', '--format', 'json', '--no-redact-ids');
    expect(shown.stdout).toContain(id);
    repo.write('.leakguardrc.json', JSON.stringify({ redactIds: 'yes' }));
    const bad = lg(repo, 'scan');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^leakguard: \.leakguardrc\.json: redactIds: .*boolean/);
  });

  it('--redact=N keeps its meaning: N percent of each secret hidden, the first characters shown; identifiers whole', () => {
    const { repo, id, key, gh } = leak;
    const r = lg(repo, 'scan', '--redact=75', '--format', 'json');
    expect(r.stdout).toContain(id);
    expect(r.stdout).toContain(`"${key.slice(0, 10)}****************"`);
    expect(r.stdout).toContain(`"${gh[0].slice(0, 10)}****************"`);
    expect(r.stdout).not.toContain(key.slice(0, 11));
  });

  it('--no-redact shows everything whole; --redact-ids with --no-redact is a one-line error', () => {
    const { repo, key, gh } = leak;
    const r = lg(repo, 'scan', '--no-redact', '--format', 'json');
    expect(r.stdout).toContain(key);
    expect(r.stdout).toContain(gh[1]);
    const bad = lg(repo, 'scan', '--no-redact', '--redact-ids');
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toBe('leakguard: --redact-ids: not with --no-redact (or --redact=0), which shows everything whole\n');
  });

  it('a password shows only its length class', () => {
    const repo = makeRepo();
    const password = `Tr0ub4dor${randomInt(100000, 999999)}`;
    repo.write('db.properties', `db.password = "${password}"\n`);
    repo.commit('db');
    const r = lg(repo, 'scan', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ secret: string; match: string }> };
    expect(report.findings.map((f) => f.secret)).toEqual(['[8-15 chars]']);
    expect(r.stdout).not.toContain(password.slice(-4));
    expect(r.stdout).not.toContain(password.slice(0, 4));
  });
});
