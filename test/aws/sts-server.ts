/**
 * A stand-in for AWS STS on 127.0.0.1, for the --verify tests: it checks each request's
 * SigV4 signature for real (recomputed here, independently of the signer leakguard uses,
 * with the secret it knows for the key ID) and answers as STS does: the identity XML for a
 * valid pair, SignatureDoesNotMatch for a wrong secret, InvalidClientTokenId for an
 * unknown key ID or a wrong session token, and nothing at all for a key ID told to hang.
 */
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface KnownKey {
  secret: string;
  sessionToken?: string;
  arn: string;
  userId: string;
  account: string;
}

export interface StsStub {
  url: string;
  /** requests received, per key ID */
  requests: Map<string, number>;
  /** when each request arrived (ms, performance.now()) */
  arrivals: number[];
  close(): Promise<void>;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

export interface SignedParts {
  method: string;
  path: string;
  query: string;
  /** lowercase header name -> value */
  headers: Record<string, string>;
  signedHeaders: string[];
  body: string;
  amzDate: string;
  scope: { date: string; region: string; service: string };
}

/** The SigV4 signature (hex) of a request, from the AWS documentation's algorithm. */
export function sigV4Signature(p: SignedParts, secret: string): string {
  const canonicalHeaders = p.signedHeaders.map((h) => `${h}:${(p.headers[h] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [p.method, p.path, p.query, canonicalHeaders, p.signedHeaders.join(';'), sha256(p.body)].join('\n');
  const scope = `${p.scope.date}/${p.scope.region}/${p.scope.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', p.amzDate, scope, sha256(canonicalRequest)].join('\n');
  let key = hmac(`AWS4${secret}`, p.scope.date);
  for (const part of [p.scope.region, p.scope.service, 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}

const AUTH_RE = /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

function errorXml(code: string, message: string): string {
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>Sender</Type>\n    <Code>${code}</Code>\n    <Message>${message}</Message>\n  </Error>\n  <RequestId>00000000-0000-0000-0000-000000000000</RequestId>\n</ErrorResponse>\n`;
}

function identityXml(k: KnownKey): string {
  return `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <GetCallerIdentityResult>\n    <Arn>${k.arn}</Arn>\n    <UserId>${k.userId}</UserId>\n    <Account>${k.account}</Account>\n  </GetCallerIdentityResult>\n  <ResponseMetadata>\n    <RequestId>00000000-0000-0000-0000-000000000001</RequestId>\n  </ResponseMetadata>\n</GetCallerIdentityResponse>\n`;
}

/** Checks a request against the known keys: [HTTP status, XML body], or null to hang. */
function answer(req: IncomingMessage, body: string, keys: ReadonlyMap<string, KnownKey>, hang: ReadonlySet<string>, seen: Map<string, number>): [number, string] | null {
  const auth = AUTH_RE.exec(String(req.headers.authorization ?? ''));
  if (!auth) return [403, errorXml('IncompleteSignature', 'Authorization header malformed')];
  const [, keyId, date, region, service, signedList, signature] = auth as unknown as string[];
  seen.set(keyId!, (seen.get(keyId!) ?? 0) + 1);
  if (hang.has(keyId!)) return null;
  if (req.method !== 'POST' || !body.split('&').includes('Action=GetCallerIdentity')) return [400, errorXml('InvalidAction', 'not GetCallerIdentity')];
  const known = keys.get(keyId!);
  if (!known) return [403, errorXml('InvalidClientTokenId', 'The security token included in the request is invalid.')];
  const signedHeaders = signedList!.split(';');
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const mustSign = ['host', 'x-amz-date', ...(req.headers['x-amz-security-token'] ? ['x-amz-security-token'] : [])];
  if (mustSign.some((h) => !signedHeaders.includes(h)) || !amzDate.startsWith(date!) || service !== 'sts' || region !== 'us-east-1') {
    return [403, errorXml('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.')];
  }
  const headers: Record<string, string> = {};
  for (const h of signedHeaders) headers[h] = String(req.headers[h] ?? '');
  const [path, query = ''] = (req.url ?? '/').split('?');
  const expected = sigV4Signature({ method: req.method, path: path!, query, headers, signedHeaders, body, amzDate, scope: { date: date!, region: region!, service: service! } }, known.secret);
  if (expected !== signature) return [403, errorXml('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.')];
  if ((known.sessionToken ?? '') !== String(req.headers['x-amz-security-token'] ?? '')) {
    return [403, errorXml('InvalidClientTokenId', 'The security token included in the request is invalid.')];
  }
  return [200, identityXml(known)];
}

export async function startSts(keys: ReadonlyMap<string, KnownKey>, hang: ReadonlySet<string> = new Set()): Promise<StsStub> {
  const requests = new Map<string, number>();
  const stub: StsStub = { url: '', requests, arrivals: [], close: async () => {} };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    stub.arrivals.push(performance.now());
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const result = answer(req, Buffer.concat(chunks).toString('utf8'), keys, hang, requests);
      if (!result) return; // hang: never answer
      res.writeHead(result[0], { 'content-type': 'text/xml' });
      res.end(result[1]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
