// One version everywhere: package.json's, which --version, the man pages, the changelog,
// the lock file and every install snippet in the docs (pre-commit rev:, the Action's @ref,
// git URLs and tarball names) must name, and no placeholder that looks like a real one.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from '../helpers.js';

const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const version = (JSON.parse(read('package.json')) as { version: string }).version;

describe('the version', () => {
  it('is the one of package.json in the CLI, the man pages, the lock file and the changelog', () => {
    expect(run(['--version'], { cwd: ROOT }).stdout.trim()).toBe(version);
    expect((JSON.parse(read('package-lock.json')) as { version: string }).version).toBe(version);
    for (const page of ['leakguard.1', 'git-leakguard.1']) expect(read(`dist/man/${page}`)).toContain(`"leakguard ${version}"`);
    expect(/^## (\S+)/m.exec(read('CHANGELOG.md'))?.[1]).toBe(version);
  });

  it('is the one every install snippet names', () => {
    for (const file of ['README.md', 'action.yml', '.pre-commit-hooks.yaml', 'CHANGELOG.md']) {
      const text = read(file);
      expect(text, file).not.toMatch(/\bOWNER\b/);
      const named = [
        ...text.matchAll(/\brev: v?(\d+\.\d+\.\d+\S*)/g),
        ...text.matchAll(/leakguard@v?(\d[\w.-]*)/g),
        ...text.matchAll(/leakguard\.git#v?(\d[\w.-]*)/g),
        ...text.matchAll(/leakguard-(\d+\.\d+\.\d+)\.tgz/g),
        ...text.matchAll(/leakguard (\d+\.\d+\.\d+) is/g),
      ].map((m) => m[1]!.replace(/[`'"),]+$/, ''));
      for (const v of named) expect(v, `${file} names ${v}`).toBe(version);
    }
    expect(read('README.md')).toContain(`rev: v${version}`);
    expect(read('.pre-commit-hooks.yaml')).toContain(`rev: v${version}`);
  });
});
