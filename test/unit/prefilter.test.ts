// The keyword prefilter (Aho-Corasick with a lazily filled DFA) against a naive search:
// overlapping keywords, keywords inside other keywords, case folding, non-ASCII resets.
import { describe, expect, it } from 'vitest';
import { Prefilter } from '../../src/engine/prefilter.js';
import { randomString } from '../helpers.js';

function naive(keywords: string[][], text: string): number[] {
  const lower = text.toLowerCase();
  return keywords.flatMap((list, i) => (list.length === 0 || list.some((k) => lower.includes(k)) ? [i] : []));
}

describe('Prefilter', () => {
  const keywords = [['abcd'], ['bcx'], ['cx'], ['xoxb-', 'xoxp-'], ['ab'], [], ['aaab']];
  const p = new Prefilter(keywords);

  it.each(['abcx', 'ABCD', 'xxoxp-1', 'aaaab', 'no match here', 'ab\u00e9cx', 'zzzabcdbcxcx'])('finds the same rules as a naive search in %j', (text) => {
    expect(p.match(text)).toEqual(naive(keywords, text));
  });

  it('agrees with a naive search on random texts over a small alphabet', () => {
    const kws = Array.from({ length: 30 }, () => [randomString('abc', 1 + Math.floor(Math.random() * 4))]);
    const q = new Prefilter(kws);
    for (let i = 0; i < 300; i++) {
      const text = randomString('abcABC', 20);
      expect(q.match(text)).toEqual(naive(kws, text));
    }
  });
});
