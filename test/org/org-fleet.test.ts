// The organisation audit's fleet mode against a real redis-server (Debian's; .ci/run
// installs it when missing) on a free 127.0.0.1 port: enqueue, several worker processes,
// one killed mid-job, a repository that always fails ending in the dead-letter list, and a
// report equal to the one machine's audit, with nothing lost and nothing twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/generate.mjs';
import { secretHash } from '../../src/findings/finding.js';
import { BIN, childrenOf, cmdline, fakeKeyId, fakeSecret, freePort, makeRepo, run, tempDir, testEnv } from '../helpers.js';

let redis: ChildProcess;
let url: string;

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = createConnection({ host: '127.0.0.1', port }, () => c.write('PING\r\n'));
    c.on('data', (d) => (c.destroy(), resolve(d.toString().startsWith('+PONG'))));
    c.on('error', () => resolve(false));
  });
}

beforeAll(async () => {
  const port = await freePort();
  const dir = tempDir();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await ping(port)); i++) await new Promise((r) => setTimeout(r, 100));
  expect(await ping(port)).toBe(true);
  url = `redis://127.0.0.1:${port}`;
});

afterAll(() => {
  redis?.kill('SIGTERM');
});

function worker(cwd: string, cache: string): { child: ChildProcess; exit: Promise<number | null>; log: () => string } {
  const child = spawn(process.execPath, [BIN, 'org', 'worker', '--redis', url, '--cache', cache, '--drain', '--lock-ms', '1500'], { cwd, env: testEnv(cwd) });
  let log = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (log += d));
  child.stdout!.resume();
  return { child, exit: new Promise((resolve) => child.on('close', resolve)), log: () => log };
}


describe('org fleet (BullMQ on Redis)', () => {
  it('balances repositories over workers, survives a worker killed mid-job, dead-letters a repository that always fails, and reports like one machine', async () => {
    const dir = tempDir();
    // a long history, so that the first worker is surely mid-job when it is killed
    const big = join(dir, 'big');
    generateRepo(big, { commits: 400, seed: 11, files: 40 });
    const shared = { id: fakeKeyId(), secret: fakeSecret() };
    const small = [makeRepo(), makeRepo(), makeRepo()];
    small.forEach((r, i) => {
      r.write('README.md', `# service ${i}\n`);
      r.commit('init');
      if (i < 2) {
        r.write('.env', `AWS_ACCESS_KEY_ID=${shared.id}\nAWS_SECRET_ACCESS_KEY=${shared.secret}\n`);
        r.commit('settings');
      }
    });
    const list = join(dir, 'repos.txt');
    writeFileSync(list, [`file://${big}`, ...small.map((r) => r.dir), `file://${join(dir, 'gone')}`, ''].join('\n'));

    const local = JSON.parse(run(['org', 'audit', '--repos', list, '--cache', join(dir, 'local'), '--format', 'json'], { cwd: dir }).stdout);

    const enq = run(['org', 'enqueue', '--repos', list, '--redis', url], { cwd: dir });
    expect(enq.code).toBe(0);
    expect(enq.stderr).toMatch(/enqueued 5 repositories/);

    // worker A takes the first job (the big history) and is killed while auditing it
    const a = worker(dir, join(dir, 'cache-a'));
    let auditing: number | undefined;
    for (let i = 0; i < 600 && auditing === undefined; i++) {
      auditing = childrenOf(a.child.pid!).find((p) => / history /.test(cmdline(p)));
      if (auditing === undefined) await new Promise((r) => setTimeout(r, 20));
    }
    expect(auditing).toBeDefined();
    a.child.kill('SIGKILL');
    await a.exit;

    const b = worker(dir, join(dir, 'cache-b'));
    const c = worker(dir, join(dir, 'cache-c'));
    expect(await b.exit, b.log()).toBe(0);
    expect(await c.exit, c.log()).toBe(0);
    // the two survivors shared the work, and the killed worker's job was audited by one of them
    const audited = (b.log() + c.log()).match(/^leakguard: audited .*$/gm) ?? [];
    expect(audited.length).toBe(4);
    expect(audited.some((l) => l.includes(`file://${big}`))).toBe(true);

    const out = run(['org', 'report', '--redis', url, '--format', 'json'], { cwd: dir });
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(report.incidents).toEqual(local.incidents);
    expect(report.repos.map((r: { repo: string }) => r.repo)).toEqual(local.repos.map((r: { repo: string }) => r.repo));
    expect(report.repos.filter((r: { error?: string }) => !r.error).map((r: { commits: number }) => r.commits)).toEqual(local.repos.filter((r: { error?: string }) => !r.error).map((r: { commits: number }) => r.commits));
    const sharedIncident = report.incidents.find((i: { secretHash: string }) => i.secretHash === secretHash(shared.id));
    expect(sharedIncident.locations.map((l: { repo: string }) => l.repo).sort()).toEqual([small[0]!.dir, small[1]!.dir].sort());
    // the repository that cannot be cloned was tried three times, then dead-lettered with the reason
    expect(report.errors).toEqual([{ repo: `file://${join(dir, 'gone')}`, message: expect.stringMatching(/^failed after 3 attempts \(dead-letter\): cannot clone or fetch/) }]);
  }, 300_000);

  it('says clearly when Redis cannot be reached or nothing was enqueued', async () => {
    const dir = tempDir();
    const port = await freePort();
    const r = run(['org', 'report', '--redis', `redis://127.0.0.1:${port}`], { cwd: dir, env: testEnv(dir) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leakguard: --redis: cannot reach 127\.0\.0\.1:\d+: /);
    const bad = run(['org', 'report', '--redis', 'http://x'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^leakguard: --redis: http:\/\/x: not a redis:\/\/ URL/);
    const empty = run(['org', 'report', '--redis', url, '--queue', 'nothing-here'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no organisation audit was enqueued on queue nothing-here/);
  });
});
