// Git must not decide what leakguard reads (issue 10): hostile git configuration, attributes
// and environment, replace objects and grafts, UTF-16 files (issue 11) and long
// commit-message lines, on real repositories. Each case checks that `staged`, `history`
// (and `scan` where it reads the same file) still find a generated key pair and exit 1.
import { writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeyId, fakeSecret, makeRepo, runJson, run, type JsonReport, type Repo } from '../helpers.js';

interface Pair {
  id: string;
  secret: string;
}

function newPair(): Pair {
  return { id: fakeKeyId(), secret: fakeSecret() };
}

function pairLines(p: Pair): string {
  return `aws_access_key_id = ${p.id}\naws_secret_access_key = ${p.secret}\n`;
}

type Result = { code: number; stderr: string; report: JsonReport };

const lg = (repo: Repo, args: string[], env: NodeJS.ProcessEnv = repo.env, cwd = repo.dir): Result => runJson([...args, '--no-redact'], { cwd, env });

/** The key ID found, paired with its secret, in `file` at `line` (and `commit` when given); exit 1. */
function expectPair(r: Result, p: Pair, where: { file: string; line: number; commit?: string }): void {
  expect(r.code, r.stderr).toBe(1);
  const f = r.report.findings.find((x) => x.ruleId === 'aws-access-key-id' && x.secret === p.id);
  expect(f, JSON.stringify(r.report.findings.map((x) => [x.ruleId, x.file, x.line]))).toBeDefined();
  expect([f!.file, f!.line]).toEqual([where.file, where.line]);
  expect(f!.related?.map((x) => x.secret)).toContain(p.secret);
  if (where.commit) expect(f!.commit?.sha).toBe(where.commit);
}

/** A repository with one clean commit (so that later commits are not root commits). */
function baseRepo(): Repo {
  const repo = makeRepo();
  repo.write('README.md', 'clean\n');
  repo.commit('init');
  return repo;
}

/**
 * Stages `content` as `file`, checks `staged`, commits, checks `history` (credited to the
 * new commit) and, unless told not to, `scan` on the work tree.
 */
function checkAll(repo: Repo, file: string, content: string | Buffer, p: Pair, line: number, options: { env?: NodeJS.ProcessEnv; cwd?: string; scan?: boolean } = {}): void {
  repo.write(file, content);
  repo.git('add', '-A');
  expectPair(lg(repo, ['staged'], options.env, options.cwd), p, { file, line });
  const sha = repo.commit('add config');
  expectPair(lg(repo, ['history'], options.env, options.cwd), p, { file, line, commit: sha });
  if (options.scan !== false) expectPair(lg(repo, ['scan', '.'], options.env, repo.dir), p, { file, line });
}

describe('attributes cannot make leakguard skip a file', () => {
  it('.gitattributes `binary`', () => {
    const repo = baseRepo();
    repo.write('.gitattributes', '*.env binary\n');
    const p = newPair();
    checkAll(repo, 'prod.env', `# prod\n${pairLines(p)}`, p, 2);
  });

  it('.gitattributes `-diff`, and only the added lines of an edited file are new to the hook', () => {
    const repo = baseRepo();
    repo.write('.gitattributes', '*.env -diff\n');
    const first = newPair();
    checkAll(repo, 'prod.env', pairLines(first), first, 1);
    // a second pair appended below the first: the hook reports the new pair only
    const second = newPair();
    repo.write('prod.env', `${pairLines(first)}\n${pairLines(second)}`);
    repo.git('add', '-A');
    const staged = lg(repo, ['staged']);
    expectPair(staged, second, { file: 'prod.env', line: 4 });
    expect(staged.report.findings.map((f) => f.secret)).not.toContain(first.id);
    const sha = repo.commit('second pair');
    const history = lg(repo, ['history']);
    expectPair(history, second, { file: 'prod.env', line: 4, commit: sha });
    expect(history.report.findings.find((f) => f.secret === first.id)?.commit?.sha).not.toBe(sha);
  });

  it('the same `-diff` content in two files with awkward names: one finding per file, as for plain text', () => {
    const repo = baseRepo();
    repo.write('.gitattributes', '*.env -diff\n');
    const p = newPair();
    const names = ['a "q"\tb café.env', 'sp ace é.env'];
    for (const name of names) repo.write(name, pairLines(p));
    repo.git('add', '-A');
    expect(lg(repo, ['staged']).report.findings.filter((f) => f.secret === p.id).map((f) => f.file).sort()).toEqual([...names].sort());
    const sha = repo.commit('two copies');
    const history = lg(repo, ['history']).report.findings.filter((f) => f.secret === p.id);
    expect(history.map((f) => [f.file, f.commit?.sha]).sort()).toEqual(names.map((n) => [n, sha]).sort());
  });

  it('a diff driver with `binary = true`', () => {
    const repo = baseRepo();
    repo.write('.gitattributes', '*.cfg diff=opaque\n');
    repo.git('config', 'diff.opaque.binary', 'true');
    const p = newPair();
    checkAll(repo, 'app.cfg', pairLines(p), p, 1);
  });

  it('a diff driver with a `textconv` that prints nothing', () => {
    const repo = baseRepo();
    repo.write('.gitattributes', '*.cfg diff=hide\n');
    repo.git('config', 'diff.hide.textconv', 'true');
    repo.git('config', 'diff.hide.cachetextconv', 'false');
    const p = newPair();
    checkAll(repo, 'app.cfg', pairLines(p), p, 1);
  });

  it('`core.attributesFile` (global config) and .git/info/attributes', () => {
    const repo = baseRepo();
    const attrs = join(repo.env.HOME!, 'attributes');
    writeFileSync(attrs, '*.env -diff\n');
    repo.git('config', '--global', 'core.attributesFile', attrs);
    writeFileSync(join(repo.dir, '.git/info/attributes'), '*.ini binary\n');
    const p = newPair();
    checkAll(repo, 'x.env', pairLines(p), p, 1);
    const q = newPair();
    checkAll(repo, 'y.ini', pairLines(q), q, 1);
  });

  it('`core.bigFileThreshold` smaller than the file', () => {
    const repo = baseRepo();
    repo.git('config', 'core.bigFileThreshold', '100');
    const p = newPair();
    checkAll(repo, 'settings.py', `${'# filler line\n'.repeat(20)}${pairLines(p)}`, p, 21);
  });

  it('a real binary marked -diff is still skipped with a note, and scanned for strings with --binary', () => {
    const repo = baseRepo();
    repo.write('.gitattributes', '*.dat -diff\n');
    const id = fakeKeyId();
    repo.write('blob.dat', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`key=${id};`), Buffer.from([0, 255])]));
    repo.git('add', '-A');
    const staged = run(['staged', '--verbose'], { cwd: repo.dir, env: repo.env });
    expect(staged.code).toBe(0);
    expect(staged.stderr).toMatch(/blob\.dat.*binary file skipped/);
    repo.commit('binary');
    expect(lg(repo, ['history']).report.findings).toEqual([]);
    expect(lg(repo, ['history', '--binary']).report.findings.map((f) => [f.file, f.secret])).toEqual([['blob.dat', id]]);
  });
});

describe('git configuration cannot change what leakguard reads', () => {
  it('`log.showRoot=false`: a key in the root commit', () => {
    const repo = makeRepo();
    repo.git('config', 'log.showRoot', 'false');
    const p = newPair();
    checkAll(repo, 'root.env', pairLines(p), p, 1);
  });

  it('`i18n.logOutputEncoding=UTF-16`: findings and the commit author are read right', () => {
    const repo = baseRepo();
    repo.git('config', 'i18n.logOutputEncoding', 'UTF-16');
    const p = newPair();
    checkAll(repo, 'a.env', pairLines(p), p, 1);
    const f = lg(repo, ['history']).report.findings.find((x) => x.secret === p.id)!;
    expect([f.commit!.author, f.commit!.email, f.commit!.message]).toEqual(['Test Author', 'author@example.com', 'add config']);
  });

  for (const [key, value] of [
    ['diff.noprefix', 'true'],
    ['diff.mnemonicPrefix', 'true'],
    ['color.ui', 'always'],
    ['color.diff', 'always'],
    ['format.pretty', 'format:%s'],
    ['log.diffMerges', 'first-parent'],
    ['log.decorate', 'full'],
    ['log.showSignature', 'true'],
    ['diff.algorithm', 'patience'],
    ['diff.renames', 'copies'],
    ['diff.orderFile', 'no-such-order-file'],
    ['diff.submodule', 'diff'],
    ['core.quotepath', 'true'],
    ['log.abbrevCommit', 'true'],
    ['core.abbrev', '7'],
  ] as const) {
    it(`\`${key}=${value}\` in the user's global config`, () => {
      const repo = baseRepo();
      // only leakguard's git sees it (the test's own `git commit` would fail on some)
      const global = join(repo.env.HOME!, 'hostile.gitconfig');
      writeFileSync(global, `[${key.split('.')[0]}]\n\t${key.split('.')[1]} = ${value}\n`);
      const p = newPair();
      checkAll(repo, 'config/café prod.env', `x = 1\n${pairLines(p)}`, p, 2, { env: { ...repo.env, GIT_CONFIG_GLOBAL: global }, scan: false });
    });
  }

  it('`diff.external`, a diff driver `command` (config) and GIT_EXTERNAL_DIFF / GIT_DIFF_OPTS (environment) that print nothing', () => {
    const repo = baseRepo();
    const tool = join(repo.env.HOME!, 'quiet-diff');
    writeFileSync(tool, '#!/bin/sh\nexit 0\n');
    chmodSync(tool, 0o755);
    repo.git('config', 'diff.external', tool);
    const p = newPair();
    checkAll(repo, 'a.env', pairLines(p), p, 1);
    const q = newPair();
    checkAll(repo, 'b.env', pairLines(q), q, 1, { env: { ...repo.env, GIT_EXTERNAL_DIFF: tool, GIT_DIFF_OPTS: '--unified=7' } });
    // a diff driver's `command` (an external diff per attribute)
    repo.write('.gitattributes', '*.cfg diff=quiet\n');
    repo.git('config', 'diff.quiet.command', tool);
    const r = newPair();
    checkAll(repo, 'c.cfg', pairLines(r), r, 1);
  });

  it('`diff.relative=true`, run from a subfolder: files outside it are still scanned', () => {
    const repo = baseRepo();
    repo.git('config', 'diff.relative', 'true');
    mkdirSync(join(repo.dir, 'sub'));
    writeFileSync(join(repo.dir, 'sub/keep.txt'), 'clean\n');
    const p = newPair();
    checkAll(repo, 'other/a.env', pairLines(p), p, 1, { cwd: join(repo.dir, 'sub') });
  });

  it('`diff.suppressBlankEmpty` and `diff.interHunkContext`: line numbers across blank context lines', () => {
    const repo = baseRepo();
    repo.write('a.txt', 'one\n\n\ntwo\n\n\nthree\n');
    repo.commit('blank lines');
    repo.git('config', 'diff.suppressBlankEmpty', 'true');
    repo.git('config', 'diff.interHunkContext', '10');
    const p = newPair();
    // edits on lines 1 and 7 (git would join the hunks through the blank lines between)
    checkAll(repo, 'a.txt', `one changed\n\n\ntwo\n\n\nthree\naws_access_key_id = ${p.id}\naws_secret_access_key = ${p.secret}\n`, p, 8);
  });

  it('an evil merge with `log.diffMerges=off` and `diff.renames=false`', () => {
    const repo = baseRepo();
    repo.git('config', 'log.diffMerges', 'off');
    repo.git('config', 'diff.renames', 'false');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('side.txt', 'side\n');
    repo.commit('side');
    repo.git('checkout', '-q', 'main');
    repo.write('main.txt', 'main\n');
    repo.commit('main');
    repo.git('merge', '-q', '--no-commit', 'side');
    const p = newPair();
    repo.write('merged.env', pairLines(p));
    repo.git('add', '-A');
    expectPair(lg(repo, ['staged']), p, { file: 'merged.env', line: 1 });
    repo.git('commit', '-q', '-m', 'evil merge');
    const sha = repo.git('rev-parse', 'HEAD').trim();
    expectPair(lg(repo, ['history']), p, { file: 'merged.env', line: 1, commit: sha });
  });
  it('a key only a merge added to a `-diff` file (a conflict resolution): credited to the merge', () => {
    const repo = baseRepo();
    repo.write('.gitattributes', '*.env -diff\n');
    repo.write('app.env', 'region = eu-west-1\n');
    repo.commit('env file', '2024-01-02T00:00:00Z');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('app.env', 'region = eu-west-1\nside = 1\n');
    repo.commit('side', '2024-01-03T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    repo.write('app.env', 'region = eu-west-1\nmain = 1\n');
    repo.commit('main', '2024-01-04T00:00:00Z');
    try {
      repo.git('merge', '-q', 'side');
    } catch {
      // a binary conflict: resolved by hand below
    }
    const p = newPair();
    repo.write('app.env', `region = eu-west-1\nmain = 1\nside = 1\n${pairLines(p)}`);
    repo.git('add', '-A');
    expectPair(lg(repo, ['staged']), p, { file: 'app.env', line: 4 });
    repo.git('commit', '-q', '--no-edit');
    const merge = repo.git('rev-parse', 'HEAD').trim();
    expect(repo.git('rev-list', '--parents', '-1', merge).trim().split(' ')).toHaveLength(3);
    const history = lg(repo, ['history']);
    expectPair(history, p, { file: 'app.env', line: 4, commit: merge });
  });
});

describe('replace objects and grafts', () => {
  /** c1 clean, c2 adds the pair, c3 another file; returns the shas */
  function threeCommits(repo: Repo, p: Pair): [string, string, string] {
    const c1 = repo.git('rev-parse', 'HEAD').trim();
    repo.write('keys.env', pairLines(p));
    const c2 = repo.commit('add keys', '2024-02-01T00:00:00Z');
    repo.write('other.txt', 'other\n');
    const c3 = repo.commit('other', '2024-03-01T00:00:00Z');
    return [c1, c2, c3];
  }

  it('`git replace --graft` hiding the commit that added the key: credited to that commit', () => {
    const repo = baseRepo();
    const p = newPair();
    const [c1, c2, c3] = threeCommits(repo, p);
    repo.git('replace', '--graft', c3, c1);
    expectPair(lg(repo, ['history']), p, { file: 'keys.env', line: 1, commit: c2 });
    expectPair(lg(repo, ['history', 'main']), p, { file: 'keys.env', line: 1, commit: c2 });
  });

  it('.git/info/grafts hiding the commit that added the key: credited to that commit', () => {
    const repo = baseRepo();
    const p = newPair();
    const [c1, c2, c3] = threeCommits(repo, p);
    writeFileSync(join(repo.dir, '.git/info/grafts'), `${c3} ${c1}\n`);
    expect(repo.git('log', '--format=%H', 'main').trim().split('\n')).not.toContain(c2);
    expectPair(lg(repo, ['history']), p, { file: 'keys.env', line: 1, commit: c2 });
  });

  it('a replaced blob: the content that was committed is scanned', () => {
    const repo = baseRepo();
    const p = newPair();
    const [, c2] = threeCommits(repo, p);
    const blob = repo.git('rev-parse', `${c2}:keys.env`).trim();
    repo.write('clean.txt', 'nothing here\n');
    const clean = repo.git('hash-object', '-w', 'clean.txt').trim();
    repo.git('replace', '-f', blob, clean);
    expect(repo.git('show', `${c2}:keys.env`)).toBe('nothing here\n');
    expectPair(lg(repo, ['history']), p, { file: 'keys.env', line: 1, commit: c2 });
  });
});

describe('UTF-16 files', () => {
  const utf16 = (text: string, order: 'le' | 'be', bom = true): Buffer => {
    const le = Buffer.from(text, 'utf16le');
    const body = order === 'le' ? le : Buffer.from(le).swap16();
    return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
  };

  for (const order of ['le', 'be'] as const) {
    it(`UTF-16 ${order.toUpperCase()} with a byte-order mark and CRLF (PowerShell 5): staged, history and scan, with line numbers`, () => {
      const repo = baseRepo();
      const p = newPair();
      const text = `# written by PowerShell\r\n$region = "eu-west-1"\r\n\r\n${pairLines(p).replace(/\n/g, '\r\n')}`;
      checkAll(repo, 'deploy.ps1', utf16(text, order), p, 4);
      // an edit further down: the hook reports what it adds, at its line
      const q = newPair();
      repo.write('deploy.ps1', utf16(`${text}\r\nWrite-Host "done"\r\n${pairLines(q).replace(/\n/g, '\r\n')}`, order));
      repo.git('add', '-A');
      const staged = lg(repo, ['staged']);
      expectPair(staged, q, { file: 'deploy.ps1', line: 8 });
      expect(staged.report.findings.map((f) => f.secret)).not.toContain(p.id);
      const sha = repo.commit('more');
      expectPair(lg(repo, ['history']), q, { file: 'deploy.ps1', line: 8, commit: sha });
    });
  }

  it('UTF-16 LE without a byte-order mark', () => {
    const repo = baseRepo();
    const p = newPair();
    checkAll(repo, 'notes.txt', utf16(`first\n${pairLines(p)}`, 'le', false), p, 2);
  });

  it('a UTF-16 key still in the file is `present`', () => {
    const repo = baseRepo();
    const p = newPair();
    repo.write('keys.txt', utf16(pairLines(p), 'le'));
    repo.commit('utf-16 keys');
    repo.write('other.txt', 'x\n');
    repo.commit('later');
    const f = lg(repo, ['history']).report.findings.find((x) => x.secret === p.id)!;
    expect(f.status).toBe('present');
  });
});

describe('commit messages in the history', () => {
  it('a message line over 1 MB is scanned whole: a key pair at its end is found', () => {
    const repo = baseRepo();
    const p = newPair();
    const long = 'x'.repeat(1536 * 1024);
    const msg = join(repo.env.HOME!, 'msg.txt');
    writeFileSync(msg, `subject\n\n${long} aws_access_key_id = ${p.id} aws_secret_access_key = ${p.secret}\n`);
    repo.write('a.txt', 'a\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-F', msg);
    const sha = repo.git('rev-parse', 'HEAD').trim();
    const r = lg(repo, ['history']);
    expect(r.code).toBe(1);
    const f = r.report.findings.find((x) => x.ruleId === 'aws-access-key-id' && x.secret === p.id);
    expect(f?.file).toBeNull();
    expect([f?.line, f?.column, f?.commit?.sha]).toEqual([3, long.length + 22, sha]);
    expect(f?.related?.map((x) => x.secret)).toContain(p.secret);
  });
});
