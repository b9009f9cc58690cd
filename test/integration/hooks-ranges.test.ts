// Issue 10, "Hooks and ranges": the commit-msg hook scans every line git may keep, tags are
// scanned by the audit and the pre-push hook, and a push scans what is new to *that* remote.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeyId, fakeSecret, makeRepo, run, runJson, tempDir, type Repo } from '../helpers.js';

const lg = (repo: Repo, ...args: string[]) => run(args, { cwd: repo.dir, env: repo.env });
const gitTry = (repo: Repo, args: string[], env: NodeJS.ProcessEnv = repo.env) => {
  const r = spawnSync('git', args, { cwd: repo.dir, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
};
const head = (repo: Repo) => repo.git('log', '-1', '--format=%B');

function bareRemote(): string {
  const dir = tempDir();
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', dir]);
  return dir;
}

describe('commit-msg: every line git may keep is scanned', () => {
  it('blocks a key on a line starting with # under -m, --cleanup=verbatim and another core.commentChar', () => {
    const repo = makeRepo();
    expect(lg(repo, 'install', '--hook', 'commit-msg').code).toBe(0);
    repo.write('a.txt', 'a\n');
    repo.git('add', '-A');
    // -m: cleanup "whitespace" (no editor), so git keeps '#123 ...' in the commit
    const key = fakeKeyId();
    const m = gitTry(repo, ['commit', '-m', `fix\n\n#123 deploy with ${key}`]);
    expect(m.code).not.toBe(0);
    expect(m.out).toContain('commit message:3:');
    expect(m.out).toContain('leakguard blocked this commit');
    // the same commit without the hook: git really keeps the line (the premise of the test)
    expect(gitTry(repo, ['commit', '-q', '--no-verify', '-m', `fix\n\n#123 deploy with ${key}`]).code).toBe(0);
    expect(head(repo)).toContain(`#123 deploy with ${key}`);
    repo.write('b.txt', 'b\n');
    repo.git('add', '-A');
    const file = join(repo.dir, '..', `msg-${process.pid}-${Date.now()}`);
    writeFileSync(file, `subject\n# a comment with ${fakeKeyId()}\n`);
    const verbatim = gitTry(repo, ['commit', '--cleanup=verbatim', '-F', file]);
    expect(verbatim.code).not.toBe(0);
    expect(verbatim.out).toContain('commit message:2:');
    // another comment character: '#' lines are ordinary text then
    repo.git('config', 'core.commentChar', ';');
    const other = gitTry(repo, ['commit', '-m', `subject\n# ${fakeKeyId()}`]);
    expect(other.code).not.toBe(0);
    expect(gitTry(repo, ['commit', '-m', 'a clean message']).code).toBe(0);
  });

  it('leaves out the diff of git commit -v (keys already committed in context lines do not block)', () => {
    const repo = makeRepo();
    const old = fakeKeyId();
    repo.write('conf.ini', `[a]\nkey=${old}\nx=1\n`);
    repo.commit('old key, already committed');
    expect(lg(repo, 'install', '--hook', 'commit-msg').code).toBe(0);
    repo.write('conf.ini', `[a]\nkey=${old}\nx=2\n`);
    repo.git('add', '-A');
    // an editor that writes the message above git's template (which holds the -v diff)
    const editor = join(tempDir(), 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\n{ printf "bump x\\n"; cat "$1"; } > "$1.new" && mv "$1.new" "$1"\n');
    chmodSync(editor, 0o755);
    const env = { ...repo.env, GIT_EDITOR: editor };
    const r = gitTry(repo, ['commit', '-v'], env);
    expect(r.out).not.toContain('leakguard blocked');
    expect(r.code).toBe(0);
    expect(head(repo).trim()).toBe('bump x');
    // a key typed in the message of the same kind of commit is still found
    repo.write('conf.ini', `[a]\nkey=${old}\nx=3\n`);
    repo.git('add', '-A');
    writeFileSync(editor, `#!/bin/sh\n{ printf "bump x\\n\\nsee ${fakeKeyId()}\\n"; cat "$1"; } > "$1.new" && mv "$1.new" "$1"\n`);
    const blocked = gitTry(repo, ['commit', '-v'], env);
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('commit message:3:');
  });
});

describe('tags', () => {
  function taggedRepo() {
    const repo = makeRepo();
    repo.write('a.txt', 'clean\n');
    repo.commit('clean');
    const inMessage = fakeKeyId();
    repo.git('tag', '-a', 'v9', '-m', `release 9\n\ndeployed with ${inMessage}`);
    const blobKey = fakeKeyId();
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, env: repo.env, input: `id=${blobKey}\n` }).toString().trim();
    repo.git('tag', 'blobtag', blob);
    const treeKey = fakeKeyId();
    const treeBlob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, env: repo.env, input: `one\nid=${treeKey}\n` }).toString().trim();
    const tree = execFileSync('git', ['mktree'], { cwd: repo.dir, env: repo.env, input: `100644 blob ${treeBlob}\tcreds.env\n` }).toString().trim();
    repo.git('tag', '-a', 'treetag', '-m', 'a tree', tree);
    return { repo, inMessage, blobKey, treeKey };
  }

  it('the audit scans annotated tag messages and tags of blobs and trees, naming the tag', () => {
    const { repo, inMessage, blobKey, treeKey } = taggedRepo();
    const { code, report } = runJson(['history', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(code).toBe(1);
    const got = report.findings.map((f) => [f.secret, f.file, f.line, (f as { gitTag?: string }).gitTag]);
    expect(got).toEqual(
      expect.arrayContaining([
        [inMessage, null, 3, 'v9'],
        [blobKey, 'blobtag', 1, 'blobtag'],
        [treeKey, 'treetag:creds.env', 2, 'treetag'],
      ]),
    );
    expect(report.findings).toHaveLength(3);
    const tagSha = repo.git('rev-parse', 'v9').trim();
    expect(report.findings.find((f) => f.secret === inMessage)!.commit).toMatchObject({ sha: tagSha, author: 'Test Committer', message: 'tag v9: release 9' });
    // a revision naming the tag scans it too; the text report names it
    const text = lg(repo, 'history', 'v9');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('tag v9 message:3:');
  });

  it('pre-push blocks `git push origin v9` when the tag message holds a key, and a pushed tag of a blob', () => {
    const { repo } = taggedRepo();
    repo.git('remote', 'add', 'origin', bareRemote());
    expect(gitTry(repo, ['push', '-q', 'origin', 'main']).code).toBe(0);
    expect(lg(repo, 'install', '--hook', 'pre-push').code).toBe(0);
    const r = gitTry(repo, ['push', 'origin', 'v9']);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('tag v9 message:3:');
    const blob = gitTry(repo, ['push', 'origin', 'blobtag']);
    expect(blob.code).not.toBe(0);
    expect(blob.out).toContain('blobtag:1:');
    // a clean annotated tag goes through
    repo.git('tag', '-a', 'v10', '-m', 'release 10');
    expect(gitTry(repo, ['push', '-q', 'origin', 'v10']).code).toBe(0);
  });
});

describe('pre-push: what is new to that remote', () => {
  it('scans commits that live only on another remote when pushing them to this one; skips deletions', () => {
    const repo = makeRepo();
    const privateDir = bareRemote();
    repo.git('remote', 'add', 'private', privateDir);
    repo.git('remote', 'add', 'public', bareRemote());
    repo.write('a.txt', 'clean\n');
    repo.commit('clean');
    repo.git('push', '-q', 'public', 'main');
    repo.git('push', '-q', 'private', 'main');
    expect(lg(repo, 'install', '--hook', 'pre-push').code).toBe(0);
    // a key committed and pushed to the private remote only (before the hook was there, say)
    repo.git('checkout', '-q', '-b', 'feature');
    const id = fakeKeyId();
    repo.write('deploy.env', `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${fakeSecret()}\n`);
    repo.commit('deploy config');
    expect(gitTry(repo, ['push', '-q', '--no-verify', 'private', 'feature']).code).toBe(0);
    repo.write('b.txt', 'clean\n');
    repo.commit('clean on top');
    // to the private remote only the clean commit is new
    expect(gitTry(repo, ['push', '-q', 'private', 'feature']).code).toBe(0);
    // to the public one, the key's commit is new: blocked, whatever the private remote has
    const pub = gitTry(repo, ['push', 'public', 'feature']);
    expect(pub.code).not.toBe(0);
    expect(pub.out).toContain('deploy.env:1:');
    // also as a push of main after merging
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--ff-only', 'feature');
    expect(gitTry(repo, ['push', 'public', 'main']).code).not.toBe(0);
    // a push to a URL (no remote-tracking refs) scans everything new to it...
    expect(gitTry(repo, ['push', bareRemote(), 'main']).code).not.toBe(0);
    // ...unless it is a configured remote's URL: every commit of main is on private/feature
    expect(gitTry(repo, ['push', '-q', privateDir, 'main']).code).toBe(0);
    // a deletion pushes nothing
    expect(gitTry(repo, ['push', '-q', 'private', ':feature']).code).toBe(0);
  });

  it('history --pre-push --remote=NAME reads the refs from stdin (the hook\'s invocation)', () => {
    const repo = makeRepo();
    repo.git('remote', 'add', 'private', bareRemote());
    repo.write('a.txt', `k=${fakeKeyId()}\n`);
    const sha = repo.commit('leak');
    repo.git('push', '-q', 'private', 'main');
    const input = `refs/heads/main ${sha} refs/heads/main ${'0'.repeat(40)}\n`;
    expect(run(['history', '--pre-push', '--remote=private', '--quiet'], { cwd: repo.dir, env: repo.env, input }).code).toBe(0);
    expect(run(['history', '--pre-push', '--remote=public', '--quiet'], { cwd: repo.dir, env: repo.env, input }).code).toBe(1);
    expect(run(['history', '--remote=x'], { cwd: repo.dir, env: repo.env }).stderr).toBe('leakguard: --remote: only used with --pre-push\n');
  });
});
