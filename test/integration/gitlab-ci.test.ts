// The README's GitLab CI job, run as GitLab's runner would: the repository fetched the
// runner's way (only the pipeline's branch, detached at CI_COMMIT_SHA), GitLab's predefined
// variables set, the job's script lines run in order (npm ci aside: the package is linked).
// Checks which commits are scanned for a push, a new branch, a force push whose old tip is
// gone and a merge request, that the exit code is never 2 for those, and that the
// secret_detection report validates against GitLab's published schema whatever the outcome.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { ROOT, BIN, fakeKeyId, fakeSecret, makeRepo, tempDir, type Repo } from '../helpers.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/gitlab/secret-detection-report-format.json'), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const ZERO = '0'.repeat(40);

/** the README's job */
function job(): { script: string[]; artifacts: { reports: Record<string, string> } } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### GitLab CI'));
  const yaml = /```yaml\n([^]*?)```/.exec(section)![1]!;
  return (parse(yaml) as { leakguard: ReturnType<typeof job> }).leakguard;
}

function leak(repo: Repo, file: string): string {
  repo.write(file, `AWS_ACCESS_KEY_ID=${fakeKeyId()}\nAWS_SECRET_ACCESS_KEY=${fakeSecret()}\n`);
  return repo.commit(`add ${file}`);
}

function project(): { dev: Repo; remote: string; push: (ref: string) => void } {
  const dev = makeRepo();
  const remote = tempDir();
  execFileSync('git', ['init', '-q', '--bare', remote], { env: dev.env });
  execFileSync('git', ['config', 'uploadpack.allowAnySHA1InWant', 'true'], { cwd: remote, env: dev.env });
  dev.git('remote', 'add', 'origin', remote);
  return { dev, remote, push: (ref) => void dev.git('push', '-q', '-f', 'origin', ref) };
}

/** GitLab's runner: init, fetch the pipeline's branch (and the commit), detached checkout */
function runnerCheckout(remote: string, env: NodeJS.ProcessEnv, branch: string, sha: string): string {
  const dir = tempDir();
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, env, stdio: 'pipe' });
  git('init', '-q');
  git('remote', 'add', 'origin', `file://${remote}`);
  git('fetch', '-q', '--no-tags', 'origin', `+${sha}:refs/pipelines/1`, `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
  git('checkout', '-q', '--detach', sha);
  // `npm ci` of a project with leakguard in devDependencies
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules/leakguard'));
  symlinkSync(BIN, join(dir, 'node_modules/.bin/leakguard'));
  return dir;
}

function runJob(dir: string, env: NodeJS.ProcessEnv, vars: Record<string, string>) {
  const lines = job().script.filter((l) => !/^npm (ci|install)\b/.test(l));
  const r = spawnSync('bash', ['-eo', 'pipefail', '-c', lines.join('\n')], { cwd: dir, env: { ...env, CI: 'true', GITLAB_CI: 'true', ...vars }, encoding: 'utf8' });
  const report = JSON.parse(readFileSync(join(dir, job().artifacts.reports.secret_detection!), 'utf8')) as {
    scan: { status: string; messages?: Array<{ value: string }> };
    vulnerabilities: Array<{ location: { file: string } }>;
  };
  const valid = validate(report);
  return {
    code: r.status,
    stderr: r.stderr,
    range: /leakguard: scanning (\S+)/.exec(r.stderr)?.[1],
    report,
    files: report.vulnerabilities.map((v) => v.location.file).sort(),
    errors: valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
    junit: readFileSync(join(dir, job().artifacts.reports.junit!), 'utf8'),
  };
}

describe('GitLab CI job', () => {
  it('push, new branch, force push and merge request: the right commits, exit 0/1, a valid report', () => {
    const { dev, remote, push } = project();
    leak(dev, 'old.env');
    const before = (dev.write('README.md', 'hi\n'), dev.commit('clean'));
    push('main');
    const after = leak(dev, 'new.env');
    push('main');
    const vars = (o: Record<string, string>) => ({ CI_DEFAULT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'push', ...o });

    const p = runJob(runnerCheckout(remote, dev.env, 'main', after), dev.env, vars({ CI_COMMIT_BRANCH: 'main', CI_COMMIT_SHA: after, CI_COMMIT_BEFORE_SHA: before }));
    expect(p.range).toBe(`${before}..${after}`);
    expect(p.code).toBe(1);
    expect(p.files).toEqual(['new.env']);
    expect(p.errors).toEqual([]);
    expect(p.junit).toContain('new.env');

    // a new branch: its own commits, not main's old leak (GitLab fetched only this branch)
    dev.git('checkout', '-q', '-b', 'feature');
    dev.write('src.txt', 'code\n');
    const clean = dev.commit('clean change');
    push('feature');
    const n = runJob(runnerCheckout(remote, dev.env, 'feature', clean), dev.env, vars({ CI_COMMIT_BRANCH: 'feature', CI_COMMIT_SHA: clean, CI_COMMIT_BEFORE_SHA: ZERO }));
    expect(n.range).toBe(`refs/remotes/origin/main..${clean}`);
    expect(n.code).toBe(0);
    expect(n.files).toEqual([]);
    expect(n.errors).toEqual([]);

    // a force push whose old tip is gone: the same fallback, exit 1 for the new leak, not 2
    const forced = leak(dev, 'feature.env');
    push('feature');
    const f = runJob(runnerCheckout(remote, dev.env, 'feature', forced), dev.env, vars({ CI_COMMIT_BRANCH: 'feature', CI_COMMIT_SHA: forced, CI_COMMIT_BEFORE_SHA: 'e'.repeat(40) }));
    expect(f.range).toBe(`refs/remotes/origin/main..${forced}`);
    expect(f.code).toBe(1);
    expect(f.files).toEqual(['feature.env']);
    expect(f.errors).toEqual([]);

    // a merge request pipeline: against the merge base GitLab names
    const mr = runJob(runnerCheckout(remote, dev.env, 'feature', forced), dev.env, {
      CI_DEFAULT_BRANCH: 'main',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_COMMIT_SHA: forced,
      CI_COMMIT_BEFORE_SHA: ZERO,
      CI_MERGE_REQUEST_DIFF_BASE_SHA: after,
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    });
    expect(mr.range).toBe(`${after}..${forced}`);
    expect(mr.code).toBe(1);
    expect(mr.files).toEqual(['feature.env']);
    expect(mr.errors).toEqual([]);
  }, 180_000);

  it('writes a valid report saying the scan failed when leakguard stops with exit code 2', () => {
    const { dev, remote, push } = project();
    dev.write('.leakguardrc.yaml', 'rules: [{ id: broken, regex: "(" }]\n');
    const sha = dev.commit('a broken config');
    push('main');
    const dir = runnerCheckout(remote, dev.env, 'main', sha);
    const r = runJob(dir, dev.env, { CI_DEFAULT_BRANCH: 'main', CI_COMMIT_BRANCH: 'main', CI_COMMIT_SHA: sha, CI_COMMIT_BEFORE_SHA: ZERO });
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([]);
    expect(r.report.scan.status).toBe('failure');
    expect(r.report.scan.messages?.[0]?.value).toContain('exited with code 2');
    expect(r.junit).toContain('<error');
  });

  it('validates against the published schema, which rejects what GitLab would refuse', () => {
    expect((schema as { self: { version: string } }).self.version).toMatch(/^15\./);
    const tool = { id: 'x', name: 'x', version: '1', vendor: { name: 'x' } };
    const scan = { analyzer: tool, scanner: tool, type: 'secret_detection', start_time: '2026-01-01T00:00:00', end_time: '2026-01-01T00:00:01', status: 'success' };
    expect(validate({ version: '15.2.1', scan, vulnerabilities: [] })).toBe(true);
    expect(validate({ version: '15.2.1', scan: { ...scan, start_time: '2026-01-01T00:00:00Z' }, vulnerabilities: [] })).toBe(false);
    expect(validate({ version: '15.2.1', scan: { ...scan, status: 'done' }, vulnerabilities: [] })).toBe(false);
  });
});
