// The command line contract: help, version, usage errors and exit codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir, testEnv } from '../helpers.js';

const dir = tempDir();
const lg = (...args: string[]) => run(args, { cwd: dir, env: testEnv(dir) });

describe('leakguard CLI', () => {
  it('lists every command in --help, with the exit codes', () => {
    const r = lg('--help');
    expect(r.code).toBe(0);
    for (const c of ['scan [paths..]', 'staged', 'history [revs..]', 'message <file>', 'install', 'uninstall', 'ignore <fingerprints..>', 'baseline [targets..]', 'import <from>', 'rules <action>', 'org <command>']) {
      expect(r.stdout).toContain(`leakguard ${c}`);
    }
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('Exit codes: 0 nothing found, 1 secrets found (or --exit-code N; --fail-on SEVERITY ignores lesser findings), 2 error');
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(lg('--version').stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [['scan', '--bogus'], 'leakguard: Unknown argument: bogus'],
    [['frobnicate'], 'leakguard: Unknown argument: frobnicate'],
    [[], 'leakguard: a command is required: scan, staged, history, message, respond, install, uninstall, ignore, baseline, import, rules or org'],
    [
      ['scan', '--format', 'yaml'],
      'leakguard: --format: yaml: unknown format: not built in (text, json, sarif, junit, csv, github, gitlab, markdown, html), not a file, and no package leakguard-formatter-yaml or yaml is installed\n',
    ],
    [['scan', '-C', 'no/such/dir'], 'leakguard: -C: no/such/dir: no such directory'],
    [['history', '--max-commits', '0'], 'leakguard: --max-commits: must be a positive whole number'],
    [['install', '--hook', 'post-merge'], 'leakguard: Invalid values:'],
  ])('rejects %j with exit code 2 and no stack trace', (args, message) => {
    const r = lg(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('lists the rules', () => {
    const r = lg('rules', 'list');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^aws-access-key-id +high +AWS access key ID$/m);
  });
});

describe('hook invocations (no yargs)', () => {
  it('accept exactly the forms the installed hooks use, and nothing else', async () => {
    const { hookInvocation } = await import('../../src/cli/main.js');
    expect(hookInvocation(['staged', '--quiet'])).toEqual({ command: 'staged', args: { format: 'text', redact: true, quiet: true } });
    expect(hookInvocation(['message', '--quiet', '.git/COMMIT_EDITMSG'])?.args.file).toBe('.git/COMMIT_EDITMSG');
    expect(hookInvocation(['history', '--pre-push', '--quiet'])?.args.prePush).toBe(true);
    for (const argv of [['staged', '--format', 'json'], ['message', '--no-redact'], ['history'], ['scan'], ['staged', 'x']]) {
      expect(hookInvocation(argv), argv.join(' ')).toBeNull();
    }
  });
});
