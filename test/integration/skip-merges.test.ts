// --skip-merges: the peers' behaviour (no diff for merge commits) as an option; by default
// a key pasted while resolving a conflict is found, with it it is not, and a merge's
// message is scanned either way.
import { describe, expect, it } from 'vitest';
import { fakeKeyId, fakeSecret, makeRepo, runJson } from '../helpers.js';

describe('history --skip-merges', () => {
  it('finds a key added by a conflict resolution only without it, and scans merge messages either way', () => {
    const repo = makeRepo();
    repo.write('config.ini', '[default]\nregion = eu-west-1\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('config.ini', '[default]\nregion = us-east-1\n');
    repo.commit('side: us');
    repo.git('checkout', '-q', 'main');
    repo.write('config.ini', '[default]\nregion = ap-south-1\n');
    repo.commit('main: ap');
    try {
      repo.git('merge', '-q', 'side');
    } catch {
      // the conflict, resolved with a key pair neither branch had
    }
    const id = fakeKeyId();
    repo.write('config.ini', `[default]\nregion = us-east-1\naws_access_key_id = ${id}\naws_secret_access_key = ${fakeSecret()}\n`);
    repo.git('add', 'config.ini');
    const token = fakeKeyId();
    repo.git('commit', '-q', '-m', `Merge side (temporary key ${token} for the demo)`);

    const full = runJson(['history'], { cwd: repo.dir, env: repo.env });
    expect(full.code).toBe(1);
    const ids = full.report.findings.map((f) => [f.file, f.secret]);
    expect(ids).toContainEqual(['config.ini', id]);
    expect(ids).toContainEqual([null, token]);

    const skip = runJson(['history', '--skip-merges'], { cwd: repo.dir, env: repo.env });
    expect(skip.code).toBe(1);
    expect(skip.report.findings.map((f) => [f.file, f.secret])).toEqual([[null, token]]);
    expect(skip.report.stats.commits).toBe(full.report.stats.commits);
  });
});
