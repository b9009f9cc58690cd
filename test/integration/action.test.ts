// The GitHub Action run as a runner would (test/actions-runner.ts: expressions, conditions,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, an event payload file) on a shallow clone, for a push,
// a new branch, a force push whose old tip is gone, a pull request and a pull request from a
// fork: which range is scanned, the exit code, the files written, the upload's condition.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, fakeKeyId, fakeSecret, makeRepo, tempDir, type Repo } from '../helpers.js';
import { runAction, type RunResult } from '../actions-runner.js';

const ZERO = '0'.repeat(40);

function leak(repo: Repo, file: string, message: string): { sha: string; keyId: string } {
  const keyId = fakeKeyId();
  repo.write(file, `AWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${fakeSecret()}\n`);
  return { sha: repo.commit(message), keyId };
}

function origin(): { dev: Repo; remote: string; push: (...refs: string[]) => void } {
  const dev = makeRepo();
  const remote = tempDir();
  execFileSync('git', ['init', '-q', '--bare', remote], { env: dev.env });
  // GitHub serves any commit by sha (actions/checkout and range.sh fetch by sha)
  execFileSync('git', ['config', 'uploadpack.allowAnySHA1InWant', 'true'], { cwd: remote, env: dev.env });
  dev.git('remote', 'add', 'origin', remote);
  return { dev, remote, push: (...refs) => void dev.git('push', '-q', '-f', 'origin', ...refs) };
}

/** actions/checkout's default: one commit, one branch */
function checkout(remote: string, env: NodeJS.ProcessEnv, branch: string, ref?: string): string {
  const ws = tempDir();
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', branch, `file://${remote}`, ws], { env });
  if (ref) {
    execFileSync('git', ['fetch', '-q', '--depth', '1', 'origin', ref], { cwd: ws, env });
    execFileSync('git', ['checkout', '-q', 'FETCH_HEAD'], { cwd: ws, env });
  }
  return ws;
}

function act(ws: string, env: NodeJS.ProcessEnv, eventName: string, event: Record<string, unknown>, inputs: Record<string, string> = {}): RunResult {
  return runAction({ actionPath: ROOT, workspace: ws, eventName, event: { repository: { default_branch: 'main' }, ...event }, repository: 'acme/app', inputs, runnerTemp: tempDir(), env });
}

const step = (r: RunResult, name: string) => r.steps.find((s) => s.name === name)!;
const revs = (r: RunResult) => /leakguard: scanning (.*)/.exec(step(r, 'Choose the commits to scan').stderr ?? '')?.[1];
function sarifKeys(ws: string): string[] {
  const sarif = JSON.parse(readFileSync(join(ws, 'leakguard.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
  return sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
}

describe('GitHub Action', () => {
  it('has no ${{ }} in any script text (inputs reach the scripts through env only)', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    for (const block of text.split(/\n\s+run: /).slice(1)) expect(block.split(/\n\s+- name:/)[0]).not.toContain('${{');
    expect(text).toMatch(/uses: actions\/setup-node@v[6-9]/);
    expect(text).toMatch(/uses: github\/codeql-action\/upload-sarif@v[4-9]/);
    expect(text).not.toMatch(/npm (ci|install)/);
  });

  it('push, new branch and force push: the pushed commits only, files written, job failed on a finding', () => {
    const { dev, remote, push } = origin();
    leak(dev, 'old.env', 'an old leak, already on main');
    const c2 = (dev.write('README.md', 'hi\n'), dev.commit('clean'));
    push('main');
    const c3 = leak(dev, 'new.env', 'a new leak');
    push('main');

    // push: before..after, with arguments that a shell would split or glob
    const ws = checkout(remote, dev.env, 'main');
    const r = act(ws, dev.env, 'push', { before: c2, after: c3.sha }, { args: '--fail-on\nhigh\n--report\nmarkdown=my report.md\n--report\njson=out*.json' });
    expect(revs(r)).toBe(`${c2}..${c3.sha}`);
    expect(r.outputs['exit-code']).toBe('1');
    expect(sarifKeys(ws)).toEqual(['new.env']);
    expect(readFileSync(r.summaryFile, 'utf8')).toContain('new.env');
    expect(existsSync(join(ws, 'my report.md'))).toBe(true);
    expect(existsSync(join(ws, 'out*.json'))).toBe(true);
    const upload = step(r, 'Upload SARIF to code scanning');
    expect(upload).toMatchObject({ ran: true, continueOnError: true, with: { sarif_file: 'leakguard.sarif' } });
    expect(step(r, 'Fail on findings')).toMatchObject({ ran: true, code: 1 });
    expect(r.failed).toBe(true);

    // a new branch: its commits not on the default branch (not main's old leak)
    dev.git('checkout', '-q', '-b', 'feature');
    const c4 = leak(dev, 'feature.env', 'feature leak');
    push('feature');
    const ws2 = checkout(remote, dev.env, 'feature');
    const r2 = act(ws2, dev.env, 'push', { before: ZERO, after: c4.sha, ref: 'refs/heads/feature' });
    expect(revs(r2)).toBe(`refs/remotes/origin/main..${c4.sha}`);
    expect(r2.outputs['exit-code']).toBe('1');
    expect(sarifKeys(ws2)).toEqual(['feature.env']);

    // a force push whose old tip is gone: the same fallback, never exit code 2
    dev.git('reset', '-q', '--hard', 'main');
    const c5 = leak(dev, 'rewritten.env', 'rewritten');
    push('feature');
    const ws3 = checkout(remote, dev.env, 'feature');
    const r3 = act(ws3, dev.env, 'push', { before: 'f'.repeat(40), after: c5.sha, forced: true });
    expect(revs(r3)).toBe(`refs/remotes/origin/main..${c5.sha}`);
    expect(r3.outputs['exit-code']).toBe('1');
    expect(sarifKeys(ws3)).toEqual(['rewritten.env']);
  }, 180_000);

  it('pull requests: base..head; from a fork, no JavaScript config from the tree and no SARIF upload', () => {
    const { dev, remote, push } = origin();
    leak(dev, 'old.env', 'an old leak, already on main');
    const base = (dev.write('README.md', 'hi\n'), dev.commit('clean'));
    push('main');
    dev.git('checkout', '-q', '-b', 'topic');
    dev.write('src.txt', 'code\n');
    const head = dev.commit('clean change');
    push('topic');
    const ws = checkout(remote, dev.env, 'topic');
    const pr = (full: string, sha: string) => ({ pull_request: { number: 1, base: { sha: base, repo: { full_name: 'acme/app' } }, head: { sha, repo: { full_name: full } } } });
    const r = act(ws, dev.env, 'pull_request', pr('acme/app', head));
    expect(revs(r)).toBe(`${base}..${head}`);
    expect(r.outputs['exit-code']).toBe('0');
    expect(sarifKeys(ws)).toEqual([]);
    expect(step(r, 'Fail on findings').ran).toBe(false);
    expect(step(r, 'Upload SARIF to code scanning').ran).toBe(true);
    expect(r.failed).toBe(false);

    // a fork's pull request whose tree carries a JavaScript config (that would write a file)
    dev.git('checkout', '-q', '-b', 'fork', 'main');
    dev.write('leakguard.config.cjs', "require('fs').writeFileSync(require('path').join(__dirname, 'PWNED'), 'x');\nmodule.exports = { disabledRules: ['aws-access-key-id'] };\n");
    const forkLeak = leak(dev, 'fork.env', 'fork');
    dev.git('push', '-q', 'origin', `${forkLeak.sha}:refs/pull/1/head`);
    const ws2 = checkout(remote, dev.env, 'main', 'refs/pull/1/head');
    const r2 = act(ws2, dev.env, 'pull_request', pr('someone/app', forkLeak.sha));
    expect(revs(r2)).toBe(`${base}..${forkLeak.sha}`);
    expect(r2.outputs['exit-code']).toBe('2');
    expect(step(r2, 'Scan').stderr).toContain('leakguard.config.cjs: a JavaScript config is not loaded when LEAKGUARD_NO_JS is set');
    expect(existsSync(join(ws2, 'PWNED'))).toBe(false);
    expect(step(r2, 'Upload SARIF to code scanning').ran).toBe(false); // a fork's token is read-only
    expect(r2.failed).toBe(true);

    // the same under pull_request_target, with a YAML config: scanned, the key found
    execFileSync('git', ['rm', '-q', 'leakguard.config.cjs'], { cwd: ws2, env: dev.env });
    const r3 = act(ws2, dev.env, 'pull_request_target', pr('someone/app', forkLeak.sha));
    expect(r3.outputs['exit-code']).toBe('1');
    expect(sarifKeys(ws2)).toEqual(['fork.env']);
    expect(step(r3, 'Scan').stderr).toContain('JavaScript configs and formatters are not loaded');
  }, 180_000);
});
