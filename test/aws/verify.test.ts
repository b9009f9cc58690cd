// --verify end to end: the real bin against a local STS stand-in on 127.0.0.1 that checks
// each SigV4 signature for real. Covers live, both invalid answers, the timeout, a
// refused connection, one request per distinct pair, bounded concurrency, the session
// token of a temporary key, and that no secret reaches any output.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeKeyId, fakeKeyIdWithAccount, fakeSecret, fakeSessionToken, makeRepo, runAsync, type JsonFinding, type Repo } from '../helpers.js';
import { startSts, type KnownKey, type StsStub } from './sts-server.js';

const live = { ...fakeKeyIdWithAccount('AKIA'), secret: fakeSecret() };
const wrongSecret = { id: fakeKeyId('AKIA'), secret: fakeSecret() };
const unknownKey = { id: fakeKeyId('AKIA'), secret: fakeSecret() };
const hanging = { id: fakeKeyId('AKIA'), secret: fakeSecret() };
const session = { id: fakeKeyId('ASIA'), secret: fakeSecret(), token: fakeSessionToken() };
const tokenless = { id: fakeKeyId('ASIA'), secret: fakeSecret() };
const lonely = fakeKeyId('AKIA');

const identity = (k: string, user: string): KnownKey => ({
  secret: '',
  arn: `arn:aws:iam::111122223333:${user}`,
  userId: `AIDA${k.slice(4)}`,
  account: '111122223333',
});
const keys = new Map<string, KnownKey>([
  [live.id, { ...identity(live.id, 'user/deploy'), secret: live.secret }],
  [wrongSecret.id, { ...identity(wrongSecret.id, 'user/ci'), secret: fakeSecret() }],
  [session.id, { ...identity(session.id, 'assumed-role/app/session1'), secret: session.secret, sessionToken: session.token }],
  [tokenless.id, { ...identity(tokenless.id, 'assumed-role/app/session2'), secret: tokenless.secret, sessionToken: fakeSessionToken() }],
]);
// key IDs are identifiers, shown whole (issue 17): what must never show is what authenticates
const allSecrets = [live, wrongSecret, unknownKey, hanging, session, tokenless].flatMap((k) => [k.secret, 'token' in k ? k.token : '']).filter(Boolean);

const pair = (id: string, secret: string, token?: string) =>
  `aws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n${token ? `aws_session_token = ${token}\n` : ''}\n\n\n\n\n\n\n`;

let sts: StsStub;
let repo: Repo;
beforeAll(async () => {
  sts = await startSts(keys, new Set([hanging.id]));
  repo = makeRepo();
  repo.write(
    'creds.ini',
    [pair(live.id, live.secret), pair(wrongSecret.id, wrongSecret.secret), pair(unknownKey.id, unknownKey.secret), pair(hanging.id, hanging.secret),
      pair(session.id, session.secret, session.token), pair(tokenless.id, tokenless.secret), `key = ${lonely}\n`].join(''),
  );
  // the same live pair again in another file: still one request
  repo.write('copy.env', pair(live.id, live.secret));
});
afterAll(() => sts.close());

const hashOf = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
/** the finding of a key ID (found by its hash: with --redact-ids reports hide it) */
const byKey = (findings: JsonFinding[], id: string) => findings.find((f) => f.secretHash === hashOf(id) && f.aws);

describe('scan --verify', () => {
  let out: { code: number; stdout: string; stderr: string };
  let findings: JsonFinding[];
  beforeAll(async () => {
    out = await runAsync(['scan', '--verify', '--aws-endpoint', sts.url, '--verify-timeout', '800', '--format', 'json'], { cwd: repo.dir, env: repo.env });
    findings = (JSON.parse(out.stdout) as { findings: JsonFinding[] }).findings;
  });

  it('reports a valid pair as live, with the identity STS answered', () => {
    expect(out.code).toBe(1);
    expect(byKey(findings, live.id)!.aws!.verification).toEqual({ status: 'live', account: '111122223333', arn: 'arn:aws:iam::111122223333:user/deploy', userId: `AIDA${live.id.slice(4)}` });
  });

  it('reports a wrong secret as SignatureDoesNotMatch and an unknown key as InvalidClientTokenId', () => {
    expect(byKey(findings, wrongSecret.id)!.aws!.verification).toEqual({ status: 'invalid', code: 'SignatureDoesNotMatch' });
    expect(byKey(findings, unknownKey.id)!.aws!.verification).toEqual({ status: 'invalid', code: 'InvalidClientTokenId' });
  });

  it('reports a call that gets no answer in time as unknown, naming the timeout', () => {
    const v = byKey(findings, hanging.id)!.aws!.verification;
    expect(v).toEqual({ status: 'unknown', reason: 'no answer within 800 ms (--verify-timeout)' });
    expect(sts.requests.get(hanging.id)).toBe(1);
  });

  it('signs a temporary key with its session token', () => {
    expect(byKey(findings, session.id)!.aws!.verification).toMatchObject({ status: 'live', arn: 'arn:aws:iam::111122223333:assumed-role/app/session1' });
    expect(byKey(findings, session.id)!.aws!.sessionToken).toBe(true);
  });

  it('does not send a temporary key without its session token, nor a key without a secret, and says why', () => {
    expect(byKey(findings, tokenless.id)!.aws!.verification).toEqual({ status: 'unknown', reason: 'temporary key without its session token: cannot be checked' });
    expect(sts.requests.has(tokenless.id)).toBe(false);
    expect(byKey(findings, lonely)!.aws!.verification).toEqual({ status: 'unknown', reason: 'no secret access key found next to it: nothing to check' });
    expect(sts.requests.has(lonely)).toBe(false);
  });

  it('sends one request per distinct pair, however often the pair was found', () => {
    expect(findings.filter((f) => f.secretHash === hashOf(live.id))).toHaveLength(2);
    expect(sts.requests.get(live.id)).toBe(1);
  });

  it('prints no secret or token, the key IDs whole, and nothing on stderr', () => {
    for (const s of allSecrets) expect(out.stdout).not.toContain(s);
    for (const k of [live, wrongSecret, session]) expect(out.stdout).toContain(`"secret": "${k.id}"`);
    expect(out.stderr).toBe('');
  });
});

describe('scan --verify, text report', () => {
  it('shows each verdict and no secret', async () => {
    const r = await runAsync(['scan', 'copy.env', '--verify', '--aws-endpoint', sts.url], { cwd: repo.dir, env: repo.env });
    expect(r.stdout).toContain('    verify   LIVE: the key works: arn:aws:iam::111122223333:user/deploy (account 111122223333');
    expect(r.stdout).toContain(`(account ${live.account}, LIVE): leakguard respond aws-access-key-id:${hashOf(live.id)}\n`);
    for (const s of allSecrets) expect(r.stdout).not.toContain(s);
  });
});

describe('verification limits', () => {
  it('keeps at most 4 requests in flight', async () => {
    const many = Array.from({ length: 7 }, () => ({ id: fakeKeyId('AKIA'), secret: fakeSecret() }));
    const slow = await startSts(new Map(), new Set(many.map((k) => k.id)));
    try {
      const r = makeRepo();
      r.write('many.ini', many.map((k) => pair(k.id, k.secret)).join(''));
      const out = await runAsync(['scan', '--verify', '--aws-endpoint', slow.url, '--verify-timeout', '600', '--format', 'json'], { cwd: r.dir, env: r.env });
      expect(out.code).toBe(1);
      expect(slow.arrivals).toHaveLength(7);
      // none is answered: a fifth request can only start when a first one times out (600 ms)
      const first = slow.arrivals[0]!;
      expect(slow.arrivals.filter((t) => t - first < 400)).toHaveLength(4);
      expect(slow.arrivals[4]! - first).toBeGreaterThanOrEqual(500);
    } finally {
      await slow.close();
    }
  });

  it('reports a refused connection as unknown (never a silent pass)', async () => {
    const closed = await startSts(new Map());
    await closed.close();
    const out = await runAsync(['scan', 'copy.env', '--verify', '--aws-endpoint', closed.url, '--format', 'json'], { cwd: repo.dir, env: repo.env });
    const v = (JSON.parse(out.stdout) as { findings: JsonFinding[] }).findings[0]!.aws!.verification;
    expect(v).toMatchObject({ status: 'unknown' });
    expect(v && 'reason' in v ? v.reason : '').toMatch(/^network error: ECONNREFUSED/);
  });

  it('sends nothing without --verify', async () => {
    const before = sts.requests.get(live.id);
    const out = await runAsync(['scan', 'copy.env', '--format', 'json'], { cwd: repo.dir, env: repo.env });
    expect((JSON.parse(out.stdout) as { findings: JsonFinding[] }).findings[0]!.aws!.verification).toBeNull();
    expect(sts.requests.get(live.id)).toBe(before);
  });
});

describe('verify flags', () => {
  it.each([
    [['--verify', '--verify-timeout', '0'], '--verify-timeout: must be a whole number of milliseconds from 1 to 600000'],
    [['--verify', '--verify-timeout', 'soon'], '--verify-timeout: must be a whole number of milliseconds from 1 to 600000'],
    [['--verify', '--aws-endpoint', 'not a url'], '--aws-endpoint: "not a url" is not a URL (e.g. https://sts.eu-west-1.amazonaws.com)'],
    [['--verify', '--aws-endpoint', 'http://sts.example.com'], '--aws-endpoint: "http://sts.example.com" must be an https URL (plain http only to 127.0.0.1, localhost or [::1])'],
    [['--aws-endpoint', 'https://sts.amazonaws.com'], '--aws-endpoint: only used with --verify'],
    [['--verify-timeout', '100'], '--verify-timeout: only used with --verify'],
  ])('%j', async (flags, message) => {
    const r = await runAsync(['scan', 'copy.env', ...flags], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`leakguard: ${message}\n`);
    expect(r.stdout).toBe('');
  });
});
