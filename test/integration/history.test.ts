// `leakguard history`: every commit on every ref, each leak once where it was introduced.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fakeKeyId, makeRepo, run, runJson, tempDir, type Repo } from '../helpers.js';

const history = (repo: Repo, ...args: string[]) => runJson(['history', '--no-redact', ...args], { cwd: repo.dir, env: repo.env });

describe('leakguard history', () => {
  it('reports a removed key at the commit that introduced it, with author, email, date and subject', () => {
    const repo = makeRepo();
    repo.write('README', 'hello\n');
    repo.commit('init', '2024-01-01T00:00:00Z');
    const id = fakeKeyId();
    repo.write('src/settings.py', `DEBUG = True\nAWS_ACCESS_KEY_ID = "${id}"\n`);
    const sha = repo.commit('Add settings\n\nwith a body', '2024-01-02T00:00:00Z');
    repo.write('src/settings.py', 'DEBUG = True\n');
    repo.commit('Remove key', '2024-01-03T00:00:00Z');
    const { code, report } = history(repo);
    expect(code).toBe(1);
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0]!;
    expect([f.file, f.line, f.secret]).toEqual(['src/settings.py', 2, id]);
    expect(f.commit).toEqual({ sha, author: 'Test Author', email: 'author@example.com', date: '2024-01-02T00:00:00+00:00', message: 'Add settings' });
    expect(report.stats.commits).toBe(3);
  });

  it('reports a key re-added by later commits once, at its first commit, counting the commits', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('a.env', `KEY=${id}\n`);
    const first = repo.commit('one', '2024-01-01T00:00:00Z');
    repo.write('a.env', '');
    repo.commit('two', '2024-01-02T00:00:00Z');
    repo.write('a.env', `KEY=${id}\n`);
    repo.write('b.env', `KEY=${id}\n`);
    repo.commit('three', '2024-01-03T00:00:00Z');
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.file, f.commit!.sha === first, f.occurrences, f.files])).toEqual([
      ['a.env', true, 2, ['a.env', 'b.env']],
      ['b.env', false, 1, ['a.env', 'b.env']],
    ]);
    expect(new Set(report.findings.map((f) => f.secretHash)).size).toBe(1);
  });

  it('scans unmerged branches and commits reachable only from a tag', () => {
    const repo = makeRepo();
    repo.write('x', '1\n');
    repo.commit('init');
    repo.git('checkout', '-q', '-b', 'feature');
    const [onBranch, onTag] = [fakeKeyId(), fakeKeyId()];
    repo.write('f.txt', `k=${onBranch}\n`);
    repo.commit('feature work');
    repo.git('checkout', '-q', 'main');
    repo.write('t.txt', `k=${onTag}\n`);
    repo.commit('tagged only');
    repo.git('tag', 'v-leak');
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    const { report } = history(repo);
    expect(report.findings.map((f) => f.secret).sort()).toEqual([onBranch, onTag].sort());
  });

  it('finds a key introduced by a merge commit itself (an evil merge), at the merge', () => {
    const repo = makeRepo();
    repo.write('conf.txt', 'a\n');
    repo.commit('init');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('conf.txt', 'side\n');
    repo.commit('side');
    repo.git('checkout', '-q', 'main');
    repo.write('conf.txt', 'main\n');
    repo.commit('main');
    const id = fakeKeyId();
    try {
      repo.git('merge', '-q', 'side');
    } catch {
      // conflict, resolved with a key that neither side had
    }
    repo.write('conf.txt', `resolved\nkey = ${id}\n`);
    repo.git('add', 'conf.txt');
    repo.git('commit', '-q', '--no-edit');
    const merge = repo.git('rev-parse', 'HEAD').trim();
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.secret, f.file, f.line, f.commit!.sha])).toEqual([[id, 'conf.txt', 2, merge]]);
  });

  it('reports a key a branch added at the branch commit, not again at the merge that kept it', () => {
    const repo = makeRepo();
    repo.write('conf.txt', 'a\nb\n');
    repo.commit('init');
    repo.git('checkout', '-q', '-b', 'side');
    const id = fakeKeyId();
    repo.write('conf.txt', `a\nb\nkey = ${id}\n`);
    const side = repo.commit('side adds a key');
    repo.git('checkout', '-q', 'main');
    repo.write('conf.txt', 'a changed on main\nb\n');
    repo.commit('main');
    repo.git('merge', '-q', '--no-edit', 'side');
    expect(repo.git('rev-list', '--merges', 'HEAD').trim()).not.toBe('');
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.secret, f.commit!.sha, f.occurrences])).toEqual([[id, side, 1]]);
  });

  it('scans commit messages', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.commit(`Rotate credentials\n\nold key was ${id}`);
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.file, f.line, f.secret])).toEqual([[null, 3, id]]);
  });

  it('scans only the given range, and honours --since/--until', () => {
    const repo = makeRepo();
    const [old, recent] = [fakeKeyId(), fakeKeyId()];
    repo.write('a', `k=${old}\n`);
    repo.commit('old', '2020-01-01T00:00:00Z');
    repo.write('b', `k=${recent}\n`);
    repo.commit('recent', '2024-06-01T00:00:00Z');
    expect(history(repo, 'HEAD~1..HEAD').report.findings.map((f) => f.secret)).toEqual([recent]);
    expect(history(repo, '--since', '2023-01-01').report.findings.map((f) => f.secret)).toEqual([recent]);
    expect(history(repo, '--until', '2021-01-01').report.findings.map((f) => f.secret)).toEqual([old]);
    expect(history(repo, '--max-commits', '1').report.stats.commits).toBe(1);
  });

  it('exits 0 on a repository without commits and 2 outside a repository or on a bad revision', () => {
    const empty = makeRepo();
    expect(history(empty).code).toBe(0);
    const none = makeRepo({ init: false });
    const r = run(['history'], { cwd: none.dir, env: none.env });
    expect([r.code, r.stderr]).toEqual([2, `leakguard: not a git repository: ${none.dir}\n`]);
    const bad = run(['history', 'no-such-branch'], { cwd: empty.dir, env: empty.env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("leakguard: git rev-list: bad revision 'no-such-branch'\n");
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const opt = run(['history', '--', '--output=/tmp/x'], { cwd: empty.dir, env: empty.env });
    expect([opt.code, opt.stderr]).toEqual([2, 'leakguard: REV: "--output=/tmp/x" looks like an option, not a revision\n']);
  });

  it('scans a commit made on a detached HEAD (reachable from no branch)', () => {
    const repo = makeRepo();
    repo.write('a', '1\n');
    repo.commit('init');
    repo.git('checkout', '-q', '--detach');
    const id = fakeKeyId();
    repo.write('d.txt', `k=${id}\n`);
    const sha = repo.commit('detached work');
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.secret, f.commit!.sha, f.status])).toEqual([[id, sha, 'present']]);
  });

  it('audits a bare clone', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('k', `k=${id}\n`);
    repo.commit('leak');
    const bare = join(tempDir(), 'bare.git');
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, bare], { env: repo.env });
    const r = runJson(['history', '--no-redact'], { cwd: bare, env: repo.env });
    expect(r.report.findings.map((f) => f.secret)).toEqual([id]);
  });
});

describe('leakguard history: where each leak stands', () => {
  it('says whether a secret is still at HEAD of the default branch, and which commit removed it', () => {
    const repo = makeRepo();
    const [kept, removed, unmerged] = [fakeKeyId(), fakeKeyId(), fakeKeyId()];
    repo.write('keep.env', `K=${kept}\n`);
    repo.write('gone.env', `K=${removed}\n`);
    repo.commit('add both', '2024-01-01T00:00:00Z');
    repo.write('gone.env', 'K=\n');
    const removal = repo.commit('remove one', '2024-01-02T00:00:00Z');
    repo.git('checkout', '-q', '-b', 'wip');
    repo.write('wip.env', `K=${unmerged}\n`);
    repo.commit('wip', '2024-01-03T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    const { report } = history(repo);
    const by = Object.fromEntries(report.findings.map((f) => [f.secret, f]));
    expect([by[kept]!.status, by[kept]!.removedIn]).toEqual(['present', null]);
    expect([by[removed]!.status, by[removed]!.removedIn]).toEqual(['removed', removal]);
    expect([by[unmerged]!.status, by[unmerged]!.removedIn]).toEqual(['removed', null]);
    const text = run(['history'], { cwd: repo.dir, env: repo.env }).stdout;
    expect(text).toContain('present at HEAD of the default branch');
    expect(text).toContain(`history only (removed in ${removal.slice(0, 12)}): still reachable in the history, so revoke it anyway`);
    expect(text).toMatch(/^By rule: {3}aws-access-key-id 3$/m);
    expect(text).toMatch(/^By status: history only 2, present at HEAD 1$/m);
  });

  it('finds the removing commit among many versions of the file', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    const shas: string[] = [];
    for (let i = 0; i < 20; i++) {
      const lines = [`version ${i}`, ...(i >= 3 && i < 13 ? [`key = ${id}`] : [])];
      repo.write('settings.ini', lines.join('\n') + '\n');
      shas.push(repo.commit(`change ${i}`, `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`));
    }
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.commit!.sha, f.status, f.removedIn])).toEqual([[shas[3], 'removed', shas[13]]]);
  });

  it('follows a removal made on a merged branch to the commit that made it', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('app.env', `KEY=${id}\n`);
    const intro = repo.commit('add key', '2024-02-01T00:00:00Z');
    repo.git('checkout', '-q', '-b', 'topic');
    repo.write('notes.txt', 'topic work\n');
    repo.commit('topic work', '2024-02-02T00:00:00Z');
    repo.write('app.env', 'KEY=\n');
    const removal = repo.commit('drop the key', '2024-02-03T00:00:00Z');
    repo.write('more.txt', 'more\n');
    repo.commit('more topic work', '2024-02-04T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    repo.write('main.txt', 'main work\n');
    repo.commit('main work', '2024-02-05T00:00:00Z');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge topic', 'topic');
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.commit!.sha, f.status, f.removedIn])).toEqual([[intro, 'removed', removal]]);
  });

  it('names the merge when the merge itself dropped the secret (a conflict resolved without it)', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('app.env', 'KEY=\n');
    repo.commit('start', '2024-03-01T00:00:00Z');
    repo.git('checkout', '-q', '-b', 'topic');
    repo.write('app.env', 'KEY=from-topic\n');
    repo.commit('topic value', '2024-03-02T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    repo.write('app.env', `KEY=${id}\n`);
    const intro = repo.commit('add key', '2024-03-03T00:00:00Z');
    try {
      repo.git('merge', '-q', '-m', 'merge topic', 'topic');
    } catch {
      // the conflict: resolved with the topic's line
    }
    repo.write('app.env', 'KEY=from-topic\n');
    const merge = repo.commit('merge topic', '2024-03-04T00:00:00Z');
    expect(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ')).toHaveLength(3);
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.commit!.sha, f.status, f.removedIn])).toEqual([[intro, 'removed', merge]]);
  });

  it('finds the removal of a secret that came in with a merged branch', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('readme.txt', 'hello\n');
    repo.commit('start', '2024-04-01T00:00:00Z');
    repo.git('checkout', '-q', '-b', 'topic');
    repo.write('topic.env', `KEY=${id}\n`);
    const intro = repo.commit('topic adds a key', '2024-04-02T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    repo.write('main.txt', 'main work\n');
    repo.commit('main work', '2024-04-03T00:00:00Z');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge topic', 'topic');
    repo.write('topic.env', 'KEY=\n');
    const removal = repo.commit('drop the key', '2024-04-05T00:00:00Z');
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.commit!.sha, f.status, f.removedIn])).toEqual([[intro, 'removed', removal]]);
  });

  it('uses the remote default branch (origin/HEAD) when there is one', () => {
    const upstream = makeRepo();
    const id = fakeKeyId();
    upstream.write('a.env', `K=${id}\n`);
    upstream.commit('leak');
    const clone = makeRepo({ init: false });
    execFileSync('git', ['clone', '-q', upstream.dir, clone.dir], { env: clone.env });
    // locally the key is removed, but the default branch (origin/main) still has it
    clone.write('a.env', '');
    clone.commit('local removal');
    const { report } = history(clone);
    expect(report.findings.map((f) => f.status)).toEqual(['present']);
  });

  it('scans binary blobs for printable strings only with --binary', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('app.bin', Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.from(`config:aws_key=${id};`), Buffer.from([0, 255])]));
    const sha = repo.commit('add binary');
    expect(history(repo).report.findings).toEqual([]);
    const { report } = history(repo, '--binary');
    expect(report.findings.map((f) => [f.file, f.secret, f.line, f.column, f.commit!.sha])).toEqual([['app.bin', id, 1, 20, sha]]);
  });

  it('finds a key at the end of a 20 MB single-line file', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('bundle.min.js', 'var a=1;'.repeat(2_500_000) + `k="${id}"`);
    repo.commit('huge line');
    const { report } = history(repo);
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['bundle.min.js', 1, 20_000_004]]);
  });

  it('works in a shallow clone (with a note) and in a linked worktree', () => {
    const repo = makeRepo();
    const [old, recent] = [fakeKeyId(), fakeKeyId()];
    repo.write('a', `k=${old}\n`);
    repo.commit('old');
    repo.write('b', `k=${recent}\n`);
    repo.commit('recent');
    const shallow = makeRepo({ init: false });
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow.dir], { env: shallow.env });
    const r = run(['history', '--verbose', '--format', 'json', '--no-redact'], { cwd: shallow.dir, env: shallow.env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('shallow clone: commits before the shallow boundary are not available');
    const tree = join(tempDir(), 'wt');
    repo.git('worktree', 'add', '-q', tree, '-b', 'other');
    expect(runJson(['history', '--no-redact'], { cwd: tree, env: repo.env }).report.findings.map((f) => f.secret).sort()).toEqual([old, recent].sort());
  });
});
