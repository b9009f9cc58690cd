// The organisation audit against real local repositories (file:// URLs and paths) with
// keys planted at test time: one incident per secret across repositories, incremental
// re-runs, a rule change forcing a full audit, shards merged to the same incidents, the
// hunt for one key (never on a child's command line), and failures as error entries.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretHash } from '../../src/findings/finding.js';
import { fakeKeyId, fakeSecret, makeRepo, run, tempDir, testEnv, type Repo } from '../helpers.js';

interface OrgJson {
  version: number;
  incidents: Array<{
    secretHash: string;
    ruleId: string;
    severity: string;
    aws?: { keyType: string; account: string | null };
    locations: Array<{ repo: string; file: string | null; line: number; commit: { sha: string } | null; status: string | null; removedIn: string | null }>;
  }>;
  repos: Array<{ repo: string; commits: number; newCommits?: number; scannedTips: string[]; error?: string }>;
  errors: Array<{ repo: string | null; message: string }>;
  stats: { repos: number; failed: number; commits: number; newCommits: number };
}

function org(args: string[], cwd: string, env = testEnv(cwd), input?: string): { code: number; report: OrgJson; stderr: string } {
  const r = run(['org', ...args, '--format', 'json'], { cwd, env, input });
  let report: OrgJson;
  try {
    report = JSON.parse(r.stdout) as OrgJson;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, report, stderr: r.stderr };
}

interface Fleet {
  dir: string;
  list: string;
  repos: Record<'api' | 'web' | 'ops' | 'docs', Repo>;
  shared: { id: string; secret: string };
  own: { id: string; secret: string };
  removedIn: string;
}

/** Four repositories: `api` and `web` share one key pair (removed again in web), `ops` has its own, `docs` none; plus one that does not exist. */
function fleet(): Fleet {
  const dir = tempDir();
  const shared = { id: fakeKeyId(), secret: fakeSecret() };
  const own = { id: fakeKeyId(), secret: fakeSecret() };
  const repos = { api: makeRepo(), web: makeRepo(), ops: makeRepo(), docs: makeRepo() };
  for (const r of Object.values(repos)) {
    r.write('README.md', '# service\n');
    r.commit('init', '2024-01-01T00:00:00Z');
  }
  repos.api.write('config/.env', `AWS_ACCESS_KEY_ID=${shared.id}\nAWS_SECRET_ACCESS_KEY=${shared.secret}\n`);
  repos.api.commit('deploy settings', '2024-02-01T00:00:00Z');
  repos.web.write('deploy.ini', `[default]\naws_access_key_id = ${shared.id}\naws_secret_access_key = ${shared.secret}\n`);
  repos.web.commit('ci credentials', '2024-03-01T00:00:00Z');
  repos.web.write('deploy.ini', '[default]\n');
  const removedIn = repos.web.commit('remove credentials', '2024-03-02T00:00:00Z');
  repos.ops.write('terraform/provider.tf', `provider "aws" {\n  access_key = "${own.id}"\n  secret_key = "${own.secret}"\n}\n`);
  repos.ops.commit('provider', '2024-04-01T00:00:00Z');
  const list = join(dir, 'repos.txt');
  writeFileSync(list, ['# the organisation', `file://${repos.api.dir}`, repos.web.dir, `file://${repos.ops.dir}`, repos.docs.dir, `file://${join(dir, 'gone')}`, ''].join('\n'));
  return { dir, list, repos, shared, own, removedIn };
}

const byHash = (r: OrgJson, h: string) => r.incidents.find((i) => i.secretHash === h);

describe('org audit', () => {
  it('reports one incident per secret across repositories, with every location and its status; a missing repository is an error entry', () => {
    const f = fleet();
    const { code, report, stderr } = org(['audit', '--repos', f.list, '--cache', join(f.dir, 'cache')], f.dir);
    expect(code).toBe(1);
    expect(report.version).toBe(1);
    expect(report.incidents.length).toBe(2);
    const shared = byHash(report, secretHash(f.shared.id))!;
    expect(shared.ruleId).toBe('aws-access-key-id');
    expect(shared.aws?.keyType).toBe('AKIA');
    expect(shared.locations.map((l) => [l.repo, l.file, l.line, l.status, l.removedIn])).toEqual(
      [
        [`file://${f.repos.api.dir}`, 'config/.env', 1, 'present', null],
        [f.repos.web.dir, 'deploy.ini', 2, 'removed', f.removedIn],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
    const own = byHash(report, secretHash(f.own.id))!;
    expect(own.locations.map((l) => [l.repo, l.file, l.line, l.status])).toEqual([[`file://${f.repos.ops.dir}`, 'terraform/provider.tf', 2, 'present']]);
    // the incident present at HEAD somewhere and in more repositories comes first
    expect(report.incidents[0]!.secretHash).toBe(secretHash(f.shared.id));
    expect(report.repos.map((r) => [r.repo, r.commits, r.error ?? null])).toEqual([
      [`file://${f.repos.api.dir}`, 2, null],
      [f.repos.web.dir, 3, null],
      [`file://${f.repos.ops.dir}`, 2, null],
      [f.repos.docs.dir, 1, null],
      [`file://${join(f.dir, 'gone')}`, 0, expect.stringMatching(/^cannot clone or fetch: /)],
    ]);
    expect(report.errors).toEqual([{ repo: `file://${join(f.dir, 'gone')}`, message: expect.stringMatching(/^cannot clone or fetch/) }]);
    expect(report.stats).toMatchObject({ repos: 5, failed: 1, commits: 8, newCommits: 8 });
    expect(stderr).toMatch(/gone: cannot clone or fetch/);
    // redacted as in every report
    expect(JSON.stringify(report)).not.toContain(f.shared.secret);
    expect(JSON.stringify(report)).not.toContain(f.own.secret);
  }, 180_000);

  it('re-runs incrementally: unchanged repositories cost a fetch, a new commit is the only one audited, a rule change audits everything again', () => {
    const f = fleet();
    const cache = join(f.dir, 'cache');
    const first = org(['audit', '--repos', f.list, '--cache', cache], f.dir).report;
    const again = org(['audit', '--repos', f.list, '--cache', cache], f.dir).report;
    expect(again.stats.newCommits).toBe(0);
    expect(again.repos.filter((r) => !r.error).every((r) => r.newCommits === 0)).toBe(true);
    expect(again.incidents).toEqual(first.incidents);

    const added = { id: fakeKeyId(), secret: fakeSecret() };
    f.repos.docs.write('guide/setup.sh', `export AWS_ACCESS_KEY_ID=${added.id}\nexport AWS_SECRET_ACCESS_KEY=${added.secret}\n`);
    f.repos.docs.commit('setup guide', '2024-05-01T00:00:00Z');
    const third = org(['audit', '--repos', f.list, '--cache', cache], f.dir).report;
    expect(third.repos.find((r) => r.repo === f.repos.docs.dir)!.newCommits).toBe(1);
    expect(third.stats.newCommits).toBe(1);
    expect(third.incidents.length).toBe(3);
    expect(byHash(third, secretHash(added.id))!.locations).toMatchObject([{ repo: f.repos.docs.dir, file: 'guide/setup.sh', line: 1, status: 'present' }]);
    // earlier incidents are still there, unchanged
    expect(byHash(third, secretHash(f.shared.id))).toEqual(byHash(first, secretHash(f.shared.id)));

    // a config (rules) change: every repository is audited in full again
    const config = join(f.dir, 'leakguard.yaml');
    writeFileSync(config, 'rules:\n  - id: acme-token\n    description: ACME token\n    severity: high\n    regex: "acme_[a-z0-9]{24}"\n    keywords: [acme_]\n');
    const full = org(['audit', '--repos', f.list, '--cache', cache, '--config', config], f.dir).report;
    expect(full.stats.newCommits).toBe(full.stats.commits);
    expect(full.stats.commits).toBe(9);
    expect(full.incidents.map((i) => i.secretHash).sort()).toEqual(third.incidents.map((i) => i.secretHash).sort());
  }, 180_000);

  it('splits into shards (stable, covering every repository once) whose merged reports equal one machine\'s', () => {
    const f = fleet();
    const whole = org(['audit', '--repos', f.list, '--cache', join(f.dir, 'c0')], f.dir).report;
    const out: string[] = [];
    const seen: string[] = [];
    for (const i of [1, 2, 3]) {
      const file = join(f.dir, `shard${i}.json`);
      const r = run(['org', 'audit', '--repos', f.list, '--cache', join(f.dir, `c${i}`), '--shard', `${i}/3`, '--format', 'json', '-o', file], { cwd: f.dir, env: testEnv(f.dir) });
      expect([0, 1]).toContain(r.code);
      seen.push(...(JSON.parse(readFileSync(file, 'utf8')) as OrgJson).repos.map((x) => x.repo));
      out.push(file);
    }
    expect(seen.sort()).toEqual(whole.repos.map((r) => r.repo).sort());
    // Kubernetes Indexed Jobs: the index from the environment (0-based) picks the same shard as --shard 1/3
    const k8s = org(['audit', '--repos', f.list, '--cache', join(f.dir, 'c1')], f.dir, testEnv(f.dir, { JOB_COMPLETION_INDEX: '0', JOB_COMPLETIONS: '3' })).report;
    expect(k8s.repos.map((r) => r.repo)).toEqual((JSON.parse(readFileSync(out[0]!, 'utf8')) as OrgJson).repos.map((r) => r.repo));
    const merged = org(['merge', ...out], f.dir);
    expect(merged.code).toBe(1);
    expect(merged.report.incidents).toEqual(whole.incidents);
    expect(merged.report.repos.map((r) => r.repo)).toEqual(whole.repos.map((r) => r.repo).sort());
    expect(merged.report.stats).toMatchObject({ repos: 5, failed: 1, commits: whole.stats.commits });
  }, 180_000);

  it('hunts one key across the organisation, by key (from stdin), fingerprint or secret hash, and never hands the key to another process', () => {
    const f = fleet();
    // every git process leakguard (and its audits) start is logged with its arguments
    const shim = tempDir();
    const log = join(shim, 'git.log');
    writeFileSync(join(shim, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec /usr/bin/git "$@"\n`);
    chmodSync(join(shim, 'git'), 0o755);
    const env = testEnv(f.dir, { PATH: `${shim}:${process.env.PATH}` });
    const cache = join(f.dir, 'cache');
    const byKey = org(['hunt', '--key', '-', '--repos', f.list, '--cache', cache], f.dir, env, `${f.shared.id}\n`);
    expect(byKey.code).toBe(1);
    expect(byKey.report.incidents.map((i) => i.secretHash)).toEqual([secretHash(f.shared.id)]);
    expect(byKey.report.incidents[0]!.locations.map((l) => l.repo).sort()).toEqual([`file://${f.repos.api.dir}`, f.repos.web.dir].sort());
    const gitLog = readFileSync(log, 'utf8');
    expect(gitLog).toMatch(/clone --mirror/);
    expect(gitLog).not.toContain(f.shared.id);
    expect(gitLog).not.toContain(f.shared.secret);

    const fp = org(['hunt', `aws-access-key-id:${secretHash(f.own.id)}`, '--repos', f.list, '--cache', cache], f.dir, env);
    expect(fp.report.incidents.map((i) => i.locations.map((l) => l.repo))).toEqual([[`file://${f.repos.ops.dir}`]]);
    // the secret access key's hash finds the pair too
    const bySecret = org(['hunt', '--secret-hash', secretHash(f.own.secret), '--repos', f.list, '--cache', cache], f.dir, env);
    expect(bySecret.report.incidents.map((i) => i.secretHash)).toEqual([secretHash(f.own.id)]);
    const none = org(['hunt', '--secret-hash', '0123456789abcdef', '--repos', f.list, '--cache', cache], f.dir, env);
    expect(none.code).toBe(0);
    expect(none.report.incidents).toEqual([]);
  }, 180_000);

  it('reads gh repo list JSON, names repositories by owner/name, and prints text, markdown and HTML reports', () => {
    const f = fleet();
    const list = join(f.dir, 'repos.json');
    writeFileSync(list, JSON.stringify([{ nameWithOwner: 'acme/api', url: `file://${f.repos.api.dir}`, diskUsage: 120 }, { nameWithOwner: 'acme/ops', url: `file://${f.repos.ops.dir}`, diskUsage: 80 }]));
    const cache = join(f.dir, 'cache');
    const { report } = org(['audit', '--repos', list, '--cache', cache], f.dir);
    expect(report.repos.map((r) => r.repo)).toEqual(['acme/api', 'acme/ops']);
    const text = run(['org', 'audit', '--repos', list, '--cache', cache], { cwd: f.dir, env: testEnv(f.dir) });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^critical {2}aws-access-key-id {2}AKIA[A-Z2-7]{16} {2}AWS AKIA, account \d{12}, secret found next to it$/m);
    expect(text.stdout).toMatch(/acme\/api: config\/\.env:1 {2}[0-9a-f]{12} 2024-02-01 .* {2}present at HEAD/);
    expect(text.stdout).toMatch(/2 secrets \(2 critical\) in 2 repositories · 2 repositories audited, 4 commits \(0 new\)/);
    const md = run(['org', 'audit', '--repos', list, '--cache', cache, '--format', 'markdown'], { cwd: f.dir, env: testEnv(f.dir) });
    expect(md.stdout).toContain('| acme/ops | terraform/provider.tf:2 |');
    const html = run(['org', 'audit', '--repos', list, '--cache', cache, '--format', 'html'], { cwd: f.dir, env: testEnv(f.dir) });
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('acme/api: config/.env:1');
  }, 180_000);

  it('refuses bad input with one line and exit 2', () => {
    const dir = tempDir();
    const cases: Array<[string[], RegExp]> = [
      [['org', 'audit', '--repos', 'nope.txt'], /^leakguard: --repos: nope\.txt: cannot read/],
      [['org', 'audit', '--repos', 'list.txt', '--shard', '3/2'], /^leakguard: --shard: 3\/2: expected I\/N/],
      [['org', 'audit', '--repos', 'list.txt', '--format', 'sarif'], /^leakguard: --format: sarif: the organisation report's formats are/],
      [['org', 'merge', 'list.txt'], /^leakguard: list\.txt: cannot read an organisation report/],
      [['org', 'hunt', '--repos', 'list.txt'], /^leakguard: org hunt: give exactly one of/],
      [['org', 'hunt', 'not-a-fingerprint', '--repos', 'list.txt'], /^leakguard: fingerprint: not-a-fingerprint: expected 16 hex digits/],
    ];
    writeFileSync(join(dir, 'list.txt'), `${dir}\n`);
    for (const [args, message] of cases) {
      const r = run(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
