// Reports through the real CLI: every format on a real repository, several reports from
// one scan, redaction in every format, custom formatters by path and by package name
// (and their one-line errors), and the exit-code flags.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/formatters/index.js';
import { ROOT, fakeKeyId, fakeSecret, fakeSessionToken, makeRepo, run, type Repo } from '../helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures/formatters');

function leakyRepo(): { repo: Repo; id: string; key: string } {
  const repo = makeRepo();
  const [id, key] = [fakeKeyId(), fakeSecret()];
  repo.write('config/app.ini', `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${key}\n`);
  repo.commit('add config');
  return { repo, id, key };
}

const lg = (repo: Repo, ...args: string[]) => run(args, { cwd: repo.dir, env: repo.env });

describe('formats', () => {
  it.each(FORMAT_NAMES)('--format %s reports the finding without the whole secret (exit 1)', (format) => {
    const { repo, id, key } = leakyRepo();
    const r = lg(repo, 'scan', '--format', format);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('aws-access-key-id');
    // the key ID is an identifier, shown whole (issue 17); the secret key is not
    expect(r.stdout).toContain(id);
    expect(r.stdout).not.toContain(key);
    expect(r.stdout).not.toContain(key.slice(0, 8));
  });

  it('writes several reports from one scan while text goes to stdout', () => {
    const { repo, key } = leakyRepo();
    const bad = lg(repo, 'history', '--report', 'sarif=out/leakguard.sarif', '--report', 'junit=results.xml');
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toMatch(/^leakguard: --report sarif=out\/leakguard.sarif: cannot write: .*no such file or directory/);
    mkdirSync(join(repo.dir, 'out'));
    const ok = lg(repo, 'history', '--report', 'sarif=out/leakguard.sarif', '--report', 'junit=results.xml', '--report', 'json=r.json');
    expect(ok.code).toBe(1);
    expect(ok.stdout).toMatch(/^config\/app.ini:2:21 {2}critical {2}aws-access-key-id$/m);
    const sarif = JSON.parse(readFileSync(join(repo.dir, 'out/leakguard.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].properties.commit.message).toBe('add config');
    expect(readFileSync(join(repo.dir, 'results.xml'), 'utf8')).toContain('<failure type="aws-access-key-id"');
    for (const f of ['out/leakguard.sarif', 'results.xml', 'r.json']) expect(readFileSync(join(repo.dir, f), 'utf8')).not.toContain(key);
  });

  it('writes reports of a clean scan too (an empty SARIF for code scanning)', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'nothing here\n');
    repo.commit('init');
    const r = lg(repo, 'scan', '--quiet', '--report', 'sarif=clean.sarif');
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(join(repo.dir, 'clean.sarif'), 'utf8')).runs[0].results).toEqual([]);
  });
});

describe('redaction', () => {
  it('is on by default; --no-redact and --redact=N change it in every report', () => {
    const { repo, id, key } = leakyRepo();
    // the secret key (paired with the key ID, which is shown whole unless --redact-ids)
    const json = (args: string[]) => JSON.parse(lg(repo, 'scan', '--format', 'json', ...args).stdout).findings[0].related[0].secret as string;
    expect(json([])).toBe(`…${key.slice(-4)}`);
    expect(json(['--no-redact'])).toBe(key);
    expect(json(['--redact=50'])).toBe(`${key.slice(0, 20)}${'*'.repeat(16)}`);
    expect(json(['--redact=100'])).toBe('*'.repeat(16));
    lg(repo, 'scan', '--no-redact', '--report', 'csv=all.csv');
    expect(readFileSync(join(repo.dir, 'all.csv'), 'utf8')).toContain(id);
  });

  it('hides a secret in a commit subject too (a finding in a commit message)', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    const token = fakeSessionToken();
    repo.write('a.txt', 'x\n');
    repo.commit(`use ${token} for now`);
    for (const format of ['json', 'sarif', 'text', 'gitlab', 'csv']) {
      const r = lg(repo, 'history', '--format', format);
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).not.toContain(token.slice(12, 40));
    }
    expect(lg(repo, 'history', '--format', 'json', '--no-redact').stdout).toContain(`"message": "use ${token} for now"`);
    // a key ID in a subject is hidden with --redact-ids (shown whole by default: an identifier)
    repo.commit(`use ${id} for now`);
    expect(lg(repo, 'history', '--format', 'json').stdout).toContain(`"message": "use ${id} for now"`);
    expect(lg(repo, 'history', '--format', 'json', '--redact-ids').stdout).not.toContain(id);
  });

  it('reaches a custom formatter already redacted', () => {
    const { repo, id, key } = leakyRepo();
    const r = lg(repo, 'scan', '--format', join(FIXTURES, 'leaks.mjs'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(id);
    expect(r.stdout).not.toContain(key);
    expect(lg(repo, 'scan', '--redact-ids', '--format', join(FIXTURES, 'leaks.mjs')).stdout).not.toContain(id);
  });

  it.each(['abc', '101', '-1'])('rejects --redact=%s with exit code 2', (v) => {
    const { repo } = leakyRepo();
    const r = lg(repo, 'scan', `--redact=${v}`);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `leakguard: --redact: "${v}" is not a percentage (a whole number from 0 to 100)\n`]);
  });
});

describe('custom formatters', () => {
  it("loads the README's example by path", () => {
    const { repo } = leakyRepo();
    writeFileSync(join(repo.dir, 'oneline.mjs'), readFileSync(join(FIXTURES, 'oneline.mjs')));
    const r = lg(repo, 'scan', 'config', '--format', './oneline.mjs');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^config\/app\.ini:2 aws-access-key-id aws-access-key-id:[0-9a-f]{16}\n$/);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(readFileSync(join(FIXTURES, 'oneline.mjs'), 'utf8'));
  });

  it('loads a CommonJS module exporting a bare function, and one from --report', () => {
    const { repo } = leakyRepo();
    const r = lg(repo, 'scan', 'config', '--format', join(FIXTURES, 'function.cjs'), '--report', `${join(FIXTURES, 'oneline.mjs')}=one.txt`);
    expect([r.code, r.stdout]).toEqual([1, '1 finding(s)\n']);
    expect(readFileSync(join(repo.dir, 'one.txt'), 'utf8')).toMatch(/^config\/app\.ini:2 /);
  });

  it('loads an installed package by name: leakguard-formatter-NAME, then NAME (ESM-only too)', () => {
    const { repo } = leakyRepo();
    const pkg = (name: string, pj: object, file: string, code: string) => {
      const dir = join(repo.dir, 'node_modules', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...pj }));
      writeFileSync(join(dir, file), code);
    };
    pkg('leakguard-formatter-count', { main: 'index.js' }, 'index.js', 'module.exports = { format: (r) => `count ${r.findings.length}\\n` };');
    pkg('esm-only-formatter', { type: 'module', exports: { '.': { import: './f.js' } } }, 'f.js', 'export default { name: "esm", format: () => "esm\\n" };');
    expect(lg(repo, 'scan', 'config', '--format', 'count').stdout).toBe('count 1\n');
    expect(lg(repo, 'scan', 'config', '--format', 'esm-only-formatter').stdout).toBe('esm\n');
  });

  it.each([
    ['./missing.mjs', () => '--format: ./missing.mjs: no such file'],
    ['nope', () => '--format: nope: unknown format: not built in (text, json, sarif, junit, csv, github, gitlab, markdown, html), not a file, and no package leakguard-formatter-nope or nope is installed'],
    ['no-export.mjs', (f: string) => `--format: ${f}: does not export a formatter (expected a default export: a function (result, options) => string, or an object with a format method)`],
    ['broken.mjs', (f: string) => `--format: ${f}: cannot load: broken on purpose`],
    ['returns-number.mjs', (f: string) => `--format: ${f}: the formatter returned number, not a string`],
  ])('%s: one line, exit code 2', (name, message) => {
    const { repo } = leakyRepo();
    const spec = name.includes('/') || name === 'nope' ? name : join(FIXTURES, name);
    const r = lg(repo, 'scan', '--format', spec);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `leakguard: ${message(spec)}\n`]);
  });
});

describe('exit codes', () => {
  it('--exit-code N when findings remain, --fail-on ignores lesser ones (still reported)', () => {
    const { repo } = leakyRepo();
    repo.write('config/app.ini', `id = ${fakeKeyId()}\n`);
    expect(lg(repo, 'scan', '--exit-code', '3').code).toBe(3);
    expect(lg(repo, 'scan', '--exit-code', '0').code).toBe(0);
    const r = lg(repo, 'scan', '--fail-on', 'critical');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 secret found (1 high)');
    expect(lg(repo, 'scan', '--fail-on', 'high').code).toBe(1);
    expect(lg(repo, 'scan', '--fail-on', 'nope').stderr).toBe('leakguard: --fail-on: "nope" is not a severity (critical, high, medium, low, info)\n');
    expect(existsSync(join(repo.dir, 'config/app.ini'))).toBe(true);
  });
});
