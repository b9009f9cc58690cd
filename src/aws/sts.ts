/**
 * One STS GetCallerIdentity call, SigV4-signed with @smithy/signature-v4 and sent with the
 * global fetch. This is the only code that ever sends a credential anywhere, so it is
 * loaded only for --verify (a dynamic import; the hook's start-up never sees it), and it
 * never puts a secret, a session token or a whole key ID into a result or a message: SigV4
 * sends a signature, not the secret, and the answers it returns are account facts.
 * The full AWS SDK (@aws-sdk/client-sts) would do the same but prints a Node-version
 * warning on Node 20 and brings two dozen packages for one request.
 */
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsVerification } from '../types.js';

export const DEFAULT_STS_ENDPOINT = 'https://sts.amazonaws.com';
const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';
/** answers that mean the credentials themselves are not valid */
const INVALID_CODES = new Set(['InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken', 'InvalidAccessKeyId', 'AuthFailure']);

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface CallOptions {
  /** STS endpoint URL (default: the global endpoint, region us-east-1) */
  endpoint: string;
  /** milliseconds for the whole call */
  timeoutMs: number;
}

/** The signing region of an STS endpoint: `sts.<region>.amazonaws.com`, else us-east-1. */
export function regionOf(endpoint: URL): string {
  return /^sts\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(endpoint.hostname)?.[1] ?? 'us-east-1';
}

/** Calls GetCallerIdentity with the credentials; never throws. */
export async function getCallerIdentity(creds: Credentials, options: CallOptions): Promise<AwsVerification> {
  const scrub = scrubber(creds);
  try {
    const url = new URL(options.endpoint);
    const signer = new SignatureV4({
      service: 'sts',
      region: regionOf(url),
      credentials: creds,
      sha256: Hash.bind(null, 'sha256'),
      applyChecksum: false,
    });
    const path = url.pathname || '/';
    const signed = await signer.sign({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path,
      query: {},
      headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: BODY,
    });
    const headers = { ...signed.headers };
    delete headers.host; // fetch sets it (to the same value)
    const response = await fetch(new URL(path, url), {
      method: 'POST',
      headers,
      body: BODY,
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'error',
    });
    const v = interpret(response.status, await response.text());
    return v.status === 'unknown' ? { ...v, reason: scrub(v.reason) } : v;
  } catch (err) {
    return { status: 'unknown', reason: scrub(failureReason(err, options.timeoutMs)) };
  }
}

/** The answer of STS as a verification result. */
export function interpret(status: number, xml: string): AwsVerification {
  if (status === 200) {
    const account = tag(xml, 'Account');
    const arn = tag(xml, 'Arn');
    const userId = tag(xml, 'UserId');
    if (account && arn && userId) return { status: 'live', account, arn, userId };
    return { status: 'unknown', reason: 'STS answered 200 without an identity' };
  }
  // an error code is a word (AWS's are like InvalidClientTokenId, Sender.Throttling): nothing else is echoed
  const code = /^[\w.]{1,64}$/.test(tag(xml, 'Code') ?? '') ? tag(xml, 'Code') : undefined;
  if (code && INVALID_CODES.has(code)) return { status: 'invalid', code };
  return { status: 'unknown', reason: `STS answered HTTP ${status}${code ? ` ${code}` : ''}` };
}

function tag(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([^<]{1,2048})</${name}>`).exec(xml);
  return m?.[1]?.trim();
}

function failureReason(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs} ms (--verify-timeout)`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `network error: ${cause ?? e?.message ?? String(err)}`;
}

/** Removes any credential part from a message (belt and braces: none is expected there). */
function scrubber(creds: Credentials): (s: string) => string {
  const parts = [creds.secretAccessKey, creds.sessionToken, creds.accessKeyId].filter((p): p is string => !!p);
  return (s) => parts.reduce((acc, p) => acc.split(p).join('[credential]'), s);
}
