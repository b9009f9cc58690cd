// Config `aws.accounts`: a finding names which of the team's accounts its key exposes, and
// flags a key of any other account; a malformed account id is a one-line config error.
import { describe, expect, it } from 'vitest';
import { fakeKeyIdWithAccount as keyWithAccount, fakeSecret, makeRepo, run, runJson } from '../helpers.js';

describe('aws.accounts', () => {
  const ours = keyWithAccount();
  let theirs = keyWithAccount();
  while (theirs.account === ours.account) theirs = keyWithAccount();
  const repo = makeRepo();
  repo.write('a.env', `AWS_ACCESS_KEY_ID=${ours.id}\nAWS_SECRET_ACCESS_KEY=${fakeSecret()}\n`);
  repo.write('b.env', `AWS_ACCESS_KEY_ID=${theirs.id}\n`);

  it('labels a key of a known account and flags a key of another', () => {
    repo.write('.leakguardrc.json', JSON.stringify({ aws: { accounts: { [ours.account]: 'prod', '000000000001': 'sandbox' } } }));
    const { report } = runJson(['scan'], { cwd: repo.dir, env: repo.env });
    const [a, b] = report.findings;
    expect(a!.aws).toMatchObject({ keyType: 'AKIA', account: ours.account, accountLabel: 'prod', accountKnown: true, paired: true });
    expect(b!.aws).toMatchObject({ account: theirs.account, accountKnown: false, paired: false });
    expect(b!.aws!.accountLabel).toBeUndefined();
    const text = run(['scan'], { cwd: repo.dir, env: repo.env }).stdout;
    expect(text).toContain(`    account  ${ours.account} (prod)\n`);
    expect(text).toContain(`    account  ${theirs.account} (not one of the accounts in aws.accounts)\n`);
  });

  it('says nothing about known-ness when no accounts are configured', () => {
    repo.write('.leakguardrc.json', '{}');
    const { report } = runJson(['scan', 'b.env'], { cwd: repo.dir, env: repo.env });
    expect(report.findings[0]!.aws).toEqual({ keyType: 'AKIA', account: theirs.account, paired: false, sessionToken: false, verification: null });
  });

  it.each([
    [{ aws: { accounts: { '12345': 'prod' } } }, '.leakguardrc.json: aws.accounts: "12345": must be a 12-digit AWS account id (quote it in YAML: "012345678901")'],
    [{ aws: { accounts: { '123456789012': '' } } }, '.leakguardrc.json: aws.accounts[123456789012]: must not be empty'],
    [{ aws: { account: {} } }, '.leakguardrc.json: aws: unknown field "account"'],
  ])('rejects %j', (config, message) => {
    repo.write('.leakguardrc.json', JSON.stringify(config));
    const r = run(['scan'], { cwd: repo.dir, env: repo.env });
    expect(r.stderr).toBe(`leakguard: ${message}\n`);
    expect(r.code).toBe(2);
  });
});
