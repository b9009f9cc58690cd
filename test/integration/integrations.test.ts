// The CI and hook integration files: action.yml and .pre-commit-hooks.yaml parse and hold
// what GitHub and pre-commit require, and the action's range script picks the right
// commits on real repositories (a shallow clone of a local "origin", as actions/checkout
// leaves it), then leakguard finds the key in that range.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, fakeKeyId, makeRepo, run, tempDir, type Repo } from '../helpers.js';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    name: string;
    description: string;
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: Step[] };
  };

  it('is a composite action with described inputs, and every run step names its shell', () => {
    expect(action.name).toBe('leakguard');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.runs.using).toBe('composite');
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    for (const step of action.runs.steps) if (step.run) expect(step.shell, step.name).toBe('bash');
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.scan.outputs.exit-code }}');
  });

  it('runs the leakguard of the action path over the event range, uploads SARIF and writes the summary', () => {
    const steps = action.runs.steps;
    const scan = steps.find((s) => s.id === 'scan')!;
    expect(scan.run).toBe('bash "$GITHUB_ACTION_PATH/action/scan.sh"');
    const script = readFileSync(join(ROOT, 'action/scan.sh'), 'utf8');
    expect(script).toContain('bin="$GITHUB_ACTION_PATH/bin/leakguard.js"');
    expect(script).toContain('node "$bin" history "${revs[@]}"');
    expect(script).toContain('--report "sarif=${SARIF:-leakguard.sarif}"');
    expect(script).toContain('--report "markdown=$summary"');
    expect(steps.map((s) => s.run ?? '').join('\n')).not.toMatch(/npx|npm (i|install) leakguard/);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with!.sarif_file).toBe('${{ inputs.sarif }}');
    expect(upload.if).toContain('always()');
    expect(steps.some((s) => s.run?.includes('>>"$GITHUB_STEP_SUMMARY"'))).toBe(true);
    const range = steps.find((s) => s.id === 'range')!;
    expect(range.env!.BASE_SHA).toContain('github.event.pull_request.base.sha');
    expect(range.run).toBe('bash "$GITHUB_ACTION_PATH/action/range.sh"');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;

  it('declares the file, staged, commit-msg and pre-push hooks, run from the clone with the stage names pre-commit 3.0 knows', () => {
    expect(hooks.map((h) => h.id)).toEqual(['leakguard', 'leakguard-staged', 'leakguard-commit-msg', 'leakguard-pre-push']);
    for (const h of hooks) {
      for (const key of ['id', 'name', 'entry', 'language']) expect(h[key], `${String(h.id)}.${key}`).toBeTruthy();
      expect(h.language).toBe('script');
      for (const stage of h.stages as string[]) expect(['commit', 'commit-msg', 'push', 'manual'], String(h.id)).toContain(stage);
    }
    const [files, staged, msg, push] = hooks;
    expect([files!.entry, files!.stages, files!.pass_filenames]).toEqual(['bin/leakguard.js scan --quiet --', ['commit', 'manual'], undefined]);
    expect([staged!.entry, staged!.stages, staged!.pass_filenames]).toEqual(['bin/leakguard.js staged --quiet', ['commit'], false]);
    expect([msg!.entry, msg!.stages]).toEqual(['bin/leakguard.js message --quiet', ['commit-msg']]);
    expect(msg!.pass_filenames).toBeUndefined(); // pre-commit passes the message file
    expect([push!.entry, push!.stages, push!.pass_filenames]).toEqual(['scripts/pre-commit-pre-push.sh', ['push'], false]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.leakguard).toBe('bin/leakguard.js');
  });

  it('entries are commands leakguard accepts', () => {
    const dir = tempDir();
    for (const entry of hooks.map((h) => String(h.entry)).filter((e) => e.startsWith('bin/leakguard.js '))) {
      const r = run([...entry.split(' ').slice(1).filter((a) => a !== '--'), '--help'], { cwd: dir });
      expect(r.code, entry).toBe(0);
    }
  });
});

describe('action/range.sh', () => {
  const ZERO = '0'.repeat(40);

  /** An origin with three commits on main (a key added in the second) and a shallow clone of it. */
  function setup(): { origin: Repo; clone: string; shas: string[]; env: NodeJS.ProcessEnv } {
    const origin = makeRepo();
    origin.write('a.txt', '1\n');
    const c1 = origin.commit('one', '2024-01-01T00:00:00Z');
    origin.write('k.env', `KEY=${fakeKeyId()}\n`);
    const c2 = origin.commit('two', '2024-01-02T00:00:00Z');
    origin.write('a.txt', '3\n');
    const c3 = origin.commit('three', '2024-01-03T00:00:00Z');
    const clone = join(tempDir(), 'work');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone], { env: origin.env });
    return { origin, clone, shas: [c1, c2, c3], env: origin.env };
  }

  function range(clone: string, env: NodeJS.ProcessEnv, vars: Record<string, string>): Record<string, string> {
    const out = join(tempDir(), 'github_output');
    const r = spawnSync('bash', [join(ROOT, 'action/range.sh')], { cwd: clone, env: { ...env, ...vars, GITHUB_OUTPUT: out }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return Object.fromEntries(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  }

  const git = (cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();

  it('push: before..after, after deepening a shallow clone; leakguard finds the key in it', () => {
    const { clone, shas, env } = setup();
    expect(git(clone, env, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const out = range(clone, env, { EVENT_NAME: 'push', BEFORE: shas[0]!, AFTER: shas[2]!, DEFAULT_BRANCH: 'main' });
    expect(out).toEqual({ revs: `${shas[0]}..${shas[2]}`, skip: 'false' });
    expect(git(clone, env, 'rev-parse', '--is-shallow-repository')).toBe('false');
    const r = run(['history', out.revs!, '--format', 'json'], { cwd: clone, env });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { commit: { sha: string } }) => f.commit.sha)).toEqual([shas[1]]);
  });

  it('push of a new branch: its commits not on the default branch; a deleted branch: skip', () => {
    const { origin, clone, shas, env } = setup();
    origin.git('checkout', '-q', '-b', 'topic');
    origin.write('t.txt', 'topic\n');
    const topic = origin.commit('topic', '2024-01-04T00:00:00Z');
    git(clone, env, 'fetch', '-q', 'origin', 'topic');
    expect(range(clone, env, { EVENT_NAME: 'push', BEFORE: ZERO, AFTER: topic, DEFAULT_BRANCH: 'main' })).toEqual({ revs: `refs/remotes/origin/main..${topic}`, skip: 'false' });
    expect(range(clone, env, { EVENT_NAME: 'push', BEFORE: shas[2]!, AFTER: ZERO }).skip).toBe('true');
  });

  it('pull request: base..head, fetching a head the clone does not have', () => {
    const { origin, clone, shas, env } = setup();
    origin.git('checkout', '-q', '-b', 'pr');
    origin.write('p.txt', 'pr\n');
    const head = origin.commit('pr work', '2024-01-05T00:00:00Z');
    origin.git('update-ref', 'refs/pull/1/head', head);
    origin.git('checkout', '-q', 'main');
    origin.git('branch', '-q', '-D', 'pr');
    expect(range(clone, env, { EVENT_NAME: 'pull_request', BASE_SHA: shas[2]!, HEAD_SHA: head })).toEqual({ revs: `${shas[2]}..${head}`, skip: 'false' });
    expect(git(clone, env, 'cat-file', '-t', head)).toBe('commit');
  });

  it('an explicit range wins; other events scan every ref', () => {
    const { clone, env } = setup();
    expect(range(clone, env, { RANGE: 'origin/main~1..origin/main', EVENT_NAME: 'push' }).revs).toBe('origin/main~1..origin/main');
    expect(range(clone, env, { EVENT_NAME: 'schedule' })).toEqual({ revs: '', skip: 'false' });
  });
});
