/**
 * Key anatomy: what an AWS access key ID says about itself, offline. The prefix names
 * the kind of credential; the 16 characters after it encode the owning account (method
 * published by Tal Be'ery, 2023: base32-decode, take the first 6 bytes big-endian, mask
 * 0x7fffffffff80, shift right by 7). Responders need both in the first minute: which
 * account to log in to, and whether to deactivate a user's key or revoke a role's session.
 * Pure and cheap: it runs on every scan.
 */
import type { AwsKeyInfo, AwsKeyType, Finding, RelatedPart } from '../types.js';

/** A whole access key ID: prefix + 16 base32 characters (A3T? is the legacy form). */
export const KEY_ID_RE = /^(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/;

export interface KeyTypeFacts {
  /** what the prefix means, for people */
  kind: string;
  /** the response differs: a user's long-term key is deactivated, a session is revoked */
  response: 'user-key' | 'session';
}

export const KEY_TYPES: Readonly<Record<AwsKeyType, KeyTypeFacts>> = {
  AKIA: { kind: 'long-term access key of an IAM user', response: 'user-key' },
  ASIA: { kind: 'temporary STS key (comes with a session token)', response: 'session' },
  ABIA: { kind: 'STS service bearer token', response: 'session' },
  ACCA: { kind: 'context-specific credential', response: 'session' },
  A3T: { kind: 'legacy-format access key', response: 'user-key' },
};

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The credential prefix of a key ID, or null when it is not an access key ID. */
export function keyTypeOf(keyId: string): AwsKeyType | null {
  if (!KEY_ID_RE.test(keyId)) return null;
  return keyId.startsWith('A3T') ? 'A3T' : (keyId.slice(0, 4) as AwsKeyType);
}

/**
 * The 12-digit account id encoded in a key ID, or null when the key does not encode one
 * (older keys whose 5th character is I or J, the legacy A3T form, anything malformed, and
 * random strings that decode past 12 digits: AWS never issued those).
 */
export function accountOf(keyId: string): string | null {
  const type = keyTypeOf(keyId);
  if (type === null || type === 'A3T') return null;
  if (keyId[4] === 'I' || keyId[4] === 'J') return null;
  // 10 base32 characters = 50 bits: enough for the first 6 bytes (48 bits)
  let bits = 0n;
  for (const c of keyId.slice(4, 14)) bits = (bits << 5n) | BigInt(BASE32.indexOf(c));
  const first6 = bits >> 2n;
  const account = (first6 & 0x7fffffffff80n) >> 7n;
  // 40 bits reach 1099511627775: past 12 digits the key is not one AWS issued
  return account > 999_999_999_999n ? null : account.toString().padStart(12, '0');
}

/** The AWS access key ID finding of a result, by the shape of its secret (user rules may rename ids). */
export function isAwsKeyFinding(f: Pick<Finding, 'secret' | 'tags'>): boolean {
  return f.tags.includes('aws') && KEY_ID_RE.test(f.secret);
}

export type PartKind = 'secret' | 'session-token' | 'other';

/** What a related part of a key ID finding is: its secret access key, its session token, or else. */
export function partKind(r: Pick<RelatedPart, 'ruleId' | 'secret'>): PartKind {
  if (r.ruleId === 'aws-session-token') return 'session-token';
  if (r.ruleId.startsWith('aws-secret-access-key')) return 'secret';
  if (/^[A-Za-z0-9/+]{40}$/.test(r.secret)) return 'secret';
  if (/^[A-Za-z0-9/+]{80,}={0,2}$/.test(r.secret)) return 'session-token';
  return 'other';
}

/** The first related part of a kind (raw, unredacted findings only). */
export function partOf(f: Pick<Finding, 'related'>, kind: PartKind): string | undefined {
  return f.related?.find((r) => partKind(r) === kind)?.secret;
}

/** Known account ids and labels, from the config's `aws.accounts`. */
export type AccountLabels = Readonly<Record<string, string>>;

/** The offline anatomy of a raw key ID finding (verification: null until --verify fills it). */
export function anatomy(f: Finding, accounts: AccountLabels | undefined): AwsKeyInfo | undefined {
  const keyType = keyTypeOf(f.secret);
  if (keyType === null) return undefined;
  const account = accountOf(f.secret);
  const info: AwsKeyInfo = {
    keyType,
    account,
    paired: partOf(f, 'secret') !== undefined,
    sessionToken: partOf(f, 'session-token') !== undefined,
    verification: null,
  };
  return { ...info, ...accountFacts(account, accounts) };
}

/** The label and known-ness of an account, when the config names the team's accounts. */
export function accountFacts(account: string | null, accounts: AccountLabels | undefined): Pick<AwsKeyInfo, 'accountLabel' | 'accountKnown'> {
  if (!accounts || Object.keys(accounts).length === 0 || account === null) return {};
  const label = Object.hasOwn(accounts, account) ? accounts[account] : undefined;
  return label === undefined ? { accountKnown: false } : { accountLabel: label, accountKnown: true };
}

/** Adds `aws` to every AWS access key finding (on raw findings: before redaction). */
export function addAnatomy(findings: Finding[], accounts: AccountLabels | undefined): Finding[] {
  return findings.map((f) => {
    if (!isAwsKeyFinding(f)) return f;
    const aws = anatomy(f, accounts);
    return aws ? { ...f, aws } : f;
  });
}

/** "609629065308 (prod)", "609629065308 (not one of yours)", "not encoded in the key ID" */
export function describeAccount(aws: Pick<AwsKeyInfo, 'account' | 'accountLabel' | 'accountKnown'>): string {
  if (aws.account === null) return 'not encoded in this key ID';
  if (aws.accountLabel !== undefined) return `${aws.account} (${aws.accountLabel})`;
  if (aws.accountKnown === false) return `${aws.account} (not one of the accounts in aws.accounts)`;
  return aws.account;
}
