// respond --verify: the pair found is checked against a local STS stand-in (never AWS), and
// the runbook then names the IAM user and account from the answer's ARN instead of asking
// IAM for them; without --verify nothing is sent and the user name is looked up by the runbook.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeKeyIdWithAccount, fakeSecret, makeRepo, runAsync, type Repo } from '../helpers.js';
import { startSts, type StsStub } from './sts-server.js';

const key = { ...fakeKeyIdWithAccount('AKIA'), secret: fakeSecret() };
const fingerprint = `aws-access-key-id:${createHash('sha256').update(key.id).digest('hex').slice(0, 16)}`;
let sts: StsStub;
let repo: Repo;

beforeAll(async () => {
  sts = await startSts(new Map([[key.id, { secret: key.secret, arn: 'arn:aws:iam::111122223333:user/ops/deploy-bot', userId: `AIDA${key.id.slice(4)}`, account: '111122223333' }]]));
  repo = makeRepo();
  repo.write('deploy/.env', `AWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${key.secret}\n`);
  repo.commit('deploy settings');
});
afterAll(() => sts.close());

describe('respond --verify', () => {
  it('fills in the IAM user from the live answer, and says where it came from', async () => {
    const r = await runAsync(['respond', fingerprint, '--verify', '--aws-endpoint', sts.url], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`USER_NAME='deploy-bot'  # from the live check: arn:aws:iam::111122223333:user/ops/deploy-bot`);
    expect(r.stdout).not.toContain('USER_NAME=$(aws iam get-access-key-last-used');
    expect(r.stdout).toMatch(/LIVE/);
    expect(r.stdout).not.toContain(key.secret);
    expect(sts.requests.get(key.id)).toBe(1);
  });

  it('sends nothing without --verify, and the runbook looks the user up itself', async () => {
    const before = sts.arrivals.length;
    const r = await runAsync(['respond', fingerprint], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`USER_NAME=$(aws iam get-access-key-last-used --access-key-id ${key.id} --query UserName --output text)`);
    expect(sts.arrivals.length).toBe(before);
  });
});
