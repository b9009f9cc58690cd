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
export declare const KEY_ID_RE: RegExp;
export interface KeyTypeFacts {
    /** what the prefix means, for people */
    kind: string;
    /** the response differs: a user's long-term key is deactivated, a session is revoked */
    response: 'user-key' | 'session';
}
export declare const KEY_TYPES: Readonly<Record<AwsKeyType, KeyTypeFacts>>;
/** The credential prefix of a key ID, or null when it is not an access key ID. */
export declare function keyTypeOf(keyId: string): AwsKeyType | null;
/**
 * The 12-digit account id encoded in a key ID, or null when the key does not encode one
 * (older keys whose 5th character is I or J, the legacy A3T form, anything malformed, and
 * random strings that decode past 12 digits: AWS never issued those).
 */
export declare function accountOf(keyId: string): string | null;
/** The AWS access key ID finding of a result, by the shape of its secret (user rules may rename ids). */
export declare function isAwsKeyFinding(f: Pick<Finding, 'secret' | 'tags'>): boolean;
export type PartKind = 'secret' | 'session-token' | 'other';
/** What a related part of a key ID finding is: its secret access key, its session token, or else. */
export declare function partKind(r: Pick<RelatedPart, 'ruleId' | 'secret'>): PartKind;
/** The first related part of a kind (raw, unredacted findings only). */
export declare function partOf(f: Pick<Finding, 'related'>, kind: PartKind): string | undefined;
/** Known account ids and labels, from the config's `aws.accounts`. */
export type AccountLabels = Readonly<Record<string, string>>;
/** The offline anatomy of a raw key ID finding (verification: null until --verify fills it). */
export declare function anatomy(f: Finding, accounts: AccountLabels | undefined): AwsKeyInfo | undefined;
/** The label and known-ness of an account, when the config names the team's accounts. */
export declare function accountFacts(account: string | null, accounts: AccountLabels | undefined): Pick<AwsKeyInfo, 'accountLabel' | 'accountKnown'>;
/** Adds `aws` to every AWS access key finding (on raw findings: before redaction). */
export declare function addAnatomy(findings: Finding[], accounts: AccountLabels | undefined): Finding[];
/** "609629065308 (prod)", "609629065308 (not one of yours)", "not encoded in the key ID" */
export declare function describeAccount(aws: Pick<AwsKeyInfo, 'account' | 'accountLabel' | 'accountKnown'>): string;
