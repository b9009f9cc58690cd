/**
 * Issue 10, "Pairs and context" and "The audit's status must be true": a secret pasted next
 * to a key ID that is already committed pairs (hook and audit read nearby lines), no chunk
 * or window boundary splits a pair or a secret, a secret still at HEAD is `present`
 * whatever its path now, and the status post-pass stays linear with thousands of findings.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeKeyId, fakeSecret, makeRepo, runJson } from '../helpers.js';

describe('history status: decided from the content at HEAD', () => {
  it('a secret moved by git mv, by a rename plus an edit, into a file with a newline or a non-UTF-8 name, is present', () => {
    const repo = makeRepo();
    const ids = [fakeKeyId(), fakeKeyId(), fakeKeyId(), fakeKeyId(), fakeKeyId()];
    repo.write('a.txt', `id = ${ids[0]}\n`);
    repo.write('b.txt', `one\ntwo\nid = ${ids[1]}\n`);
    repo.write('c.txt', `id = ${ids[2]}\n`);
    repo.write('d.txt', `id = ${ids[3]}\n`);
    repo.write('gone.txt', `id = ${ids[4]}\n`);
    repo.commit('add keys');
    repo.git('mv', 'a.txt', 'renamed.txt');
    mkdirSync(join(repo.dir, 'moved'));
    repo.git('mv', 'b.txt', 'moved/b2.txt');
    repo.write('moved/b2.txt', `zero\none\ntwo\nid = ${ids[1]}\nthree\n`);
    repo.git('mv', 'c.txt', 'line\nbreak.txt');
    writeFileSync(Buffer.from(join(repo.dir, 'caf\xe9.txt'), 'latin1'), `id = ${ids[3]}\n`);
    repo.git('rm', '-q', 'd.txt');
    repo.git('rm', '-q', 'gone.txt');
    const moved = repo.commit('move them');
    const { code, report } = runJson(['history'], { cwd: repo.dir, env: repo.env });
    expect(code).toBe(1);
    const status = new Map(report.findings.filter((f) => f.commit!.message === 'add keys').map((f) => [f.file, [f.status, f.removedIn]]));
    expect(status.get('a.txt')).toEqual(['present', null]);
    expect(status.get('b.txt')).toEqual(['present', null]);
    expect(status.get('c.txt')).toEqual(['present', null]);
    expect(status.get('d.txt')).toEqual(['present', null]);
    expect(status.get('gone.txt')).toEqual(['removed', moved]);
  });

  it('a secret in a file over 64 MB at HEAD is present', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('big.txt', `id = ${id}\n`);
    repo.commit('add key');
    const filler = Buffer.alloc(66 * 1024 * 1024, 'x'.repeat(65535) + '\n');
    repo.write('big.txt', Buffer.concat([filler, Buffer.from(`\nid = ${id}\n`)]));
    repo.git('add', 'big.txt');
    repo.git('-c', 'core.bigFileThreshold=1m', 'commit', '-q', '-m', 'grow');
    const { report } = runJson(['history'], { cwd: repo.dir, env: repo.env });
    const f = report.findings.find((x) => x.commit!.message === 'add key')!;
    expect([f.file, f.status, f.removedIn]).toEqual(['big.txt', 'present', null]);
  }, 120_000);

  it('thousands of findings in one folder: each one present or removed, correctly', () => {
    const repo = makeRepo();
    const n = 3000;
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      ids.push(fakeKeyId());
      repo.write(`keys/k${i}.txt`, `key = ${ids[i]}\n`);
    }
    repo.commit('add many keys');
    // every third file loses its key (the file stays), every third file is deleted
    for (let i = 0; i < n; i += 3) repo.write(`keys/k${i}.txt`, 'key = rotated\n');
    const deleted: string[] = [];
    for (let i = 1; i < n; i += 3) deleted.push(`keys/k${i}.txt`);
    repo.git('rm', '-q', ...deleted);
    const removal = repo.commit('remove two thirds');
    const { report } = runJson(['history', '--no-redact'], { cwd: repo.dir, env: repo.env });
    const byId = new Map(report.findings.map((f) => [f.secret, f]));
    expect(byId.size).toBe(new Set(ids).size);
    for (let i = 0; i < n; i++) {
      const f = byId.get(ids[i]!)!;
      const want = i % 3 === 2 ? ['present', null] : ['removed', removal];
      expect([f.file, f.status, f.removedIn]).toEqual([`keys/k${i}.txt`, ...want]);
    }
  }, 180_000);
});
