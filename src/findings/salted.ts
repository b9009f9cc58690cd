/**
 * Salted fingerprints for the files that are committed: `.leakguardignore` and the
 * baseline. A report's fingerprint is `rule-id:` + 16 hex digits of SHA-256 over the
 * secret: fast to compute, so from a committed entry a low-entropy password could be
 * found again by trying guesses, billions a second. What these files hold instead is
 * `rule-id:` + 16 hex digits of scrypt over the report's hash, with a random salt kept in
 * the file (one per file, made when the file is created): a guess now costs one scrypt
 * (about 1 MB of memory and a few milliseconds of CPU), and a table computed for one
 * repository is useless for another. The entry keeps the fingerprint's shape, so an entry
 * matches a finding when it equals the finding's fingerprint (an old entry, or one written
 * by hand from a report) or its salted form.
 *
 * A scan computes the scrypt only for its findings whose rule id has a salted entry, once
 * per fingerprint and salt, in parallel (libuv's thread pool), before the pure suppression
 * stage (suppress.ts) looks them up.
 */
import { randomBytes, scrypt } from 'node:crypto';

/** A salt as the files hold it: 32 hex digits (16 random bytes). */
export const SALT_RE = /^[0-9a-f]{32}$/;
/** scrypt's cost: N = 2^10, r = 8 (1 MiB of memory a hash), p = 1. */
const COST = { N: 1024, r: 8, p: 1, maxmem: 32 * 1024 * 1024 };

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

/** The salted form of a report's fingerprint (`rule-id:hash` -> `rule-id:scrypt(salt, hash)`). */
export function saltedFingerprint(fingerprint: string, salt: string): Promise<string> {
  const cut = fingerprint.lastIndexOf(':');
  const rule = fingerprint.slice(0, cut);
  const hash = fingerprint.slice(cut + 1);
  return new Promise((resolve, reject) =>
    scrypt(hash, Buffer.from(salt, 'hex'), 8, COST, (err, key) => (err ? reject(err) : resolve(`${rule}:${key.toString('hex')}`))),
  );
}

/** The rule id of a fingerprint. */
export function ruleOf(fingerprint: string): string {
  return fingerprint.slice(0, fingerprint.indexOf(':'));
}

/**
 * Salted forms of `fingerprints` under `salt`, for those whose rule id is in `rules` (the
 * rules the file has entries for: the others cannot match one).
 */
export async function saltedForms(fingerprints: Iterable<string>, salt: string, rules: ReadonlySet<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(fingerprints)].filter((fp) => rules.has(ruleOf(fp)));
  const forms = await Promise.all(wanted.map((fp) => saltedFingerprint(fp, salt)));
  return new Map(wanted.map((fp, i) => [fp, forms[i]!]));
}
