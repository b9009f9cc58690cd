/**
 * --verify: asks STS whether each AWS key found is live. One request per distinct key ID
 * + secret (+ session token) in a run, a few at a time, each with its own timeout; a key
 * that cannot be checked says why (`unknown`), never passes silently. Runs on raw
 * findings (it needs the secrets) and returns findings whose `aws.verification` is set;
 * the secrets stay in memory, in the request signature and nowhere else.
 */
import { createHash } from 'node:crypto';
import type { AwsVerification, Finding } from '../types.js';
import { partOf } from './anatomy.js';
import { DEFAULT_STS_ENDPOINT, getCallerIdentity, type Credentials } from './sts.js';

export const DEFAULT_VERIFY_TIMEOUT_MS = 5000;
/** requests in flight at once */
export const VERIFY_CONCURRENCY = 4;

export interface VerifyOptions {
  endpoint?: string;
  timeoutMs?: number;
  concurrency?: number;
  /** the call itself (tests and the API may replace it) */
  call?: typeof getCallerIdentity;
}

/** Sets `aws.verification` on every AWS key finding. */
export async function verifyFindings(findings: Finding[], options: VerifyOptions = {}): Promise<Finding[]> {
  const call = options.call ?? getCallerIdentity;
  const callOptions = { endpoint: options.endpoint ?? DEFAULT_STS_ENDPOINT, timeoutMs: options.timeoutMs ?? DEFAULT_VERIFY_TIMEOUT_MS };
  const pending = new Map<string, Credentials>();
  const plan = findings.map((f) => {
    if (!f.aws) return null;
    const creds = credentialsOf(f);
    if ('reason' in creds) return creds;
    const key = pairKey(creds);
    pending.set(key, creds);
    return key;
  });
  const results = await pool([...pending], options.concurrency ?? VERIFY_CONCURRENCY, ([, creds]) => call(creds, callOptions));
  const byKey = new Map([...pending.keys()].map((k, i) => [k, results[i]!]));
  return findings.map((f, i) => {
    const p = plan[i];
    if (!f.aws || p === null || p === undefined) return f;
    const verification: AwsVerification = typeof p === 'string' ? byKey.get(p)! : { status: 'unknown', reason: p.reason };
    return { ...f, aws: { ...f.aws, verification } };
  });
}

/** The credentials a finding carries, or why it cannot be checked. */
function credentialsOf(f: Finding): Credentials | { reason: string } {
  const secretAccessKey = partOf(f, 'secret');
  if (!secretAccessKey) return { reason: 'no secret access key found next to it: nothing to check' };
  const sessionToken = partOf(f, 'session-token');
  if (f.aws?.keyType === 'ASIA' && !sessionToken) return { reason: 'temporary key without its session token: cannot be checked' };
  return { accessKeyId: f.secret, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

/** A cache key that holds no secret. */
function pairKey(c: Credentials): string {
  return createHash('sha256').update(`${c.accessKeyId}\0${c.secretAccessKey}\0${c.sessionToken ?? ''}`).digest('hex');
}

/** Maps `items` through `fn` with at most `limit` calls in flight; results in input order. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
