// Decoding in the engine's front (engine/decode.ts): encoded spans are decoded into views the
// rules also run on, and what is found there is reported at the encoded text. Also: a
// private key printed into a log, the `NAME=value` boundary of the AWS session token, and
// a password holding an '@'.
import { describe, expect, it } from 'vitest';
import { buildConfig, loadBuiltinSpecs } from '../../src/config/load.js';
import { decodedView, logPrefixViews, mapBack } from '../../src/engine/decode.js';
import { buildRuleSet, scanFragment, type RuleSet } from '../../src/engine/engine.js';
import type { Fragment } from '../../src/types.js';
import { fakeKeyId, fakeSecret, fakeSessionToken, randomString } from '../helpers.js';

const config = await buildConfig(loadBuiltinSpecs(), {}, 'test', null);
const withDepth = (depth: number): RuleSet => buildRuleSet(config.ruleSet.rules, depth);
const frag = (text: string, extra: Partial<Fragment> = {}): Fragment => ({ text, path: 'f.txt', startLine: 1, origin: 'file', ...extra });
const scan = (text: string, ruleSet: RuleSet = config.ruleSet, extra: Partial<Fragment> = {}) => scanFragment(frag(text, extra), ruleSet).findings;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A fake PEM RSA private key (random base64 body, not a key). */
function fakePem(kind = 'RSA PRIVATE KEY'): string {
  const body = Array.from({ length: 6 }, () => randomString(BASE64, 64));
  return [`-----BEGIN ${kind}-----`, ...body, `-----END ${kind}-----`].join('\n');
}

/** 1-based column of `needle` in the line of `text` that holds it. */
function columnOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

describe('decodedView', () => {
  it('replaces a base64 span by its text and maps the decoded text back to the whole span', () => {
    const encoded = b64('user: admin\npassword: hunter2hunter2');
    const text = `first line\nvalue: ${encoded} # note\nlast line`;
    const view = decodedView(text, 3)!;
    expect(view.text).toBe('value: user: admin\npassword: hunter2hunter2 # note');
    const inDecoded = view.text.indexOf('hunter2');
    const back = mapBack(view, inDecoded, inDecoded + 7)!;
    expect(text.slice(back.start, back.end)).toBe(encoded);
    expect(back.trail).toEqual(['base64']);
    // copied text is not decoded: nothing to report from there
    expect(mapBack(view, 0, 5)).toBeNull();
  });

  it('leaves text alone when nothing decodes to printable text', () => {
    expect(decodedView(`key = ${fakeSecret()}${fakeSecret()}`, 3)).toBeNull();
    expect(decodedView('const someVeryLongIdentifierName = anotherLongIdentifier;', 3)).toBeNull();
    expect(decodedView('commit 3f2a9c0e5b7d1f4a6c8e0b2d4f6a8c0e1b3d5f7a', 3)).toBeNull();
    expect(decodedView('100% sure, 50%', 3)).toBeNull();
    expect(decodedView(`x = "${b64('hello world, this is text')}"`, 0)).toBeNull();
  });

  it('keeps a bounded context around each span: a minified line is not copied again for each escape', () => {
    const line = ('x'.repeat(5000) + '\\u003cb\\u003e').repeat(100);
    const view = decodedView(line, 3)!;
    expect(view.text).toContain('<b>');
    // about a kilobyte a span (its reach and context either side), not the line again
    expect(view.text.length).toBeLessThan(100 * 1200);
    expect(line.length).toBeGreaterThan(500_000);
  });

  it('decodes nested encodings to the given depth, with the trail outermost first', () => {
    const inner = encodeURIComponent('{"aws_access_key_id": "AKIA"}');
    const text = `blob: ${b64(`data=${inner}`)}`;
    expect(decodedView(text, 2)!.text).toBe('blob: data={"aws_access_key_id": "AKIA"}');
    const view1 = decodedView(text, 1)!;
    expect(view1.text).toBe(`blob: data=${inner}`);
    const at = decodedView(text, 2)!;
    expect(mapBack(at, 6, 10)!.trail).toEqual(['base64', 'percent']);
  });
});

describe('decoding: secrets in encoded text', () => {
  it('a Kubernetes Secret: base64 data values are decoded; findings point at the encoded value', () => {
    const id = fakeKeyId();
    const secret = fakeSecret();
    const value = b64(`[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`);
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  credentials: ${value}\n`;
    const found = scan(text);
    expect(found.map((c) => [c.rule.id, c.secret, c.decoded])).toEqual([['aws-access-key-id', id, ['base64']]]);
    expect(found[0]!.related.map((r) => r.secret)).toEqual([secret]);
    const { line, column } = columnOf(text, value);
    expect(found[0]).toMatchObject({ line, column, endLine: line, endColumn: column + value.length - 1 });
    // off: only the generic rule's finding on the encoded value (it yields to the decoded key ID when on)
    expect(scan(text, withDepth(0)).map((c) => [c.rule.id, c.secret, c.decoded])).toEqual([['generic-secret', value, undefined]]);
  });

  it('a base64 PEM (LS0tLS1CRUdJTi...) is a private key', () => {
    const pem = fakePem();
    const text = `tls.key: ${b64(pem + '\n')}`;
    expect(b64(pem).startsWith('LS0tLS1CRUdJTi')).toBe(true);
    const found = scan(text);
    expect(found.map((c) => [c.rule.id, c.secret, c.decoded])).toEqual([['private-key-rsa', pem, ['base64']]]);
    expect(found[0]).toMatchObject({ line: 1, column: 10 });
  });

  it('percent-encoding, JSON \\u escapes, JSON \\/ and hex are decoded', () => {
    const id = fakeKeyId();
    const pct = scan(`https://example.com/cb?state=${encodeURIComponent(`{"aws_key":"${id}"}`)}`);
    expect(pct.map((c) => [c.rule.id, c.secret, c.decoded])).toEqual([['aws-access-key-id', id, ['percent']]]);
    const esc = scan(`{"key": "\\u0041${id.slice(1)}"}`);
    expect(esc.map((c) => [c.rule.id, c.secret, c.decoded])).toEqual([['aws-access-key-id', id, ['json-escape']]]);
    expect(esc[0]).toMatchObject({ column: 10, endColumn: 10 + 6 + 19 - 1 });
    const slack = `https://hooks.slack.com/services/T${randomString('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}/B${randomString('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}/${randomString('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 24)}`;
    const slash = scan(`{"webhook":"${slack.replace(/\//g, '\\/')}"}`);
    expect(slash.map((c) => [c.rule.id, c.decoded])).toEqual([['slack-webhook-url', ['json-escape']]]);
    const hex = scan(`payload = ${Buffer.from(`aws_access_key_id=${id}`).toString('hex')}`);
    expect(hex.map((c) => [c.rule.id, c.secret, c.decoded])).toEqual([['aws-access-key-id', id, ['hex']]]);
  });

  it('each level of nesting is scanned: the base64 auth inside a base64 .dockerconfigjson is a docker credential', () => {
    const auth = b64(`ci-bot:${randomString(BASE64.slice(0, 62), 20)}`);
    const config = JSON.stringify({ auths: { 'registry.acme.io': { auth } } });
    const found = scan(`data:\n  .dockerconfigjson: ${b64(config)}`);
    expect(found.map((c) => [c.rule.id, c.secret, c.decoded, c.line])).toEqual([['docker-config-auth', auth, ['base64'], 2]]);
  });

  it('a password assigned in base64-encoded configuration is found in the decoded text', () => {
    const found = scan(`config: ${b64('db:\n  password: "Tq9vLm2#Rx7Kp"\n')}`);
    expect(found.map((c) => [c.rule.id, c.secret, c.decoded])).toEqual([['password-assignment', 'Tq9vLm2#Rx7Kp', ['base64']]]);
  });

  it('a secret found both as it is and decoded is reported once', () => {
    const id = fakeKeyId();
    const found = scan(`key=${id}\nsame=${b64(`aws_access_key_id=${id}`)}`);
    expect(found.map((c) => [c.rule.id, c.secret, c.line, c.decoded])).toEqual([['aws-access-key-id', id, 1, undefined]]);
    // a basic-auth header is reported by its own rule, once
    const header = scan(`Authorization: Basic ${b64('deploy:Tq9vLm2Rx7Kp')}`);
    expect(header.map((c) => c.rule.id)).toEqual(['http-basic-auth-header']);
  });

  it('decoding is bounded: past the depth, nothing; a span longer than 64 KB is not decoded', () => {
    const id = fakeKeyId();
    const twice = `x: ${b64(b64(`aws_access_key_id=${id}`))}`;
    expect(scan(twice, withDepth(2)).map((c) => c.decoded)).toEqual([['base64']]);
    expect(scan(twice, withDepth(1))).toEqual([]);
    const huge = b64(`aws_access_key_id=${id}\n` + 'filler text\n'.repeat(6000));
    expect(huge.length).toBeGreaterThan(64 * 1024);
    expect(scan(`blob: ${huge}`)).toEqual([]);
  });
});

describe('a private key printed into a log', () => {
  const prefixed = (pem: string, prefix: (i: number) => string) => pem.split('\n').map((l, i) => prefix(i) + l);

  it('is a private key when every line carries a timestamp prefix, reported at the BEGIN line', () => {
    const pem = fakePem();
    const lines = ['2024-01-01T00:00:00Z INFO starting', ...prefixed(pem, (i) => `2024-01-01T00:00:${String(i).padStart(2, '0')}Z INFO `), '2024-01-01T00:01:00Z INFO done'];
    const found = scan(lines.join('\n'));
    expect(found.map((c) => [c.rule.id, c.secret, c.decoded])).toEqual([['private-key-rsa', pem, ['log-prefix']]]);
    expect(found[0]).toMatchObject({ line: 2, column: 27, endLine: 9 });
  });

  it('in docker build output and in a JSON-escaped log', () => {
    const pem = fakePem('PRIVATE KEY');
    const docker = prefixed(pem, () => '#6 0.245 ').join('\n');
    expect(scan(`#6 [3/4] RUN cat key.pem\n${docker}`).map((c) => [c.rule.id, c.secret])).toEqual([['private-key-pkcs8', pem]]);
    const json = JSON.stringify({ log: prefixed(pem, (i) => `2026-04-26 12:36:0${i % 10} `).join('\r\n') });
    const found = scan(json);
    expect(found.map((c) => [c.rule.id, c.secret, c.line])).toEqual([['private-key-pkcs8', pem, 1]]);
  });

  it('a key that is found as it is (indented in YAML) is not reported twice', () => {
    const pem = fakePem('EC PRIVATE KEY');
    const text = `tls:\n  key: ${pem.split('\n').join('\n    ')}`;
    expect(scan(text).map((c) => [c.rule.id, c.decoded])).toEqual([['private-key-ec', undefined]]);
    expect(logPrefixViews('log: "-----BEGIN RSA PRIVATE KEY-----" is the header')).toEqual([]);
  });
});

describe('value boundaries', () => {
  it('an AWS session token after NAME= (no space), export NAME= and NAME: is a session token', () => {
    const token = fakeSessionToken();
    for (const line of [`AWS_SESSION_TOKEN=${token}`, `export AWS_SESSION_TOKEN=${token}`, `aws_session_token:${token}`, `"AWS_SESSION_TOKEN":"${token}"`]) {
      expect(scan(line).map((c) => [c.rule.id, c.secret]), line).toEqual([['aws-session-token', token]]);
    }
    // still not inside a longer base64 run
    expect(scan(`blob=AAAA${token}`).map((c) => c.rule.id)).not.toContain('aws-session-token');
  });

  it('a password holding an @ but no domain is a password; an e-mail address is not', () => {
    for (const line of ['password=p@ssW0rd-x7', 'DB_PASSWORD="Tq9@vLm2#Rx"', 'password: p@ssW0rd-x7']) {
      expect(scan(line).map((c) => c.rule.id), line).toEqual(['password-assignment']);
    }
    for (const line of ['smtp_password = "alerts@mail.acme.io"', 'password=user@host']) {
      expect(scan(line), line).toEqual([]);
    }
  });
});
