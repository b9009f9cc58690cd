// Issue 17: the known prefix read from a rule's regex, the default display of a hidden
// secret, and the redaction policy (identifiers whole unless --redact-ids).
import { describe, expect, it } from 'vitest';
import { literalPrefixes } from '../../src/findings/known-prefix.js';
import { redact, redactFinding, redactResult, redactionPolicy } from '../../src/findings/redact.js';
import { compileRule } from '../../src/engine/rule.js';
import { loadBuiltinSpecs } from '../../src/config/load.js';
import type { Finding, ScanResult } from '../../src/types.js';

describe('literalPrefixes', () => {
  it.each([
    ['\\b(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])', 1, ['ghp_']],
    ['\\b(xox[bp]-[0-9]{8,14})', 1, ['xoxb-', 'xoxp-']],
    ['(?<![A-Za-z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA)[A-Z2-7]{16})', 1, ['AKIA', 'ASIA', 'A3T']],
    ['\\b(sk-(?:proj-|svcacct-)?[A-Za-z0-9]{20})', 1, ['sk-']],
    ['\\b(amzn\\.mws\\.[0-9a-f]{8})', 1, ['amzn.mws.']],
    ['token = (?<tok>glpat-[A-Za-z0-9]{20})', 'tok', ['glpat-']],
    ['^dapi[a-f0-9]{32}$', 0, ['dapi']],
    ['password\\s*=\\s*"([^"]{8,})"', 1, []],
    ['\\b(x?abc[0-9]{8})', 1, []],
    ['\\b(ab+c[0-9]{8})', 1, ['ab']],
  ] as const)('%s (group %s) -> %j', (source, group, expected) => {
    expect(literalPrefixes(source, group)).toEqual(expected);
  });

  it('reads every built-in rule without throwing, and finds the issuer prefixes of well-known tokens', () => {
    const specs = loadBuiltinSpecs();
    const policy = redactionPolicy(specs.map((s, i) => compileRule(s, i)));
    expect(policy.prefixes.get('github-pat')).toEqual(['ghp_']);
    expect(policy.prefixes.get('slack-bot-token')).toEqual(['xoxb-']);
    expect(policy.prefixes.get('aws-secret-access-key')).toBeUndefined();
    expect([...policy.identifiers].sort()).toEqual(['alibaba-access-key-id', 'aws-access-key-id']);
  });
});

describe('redact (default)', () => {
  it('shows the known prefix and the last 4, the middle hidden', () => {
    expect(redact('ghp_0123456789abcdefghijABCDEFGHIJa1B2', undefined, ['ghp_'])).toBe('ghp_…a1B2');
    expect(redact('xoxb-1234-5678-abcdefghij9fQz', undefined, ['xoxb-'])).toBe('xoxb-…9fQz');
  });

  it('without a known prefix: only the last 4', () => {
    expect(redact('V5zjR3j1twdTKWTddB+XhkAS1voQG6yyzyN9zHYI', undefined)).toBe('…zHYI');
  });

  it('under 16 characters: only the length class', () => {
    expect(redact('hunter2', undefined)).toBe('[1-7 chars]');
    expect(redact('correct horse', undefined, ['corr'])).toBe('[8-15 chars]');
    expect(redact('a'.repeat(15), undefined)).toBe('[8-15 chars]');
  });

  it('never shows so much that little stays hidden: a long prefix drops the tail, a prefix leaving < 8 characters hidden is not shown', () => {
    expect(redact('PREFIX-12-abcdefgh', undefined, ['PREFIX-12-'])).toBe('PREFIX-12-…');
    expect(redact('PREFIX-12345-abcd', undefined, ['PREFIX-12345-'])).toBe('…abcd');
    // 16 characters, no prefix: 12 hidden, 4 shown
    expect(redact('abcdefghijklmnop', undefined)).toBe('…mnop');
  });

  it('--redact=N hides N percent, as before', () => {
    expect(redact('abcdefghijklmnopqrst', 50)).toBe('abcdefghij**********');
    expect(redact('abcdefghij', 100)).toBe('**********');
  });
});

const ID = 'AKIAQWERTYUIOPASDFGH';
const KEY = 'S3cr3tK3yS3cr3tK3yS3cr3tK3yS3cr3tK3yW9xZ';

function pairFinding(): Finding {
  return {
    ruleId: 'aws-access-key-id', description: 'AWS access key ID', severity: 'critical', file: 'a.py', line: 1, column: 1, endLine: 1, endColumn: 20,
    secret: ID, match: `("${ID}", "${KEY}")`, tags: ['aws', 'key-id'], fingerprint: 'aws-access-key-id:x', secretHash: 'x', origin: 'file',
    related: [{ ruleId: 'aws-secret-access-key-nearby', description: '', secret: KEY, line: 1, column: 25, endLine: 1, endColumn: 64 }],
    commit: { sha: 'c', author: 'a', email: 'e', date: '2024-01-01', message: `add ${ID} ${KEY}` },
  };
}

describe('redaction policy', () => {
  const policy = redactionPolicy([{ id: 'aws-access-key-id', secretGroup: 1, spec: { regex: '((?:AKIA|ASIA)[A-Z2-7]{16})', identifier: true } }]);

  it('a key ID stays whole next to its secret on the same line; the secret is hidden everywhere', () => {
    const r = redactFinding(pairFinding(), undefined, policy);
    expect(r.secret).toBe(ID);
    expect(r.match).toBe(`("${ID}", "…W9xZ")`);
    expect(r.related![0]!.secret).toBe('…W9xZ');
    const result: ScanResult = { findings: [pairFinding()], errors: [], notes: [], stats: { files: 1, commits: 0, bytes: 0, ms: 0 } };
    expect(redactResult(result, undefined, policy).findings[0]!.commit!.message).toBe(`add ${ID} …W9xZ`);
  });

  it('--redact-ids hides the key ID too (known prefix and last 4)', () => {
    const hiding = { ...policy, redactIds: true };
    const r = redactFinding(pairFinding(), undefined, hiding);
    expect(r.secret).toBe('AKIA…DFGH');
    expect(r.match).toBe('("AKIA…DFGH", "…W9xZ")');
    const result: ScanResult = { findings: [pairFinding()], errors: [], notes: [], stats: { files: 1, commits: 0, bytes: 0, ms: 0 } };
    expect(redactResult(result, undefined, hiding).findings[0]!.commit!.message).toBe('add AKIA…DFGH …W9xZ');
  });

  it('--redact=N: identifiers whole, secrets N percent hidden', () => {
    const r = redactFinding(pairFinding(), 50, policy);
    expect(r.secret).toBe(ID);
    expect(r.related![0]!.secret).toBe(KEY.slice(0, 20) + '*'.repeat(16));
  });
});
