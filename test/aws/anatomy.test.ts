// Key anatomy: the account decoded from public key ID vectors (sources in the vectors
// file), the keys that do not encode one, the kind from the prefix, and the labels of the
// team's accounts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountFacts, accountOf, addAnatomy, keyTypeOf, partKind } from '../../src/aws/anatomy.js';
import type { Finding } from '../../src/types.js';
import { ROOT, fakeKeyId, fakeSecret, fakeSessionToken, randomString } from '../helpers.js';

interface Vectors {
  accounts: Array<{ keyId: string; account: string; source: string }>;
  notEncoded: Array<{ keyId: string; why: string }>;
}
const vectors = JSON.parse(readFileSync(join(ROOT, 'test/golden/aws-key-vectors.json'), 'utf8')) as Vectors;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

describe('accountOf', () => {
  it.each(vectors.accounts.map((v) => [v.keyId, v.account]))('%s -> %s', (keyId, account) => {
    expect(accountOf(keyId)).toBe(account);
  });

  it.each(vectors.notEncoded.map((v) => [v.keyId]))('%s encodes no account', (keyId) => {
    expect(accountOf(keyId)).toBeNull();
  });

  it('returns null for every key whose 5th character is I or J', () => {
    for (const c of ['I', 'J']) expect(accountOf(`AKIA${c}${randomString(B32, 15)}`)).toBeNull();
  });

  it('returns null for a key ID that decodes past 12 digits (no account is that large)', () => {
    expect(accountOf(`AKIA${'7'.repeat(9)}${randomString(B32, 7)}`)).toBeNull();
    expect(accountOf(`AKIA${'7'.repeat(8)}A${randomString(B32, 7)}`)).toBeNull();
  });

  it('returns null for the legacy A3T form and for what is not a key ID', () => {
    expect(accountOf(`A3TX${randomString(B32, 16)}`)).toBeNull();
    expect(accountOf(`AIDA${randomString(B32, 16)}`)).toBeNull();
    expect(accountOf(`AKIA${randomString(B32, 15)}`)).toBeNull();
    expect(accountOf(`AKIA${randomString(B32, 15)}1`)).toBeNull();
  });

  it.each(Array.from({ length: 20 }, (_, i) => [i]))('always gives 12 digits, the same for every key ID of one account prefix (%i)', () => {
    const id = fakeKeyId();
    const account = accountOf(id);
    // random IDs: 5th character I or J, or past 12 digits (about 9% of them), encode none
    expect(account === null || /^\d{12}$/.test(account)).toBe(true);
    // the account lives in characters 5-12 (plus one bit of the 13th): the tail does not change it
    const sibling = id.slice(0, 12) + (B32.indexOf(id[12]!) < 16 ? 'A' : 'Q') + randomString(B32, 7);
    expect(accountOf(sibling)).toBe(account);
  });
});

describe('keyTypeOf', () => {
  it.each([['AKIA'], ['ASIA'], ['ABIA'], ['ACCA']] as const)('%s', (prefix) => {
    expect(keyTypeOf(fakeKeyId(prefix))).toBe(prefix);
  });
  it('knows the legacy A3T form and rejects principal IDs', () => {
    expect(keyTypeOf(`A3TB${randomString(B32, 16)}`)).toBe('A3T');
    expect(keyTypeOf(`AROA${randomString(B32, 16)}`)).toBeNull();
  });
});

describe('partKind', () => {
  it('tells the secret from the session token, by rule or by shape', () => {
    expect(partKind({ ruleId: 'aws-secret-access-key-nearby', secret: fakeSecret() })).toBe('secret');
    expect(partKind({ ruleId: 'aws-session-token', secret: fakeSessionToken() })).toBe('session-token');
    expect(partKind({ ruleId: 'my-secret', secret: fakeSecret() })).toBe('secret');
    expect(partKind({ ruleId: 'my-token', secret: fakeSessionToken() })).toBe('session-token');
    expect(partKind({ ruleId: 'my-thing', secret: 'short' })).toBe('other');
  });
});

function keyFinding(secret: string, related: Finding['related'] = undefined): Finding {
  return {
    ruleId: 'aws-access-key-id', description: '', severity: 'high', file: 'a', line: 1, column: 1, endLine: 1, endColumn: 20,
    secret, match: secret, tags: ['aws', 'key-id'], fingerprint: 'x', secretHash: 'x', origin: 'file', ...(related ? { related } : {}),
  };
}

describe('addAnatomy and account labels', () => {
  const [vector] = vectors.accounts;
  const part = (ruleId: string, secret: string) => ({ ruleId, description: '', secret, line: 2, column: 1, endLine: 2, endColumn: 1 });

  it('adds keyType, account, paired and sessionToken, and no verification', () => {
    const [f] = addAnatomy([keyFinding(vector!.keyId, [part('aws-secret-access-key', fakeSecret()), part('aws-session-token', fakeSessionToken())])], undefined);
    expect(f!.aws).toEqual({ keyType: 'ASIA', account: vector!.account, paired: true, sessionToken: true, verification: null });
  });

  it('labels the team accounts and flags the others as unknown', () => {
    expect(accountFacts('609629065308', { '609629065308': 'prod' })).toEqual({ accountLabel: 'prod', accountKnown: true });
    expect(accountFacts('609629065308', { '111111111111': 'sandbox' })).toEqual({ accountKnown: false });
    expect(accountFacts('609629065308', {})).toEqual({});
    expect(accountFacts(null, { '111111111111': 'sandbox' })).toEqual({});
    // an inherited property name is not an account
    expect(accountFacts('constructor', { '111111111111': 'sandbox' })).toEqual({ accountKnown: false });
  });

  it('leaves other findings alone', () => {
    const other = { ...keyFinding(fakeSecret()), ruleId: 'aws-secret-access-key', tags: ['aws', 'secret'] };
    expect(addAnatomy([other], undefined)[0]!.aws).toBeUndefined();
  });
});
