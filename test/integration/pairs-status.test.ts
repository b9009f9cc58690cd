/**
 * Issue 10, "Pairs and context" and "The audit's status must be true": a secret pasted next
 * to a key ID that is already committed pairs (hook and audit read nearby lines), no chunk
 * or window boundary splits a pair or a secret, a secret still at HEAD is `present`
 * whatever its path now, and the status post-pass stays linear with thousands of findings.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeKeyId, fakeSecret, fakeSessionToken, makeRepo, run, runJson } from '../helpers.js';

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

/** A file whose lines are `n` filler lines of `width` characters (newline included), with `put` lines replaced. */
function filled(n: number, width: number, put: Record<number, string>): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) out.push((put[i] !== undefined ? `${put[i]} ` : `filler ${String(i).padStart(8, '0')} `).padEnd(width - 1, '.'));
  return out.join('\n') + '\n';
}

describe('pairs with lines already committed', () => {
  it('staged and history: a secret pasted next to a committed key ID pairs with it', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    const secret = fakeSecret();
    repo.write('creds.ini', `[default]\naws_access_key_id = ${id}\nregion = eu-west-1\n`);
    repo.commit('key id only');
    repo.write('creds.ini', `[default]\naws_access_key_id = ${id}\n${secret}\nregion = eu-west-1\n`);
    repo.git('add', '-A');
    const staged = runJson(['staged', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(staged.code).toBe(1);
    expect(staged.report.findings.map((f) => [f.ruleId, f.secret, f.line, f.severity, f.related?.map((r) => [r.secret, r.line])])).toEqual([
      ['aws-access-key-id', id, 2, 'critical', [[secret, 3]]],
    ]);
    const sha = repo.commit('secret pasted');
    const history = runJson(['history', '--no-redact'], { cwd: repo.dir, env: repo.env });
    const paired = history.report.findings.filter((f) => f.related?.some((r) => r.secret === secret));
    expect(paired.map((f) => [f.secret, f.commit!.sha, f.status])).toEqual([[id, sha, 'present']]);
  });

  it('a key ID in an unchanged line of the same hunk pairs; an edit next to a committed pair reports nothing new', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    const secret = fakeSecret();
    repo.write('app.js', `const a = 1;\nconst id = "${id}";\nconst b = 2;\nconst c = 3;\n`);
    repo.commit('key id');
    repo.write('app.js', `const a = 10;\nconst id = "${id}";\nconst s = "${secret}";\nconst b = 2;\nconst c = 30;\n`);
    repo.git('add', '-A');
    const staged = runJson(['staged', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(staged.report.findings.map((f) => [f.secret, f.related?.map((r) => r.secret)])).toEqual([[id, [secret]]]);
    repo.commit('secret');
    // a change right next to the pair adds no secret
    repo.write('app.js', `const a = 11;\nconst id = "${id}";\nconst s = "${secret}";\nconst b = 22;\nconst c = 30;\n`);
    repo.git('add', '-A');
    const quiet = runJson(['staged'], { cwd: repo.dir, env: repo.env });
    expect([quiet.code, quiet.report.findings]).toEqual([0, []]);
    repo.commit('edit around');
    const history = runJson(['history', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(history.report.findings.map((f) => [f.secret, f.commit!.message, f.related?.map((r) => r.secret) ?? []]).sort()).toEqual([
      [id, 'key id', []],
      [id, 'secret', [secret]],
    ]);
  });

  it('a key ID in .leakguardignore or in the baseline does not hide a secret pasted beside it', () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    repo.write('conf/keys.txt', `id: ${id}\n`);
    repo.commit('key id');
    const first = runJson(['scan', '.'], { cwd: repo.dir, env: repo.env });
    const fp = first.report.findings[0]!.fingerprint;
    repo.write('.leakguardignore', `${fp}  # known test key\n`);
    expect(run(['baseline'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    repo.commit('ignore and baseline');
    expect(runJson(['scan', '.'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    const secret = fakeSecret();
    repo.write('conf/keys.txt', `id: ${id}\nsecret: ${secret}\n`);
    repo.git('add', '-A');
    for (const args of [['staged'], ['staged', '--baseline', '.leakguard-baseline.jsonl'], ['scan', '.']]) {
      const r = runJson([...args, '--no-redact'], { cwd: repo.dir, env: repo.env });
      expect([args.join(' '), r.code, r.report.findings.map((f) => [f.secret, f.related?.map((x) => x.secret)])]).toEqual([args.join(' '), 1, [[id, [secret]]]]);
    }
  });
});

describe('no boundary splits a pair or a secret', () => {
  it('a key pair straddling the cut between chunks of a long diff (hook and audit)', () => {
    const repo = makeRepo();
    // 100-character lines: the first chunk is full (256 KB) after line 2622
    const pairs: Array<{ id: string; secret: string; file: string }> = [];
    for (const at of [2619, 2621, 2622, 2623]) {
      const id = fakeKeyId();
      const secret = fakeSecret();
      const file = `big-${at}.txt`;
      repo.write(file, filled(2800, 100, { [at]: `id ${id}`, [at + 2]: `${secret}` }));
      pairs.push({ id, secret, file });
    }
    repo.git('add', '-A');
    const staged = runJson(['staged', '--no-redact'], { cwd: repo.dir, env: repo.env });
    const got = (fs: typeof staged.report.findings) => fs.map((f) => [f.file, f.secret, f.related?.map((r) => r.secret)]).sort();
    const want = pairs.map((p) => [p.file, p.id, [p.secret]]).sort();
    expect(got(staged.report.findings)).toEqual(want);
    repo.commit('big files');
    expect(got(runJson(['history', '--no-redact'], { cwd: repo.dir, env: repo.env }).report.findings)).toEqual(want);
  });

  it('a key pair across the regex window of a file (scan), lines short and long', () => {
    const repo = makeRepo();
    const want: unknown[] = [];
    // 32 KB windows overlapping by 4 KB: the key ID ends window 1 before the overlap, the secret starts after it
    for (const width of [100, 2500]) {
      const id = fakeKeyId();
      const secret = fakeSecret();
      const line = Math.floor((28 * 1024 - 200) / width);
      const file = `w-${width}.txt`;
      const secretLine = line + 4;
      repo.write(file, filled(Math.ceil(80_000 / width), width, { [line]: `x ${id}`, [secretLine]: secret }));
      // with long lines the two parts are more than the overlap apart: no window holds both
      if (width > 1000) expect([(line - 1) * width < 28 * 1024, (secretLine - 1) * width > 32 * 1024]).toEqual([true, true]);
      want.push([file, id, [secret]]);
    }
    const r = runJson(['scan', '.', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(r.report.findings.map((f) => [f.file, f.secret, f.related?.map((x) => x.secret)]).sort()).toEqual(want);
  });

  it('a secret across the cut between regex windows is reported whole', () => {
    const repo = makeRepo();
    const token = fakeSessionToken();
    // the token starts 150 characters before the first window ends (32 KB)
    const before = 'a'.repeat(99) + '\n';
    const head = before.repeat(Math.floor((32 * 1024 - 150) / 100));
    const pad = ' '.repeat(32 * 1024 - 150 - head.length - 'token: '.length);
    repo.write('t.txt', head + pad + 'token: ' + token + '\n' + before.repeat(400));
    const r = runJson(['scan', '.', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(r.report.findings.map((f) => [f.ruleId, f.secret])).toEqual([['aws-session-token', token]]);
  });
});
