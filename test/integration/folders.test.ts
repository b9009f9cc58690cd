// Issue 10, "Files and folders": a folder named explicitly is scanned even when git ignores
// it; submodules, nested repositories and Git LFS objects are noted in every mode, and
// scanned on request (--recurse-submodules, --lfs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeyId, fakeSecret, makeRepo, run, runJson, type Repo } from '../helpers.js';

type Note = { file: string | null; message: string; unscanned?: boolean };
const notesOf = (report: unknown) => ((report as { notes?: Note[] }).notes ?? []);

describe('scan DIR where git ignores DIR', () => {
  it('scans the files of a folder named explicitly, ignored ones included; scan . keeps to what git does not ignore', () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'dist/\n*.log\nbuild/*\n!build/.gitkeep\n');
    repo.write('src/app.js', 'console.log(1)\n');
    repo.write('build/.gitkeep', '');
    const id = fakeKeyId();
    repo.write('dist/bundle.js', `const k = "${id}";\n`);
    repo.write('dist/deep/debug.log', `AWS_ACCESS_KEY_ID=${fakeKeyId()}\n`);
    repo.write('build/out.js', `k="${fakeKeyId()}"\n`);
    repo.commit('src');
    const named = runJson(['scan', 'dist', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(named.code).toBe(1);
    expect(named.report.findings.map((f) => [f.file, f.line]).sort()).toEqual([
      ['dist/bundle.js', 1],
      ['dist/deep/debug.log', 1],
    ]);
    // a folder whose files are ignored (not the folder itself)
    expect(runJson(['scan', 'build/'], { cwd: repo.dir, env: repo.env }).report.findings.map((f) => f.file)).toEqual(['build/out.js']);
    // a folder inside the ignored one, named from inside it; and `scan .` inside an ignored folder
    const inner = runJson(['scan', 'deep'], { cwd: join(repo.dir, 'dist'), env: repo.env });
    expect(inner.report.findings.map((f) => f.file)).toEqual(['deep/debug.log']);
    expect(runJson(['scan', '.'], { cwd: join(repo.dir, 'dist'), env: repo.env }).report.findings).toHaveLength(2);
    // the working directory keeps git's view: tracked plus untracked-not-ignored files
    const all = runJson(['scan', '.'], { cwd: repo.dir, env: repo.env });
    expect(all.code).toBe(0);
    expect(all.report.stats.files).toBe(3); // .gitignore, src/app.js, build/.gitkeep
    repo.write('src/local.log', `k=${fakeKeyId()}\n`);
    expect(run(['scan'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    // a named folder that is not ignored: its ignored files are scanned too
    const src = runJson(['scan', 'src'], { cwd: repo.dir, env: repo.env });
    expect(src.report.findings.map((f) => f.file)).toEqual(['src/local.log']);
    // a repository named by its top folder (from outside it) keeps git's view, as `scan .` does
    expect(run(['scan', repo.dir], { cwd: join(repo.dir, '..'), env: repo.env }).code).toBe(0);
  });
});

function git(dir: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A superproject with a submodule `libs/sub` (a key still there, one removed) and a nested repository. */
function withSubmodule(): { repo: Repo; present: string; removed: string; nested: string } {
  const sub = makeRepo();
  const present = fakeKeyId();
  const removed = fakeKeyId();
  sub.write('old.env', `AWS_ACCESS_KEY_ID=${removed}\n`);
  sub.commit('old key');
  sub.git('rm', '-q', 'old.env');
  sub.write('creds.env', `AWS_ACCESS_KEY_ID=${present}\n`);
  sub.commit('new key');
  const repo = makeRepo();
  repo.write('README.md', 'super\n');
  repo.commit('init');
  git(repo.dir, repo.env, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'libs/sub');
  repo.commit('add submodule');
  const nested = fakeKeyId();
  mkdirSync(join(repo.dir, 'tools/nested'), { recursive: true });
  git(join(repo.dir, 'tools/nested'), repo.env, 'init', '-q');
  writeFileSync(join(repo.dir, 'tools/nested/x.env'), `AWS_ACCESS_KEY_ID=${nested}\n`);
  return { repo, present, removed, nested };
}

describe('submodules and nested repositories', () => {
  it('scan . notes them in every mode, and --recurse-submodules scans their files', () => {
    const { repo, present, nested } = withSubmodule();
    const quiet = run(['scan', '.', '--quiet'], { cwd: repo.dir, env: repo.env });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toContain('note: libs/sub: submodule not scanned (--recurse-submodules scans it)');
    expect(quiet.stderr).toContain('note: tools/nested: nested git repository not scanned (--recurse-submodules scans it)');
    const json = runJson(['scan', '.'], { cwd: repo.dir, env: repo.env });
    expect(notesOf(json.report).filter((n) => n.unscanned).map((n) => n.file).sort()).toEqual(['libs/sub', 'tools/nested']);
    const deep = runJson(['scan', '.', '--recurse-submodules', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(deep.code).toBe(1);
    expect(deep.report.findings.map((f) => [f.file, f.secret]).sort()).toEqual([
      ['libs/sub/creds.env', present],
      ['tools/nested/x.env', nested],
    ]);
    expect(notesOf(deep.report).filter((n) => n.unscanned)).toEqual([]);
  });

  it('history notes a submodule, and --recurse-submodules audits its history under its path', () => {
    const { repo, present, removed } = withSubmodule();
    // a submodule that was in the history but is gone at HEAD
    const gone = makeRepo();
    gone.commit('empty');
    git(repo.dir, repo.env, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', gone.dir, 'old/gone');
    git(repo.dir, repo.env, 'commit', '-q', '-m', 'add a second submodule');
    git(repo.dir, repo.env, 'rm', '-q', 'old/gone');
    git(repo.dir, repo.env, 'commit', '-q', '-m', 'remove it');
    const quiet = run(['history', '--quiet'], { cwd: repo.dir, env: repo.env });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toContain('note: libs/sub: submodule: its history is not audited (--recurse-submodules audits it)');
    expect(quiet.stderr).toContain('note: old/gone: submodule (in the history, not at HEAD): its history is not audited');
    const plain = runJson(['history'], { cwd: repo.dir, env: repo.env });
    expect(notesOf(plain.report).filter((n) => n.unscanned).map((n) => n.file).sort()).toEqual(['libs/sub', 'old/gone']);
    const deep = runJson(['history', '--recurse-submodules', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(deep.code).toBe(1);
    const got = deep.report.findings.map((f) => [f.file, f.secret, f.status]).sort();
    expect(got).toEqual([
      ['libs/sub/creds.env', present, 'present'],
      ['libs/sub/old.env', removed, 'removed'],
    ]);
    expect(deep.report.findings.find((f) => f.secret === removed)!.removedIn).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('Git LFS', () => {
  function lfsRepo() {
    const repo = makeRepo();
    const id = fakeKeyId();
    const content = `# deploy\nAWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${fakeSecret()}\n`;
    const oid = createHash('sha256').update(content).digest('hex');
    // what git-lfs writes: a pointer in git, the content in .git/lfs/objects/xx/yy/<oid>
    repo.write('.gitattributes', 'secrets.env filter=lfs diff=lfs merge=lfs -text\n');
    repo.write('secrets.env', `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${Buffer.byteLength(content)}\n`);
    repo.commit('lfs file');
    const store = join(repo.dir, '.git/lfs/objects', oid.slice(0, 2), oid.slice(2, 4));
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, oid), content);
    // a pointer whose object was never fetched
    repo.write('missing.bin', `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 10\n`);
    repo.commit('lfs file not fetched');
    return { repo, id };
  }

  it('notes pointer files in every mode; --lfs scans the objects present locally (scan and history)', () => {
    const { repo, id } = lfsRepo();
    const plain = run(['scan', '.', '--quiet'], { cwd: repo.dir, env: repo.env });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('note: secrets.env: Git LFS pointer: the object it points to is not scanned (--lfs scans the objects present locally)');
    const scan = runJson(['scan', '.', '--lfs', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(scan.code).toBe(1);
    expect(scan.report.findings.map((f) => [f.file, f.line, f.secret])).toEqual([['secrets.env', 2, id]]);
    expect(notesOf(scan.report)).toContainEqual(expect.objectContaining({ file: 'missing.bin', unscanned: true, message: expect.stringContaining('not in the local LFS store') }));
    const history = run(['history', '--quiet'], { cwd: repo.dir, env: repo.env });
    expect(history.code).toBe(0);
    expect(history.stderr).toContain('note: secrets.env: Git LFS pointer');
    const audited = runJson(['history', '--lfs', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(audited.code).toBe(1);
    expect(audited.report.findings.map((f) => [f.file, f.line, f.secret])).toEqual([['secrets.env', 2, id]]);
  });

  it('the pre-commit hook (staged) scans a staged pointer\'s object from the local store, and notes one that is not there', () => {
    const { repo } = lfsRepo();
    const id = fakeKeyId();
    const content = `AWS_ACCESS_KEY_ID=${id}\n`;
    const oid = createHash('sha256').update(content).digest('hex');
    const store = join(repo.dir, '.git/lfs/objects', oid.slice(0, 2), oid.slice(2, 4));
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, oid), content);
    repo.write('secrets.env', `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${content.length}\n`);
    repo.git('add', 'secrets.env');
    const staged = runJson(['staged', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(staged.code).toBe(1);
    expect(staged.report.findings.map((f) => [f.file, f.line, f.secret])).toEqual([['secrets.env', 1, id]]);
    repo.git('commit', '-q', '--no-verify', '-m', 'x');
    repo.write('missing.bin', `version https://git-lfs.github.com/spec/v1\noid sha256:${'cd'.repeat(32)}\nsize 10\n`);
    repo.git('add', 'missing.bin');
    const noted = run(['staged', '--quiet'], { cwd: repo.dir, env: repo.env });
    expect(noted.code).toBe(0);
    expect(noted.stderr).toContain('note: missing.bin: Git LFS object not scanned: object cdcdcdcdcdcd is not in the local LFS store');
  });
});
