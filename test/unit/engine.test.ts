// The engine: prefilter, entropy, placeholders, windows, pairing, inline allow, positions.
import { describe, expect, it } from 'vitest';
import { buildConfig, loadBuiltinSpecs } from '../../src/config/load.js';
import { MAX_WINDOW, scanFragment, windows } from '../../src/engine/engine.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { placeholderReason } from '../../src/engine/placeholders.js';
import { Prefilter } from '../../src/engine/prefilter.js';
import type { Fragment } from '../../src/types.js';
import { fakeKeyId, fakeSecret } from '../helpers.js';

const config = await buildConfig(loadBuiltinSpecs(), {}, 'test', null);
const frag = (text: string, extra: Partial<Fragment> = {}): Fragment => ({ text, path: 'f.txt', startLine: 1, origin: 'file', ...extra });
const scan = (text: string, extra: Partial<Fragment> = {}) => scanFragment(frag(text, extra), config.ruleSet).findings;

describe('Prefilter', () => {
  it('finds the rules whose keywords occur, case-insensitively, overlapping keywords included', () => {
    const p = new Prefilter([['akia'], ['kiab', 'zz'], ['secret'], []]);
    const rules = (text: string, q = p) => [...q.matchAt(text).keys()].sort();
    expect(rules('xxAKIAB')).toEqual([0, 1, 3]);
    expect(rules('my Secret')).toEqual([2, 3]);
    expect(rules('nothing here é akia')).toEqual([0, 3]);
    expect(rules('', new Prefilter([['ab']]))).toEqual([]);
  });
});

describe('shannonEntropy', () => {
  it('is in bits per character, counted and divided over characters', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBeCloseTo(1, 10);
    expect(shannonEntropy('abcd')).toBeCloseTo(2, 10);
    // non-ASCII characters count once each, not per UTF-8 byte
    expect(shannonEntropy('éèêë')).toBeCloseTo(2, 10);
  });
});

describe('placeholderReason', () => {
  it('recognises documentation, filler and template values', () => {
    for (const v of ['AKIAIOSFODNN7EXAMPLE', 'XXXXXXXXXXXXXXXXXXXX', '00000000000000000000', '<your-key>', '${AWS_SECRET}', '{{ secret }}', 'your_access_key_here', 'abcdefghijklmnop1234', '********']) {
      expect(placeholderReason(v), v).not.toBeNull();
    }
  });
  it('accepts random values, including base64 with runs of slashes', () => {
    expect(placeholderReason(fakeSecret())).toBeNull();
    expect(placeholderReason(fakeKeyId())).toBeNull();
    expect(placeholderReason('FwoGZXIvYXdzEK7//////////wEaDq8Zr2b')).toBeNull();
  });
});

describe('scanFragment', () => {
  it('reports a key with 1-based line and column, using the line map of a diff fragment', () => {
    const id = fakeKeyId();
    const [f] = scan(`first\nkey = ${id}`, { lineMap: [10, 42] });
    expect(f).toMatchObject({ secret: id, line: 42, column: 7, endLine: 42, endColumn: 6 + 20 });
  });

  it('shifts columns of a piece of a long line by its start column', () => {
    const id = fakeKeyId();
    const [f] = scan(`k=${id}`, { startLine: 3, startColumn: 5001 });
    expect(f).toMatchObject({ line: 3, column: 5003 });
  });

  it('pairs an unnamed secret with a key ID within 5 lines into one finding', () => {
    const id = fakeKeyId();
    const secret = fakeSecret();
    const found = scan(`${id}\n\n\n\n\n${secret}`);
    expect(found).toHaveLength(1);
    expect(found[0]!.rule.id).toBe('aws-access-key-id');
    expect(found[0]!.severity).toBe('critical');
    expect(found[0]!.related.map((r) => [r.rule.id, r.secret, r.line])).toEqual([['aws-secret-access-key-nearby', secret, 6]]);
    // 6 lines apart: the unnamed secret is not reported at all
    expect(scan(`${id}\n\n\n\n\n\n${secret}`).map((c) => c.rule.id)).toEqual(['aws-access-key-id']);
  });

  it('reports a named secret without a key ID on its own', () => {
    const secret = fakeSecret();
    const found = scan(`AWS_SECRET_ACCESS_KEY=${secret}`);
    expect(found.map((c) => [c.rule.id, c.secret, c.severity])).toEqual([['aws-secret-access-key', secret, 'high']]);
  });

  it('honours leakguard:allow on the line, and leakguard:allow <rule-id> for that rule only', () => {
    const id = fakeKeyId();
    expect(scan(`key = ${id} # leakguard:allow test fixture`)).toEqual([]);
    expect(scan(`key = ${id} # leakguard:allow aws-access-key-id`)).toEqual([]);
    expect(scan(`key = ${id} # leakguard:allow aws-session-token`).map((c) => c.rule.id)).toEqual(['aws-access-key-id']);
    expect(scan(`key = ${id}\n# leakguard:allow`).map((c) => c.rule.id)).toEqual(['aws-access-key-id']);
  });

  it('explains why candidates were dropped', () => {
    const r = scanFragment(frag('aws_access_key_id = AKIAIOSFODNN7EXAMPLE'), config.ruleSet, true);
    expect(r.findings).toEqual([]);
    expect(r.keywordHits!.map((x) => x.id)).toContain('aws-access-key-id');
    // (the generic rules see the same assignment: each candidate says why it was dropped)
    expect(r.candidates!.filter((c) => c.rule.id === 'aws-access-key-id').map((c) => c.dropped)).toEqual(['placeholder: placeholder word "EXAMPLE"']);
    expect(r.candidates!.every((c) => c.dropped !== undefined)).toBe(true);
  });

  it('skips rules disabled for the path', () => {
    const rule = config.ruleSet.byId.get('aws-access-key-id')!;
    expect(scan(`k=${fakeKeyId()}`, { disabledRules: new Set([rule.index]) })).toEqual([]);
  });

  it('finds secrets anywhere in a text longer than one window, once each', () => {
    const ids = [fakeKeyId(), fakeKeyId(), fakeKeyId()];
    const w = windows('x'.repeat(MAX_WINDOW * 3));
    expect(w.length).toBeGreaterThan(3);
    // one key at a window cut, one in an overlap, one at the end
    const cut = w[1]![0];
    let text = 'a '.repeat(Math.floor(MAX_WINDOW / 2)).padEnd(MAX_WINDOW - 10, ' ') + ids[0] + ' ';
    text = text.padEnd(cut + 50, ' ') + ids[1] + ' ';
    text = text.padEnd(MAX_WINDOW * 3, ' ') + ids[2];
    const found = scan(text);
    expect(found.map((c) => c.secret).sort()).toEqual([...ids].sort());
  });
});

describe('line-scoped rules', () => {
  it('canSpanLines: only constructs that can take a newline make a regex multi-line', async () => {
    const { canSpanLines } = await import('../../src/engine/rule.js');
    for (const src of ['\\bAKIA[A-Z2-7]{16}', 'x[ \\t]*=[ \\t]*"([^"\\r\\n]+)"', '[^\\s\'"]{8,}', 'a.b', '\\\\s']) expect(canSpanLines(src), src).toBe(false);
    for (const src of ['BEGIN[\\s\\S]+END', 'a\\s+b', '[^"]+', 'a\\nb', '[\\W]', '\\D', '(a)\\1', '\\u000a']) expect(canSpanLines(src), src).toBe(true);
  });

  it('keywordLines: each line holding a keyword, once', async () => {
    const { keywordLines } = await import('../../src/engine/engine.js');
    const text = 'one\nkey key\nthree\nkey';
    expect(keywordLines(text, [7, 11, 21])).toEqual([
      [4, 11],
      [18, 21],
    ]);
  });

  it('matchAt: keyword end offsets per rule, or null past the cap', () => {
    const p = new Prefilter([['ab'], ['b']]);
    expect([...p.matchAt('xab ab', 32)]).toEqual([
      [0, [3, 6]],
      [1, [3, 6]],
    ]);
    expect(p.matchAt('ab ab ab', 2).get(0)).toBeNull();
  });

  it('still finds a secret whose keyword is on its line, among many lines', () => {
    const secret = fakeSecret();
    const filler = Array.from({ length: 200 }, (_, i) => `line ${i} with nothing`).join('\n');
    const found = scan(`${filler}\nAWS_SECRET_ACCESS_KEY=${secret}\n${filler}`);
    expect(found.map((c) => [c.secret, c.line])).toEqual([[secret, 201]]);
  });
});
