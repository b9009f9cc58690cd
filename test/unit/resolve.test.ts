// How candidates are decided between: fallback (generic) rules yield to the provider rule on
// the same text, even when the provider rule dropped it for what the value is (a bad
// checksum must not come back as a "generic secret"), but not when it was dropped for where
// it is (an unpaired AWS-secret lookalike far from any key ID).
import { describe, expect, it } from 'vitest';
import { buildConfig, loadBuiltinSpecs } from '../../src/config/load.js';
import { scanFragment, type Candidate } from '../../src/engine/engine.js';
import { withCrc32Base62 } from '../../src/engine/checksums.js';
import { fakeKeyId, fakeSecret, randomString } from '../helpers.js';

const config = await buildConfig(loadBuiltinSpecs(), {}, 'test', null);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function explain(text: string) {
  const r = scanFragment({ text, path: 'app.env', startLine: 1, origin: 'file' }, config.ruleSet, true);
  const of = (id: string) => r.candidates!.filter((c) => c.rule.id === id);
  return { findings: r.findings, of };
}

const ids = (cs: Candidate[]) => cs.map((c) => c.rule.id);

describe('fallback rules', () => {
  it('a provider token assigned to a secret-ish name is reported once, by the provider rule', () => {
    const token = withCrc32Base62('ghp_', randomString(ALNUM, 30));
    const { findings, of } = explain(`GITHUB_TOKEN=${token}`);
    expect(ids(findings)).toEqual(['github-pat']);
    expect(of('generic-secret')[0]!.dropped).toMatch(/^overlap: yields to rule github-pat on the same text$/);
  });

  it('a token the provider rule rejected (bad checksum) is not re-reported as a generic secret', () => {
    const good = withCrc32Base62('ghp_', randomString(ALNUM, 30));
    const bad = good.slice(0, -6) + (good.endsWith('A') ? 'BBBBBA' : 'AAAAAB').slice(0, 6);
    const { findings, of } = explain(`GITHUB_TOKEN=${bad}`);
    expect(findings).toEqual([]);
    expect(of('github-pat')[0]!.dropped).toMatch(/^github-token-checksum: bad checksum/);
    expect(of('generic-secret')[0]!.dropped).toMatch(/which dropped it: github-token-checksum/);
  });

  it('an unpaired AWS-secret lookalike does not hide a named generic secret', () => {
    const secret = fakeSecret();
    const text = `aws_access_key_id = ${fakeKeyId()}\n\n\n\n\n\n\n\nclient_secret = "${secret}"`;
    const { findings, of } = explain(text);
    expect(of('aws-secret-access-key-nearby')[0]!.dropped).toMatch(/^unpaired/);
    expect(findings.map((f) => [f.rule.id, f.secret])).toContainEqual(['generic-secret', secret]);
  });

  it('between two fallbacks the one listed first wins (a JWT is a jwt-token, not a generic secret)', () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '42' })}.${randomString(ALNUM, 43)}`;
    const { findings } = explain(`auth_token = "${jwt}"`);
    expect(ids(findings)).toEqual(['jwt-token']);
  });

  it('a password in a connection URL is reported by the URL rule, not the password rule', () => {
    const pw = randomString(ALNUM, 14);
    const { findings } = explain(`DB_PASSWORD_URL=postgres://app:${pw}@db.internal:5432/app`);
    expect(findings.map((f) => [f.rule.id, f.secret])).toEqual([['postgres-url-password', pw]]);
  });
});
