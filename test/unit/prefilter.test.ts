// The keyword prefilter (Aho-Corasick compiled to a dense DFA) against a naive search:
// overlapping keywords, keywords inside other keywords, case folding, non-ASCII resets.
import { describe, expect, it } from 'vitest';
import { Prefilter } from '../../src/engine/prefilter.js';
import { randomString } from '../helpers.js';

function naive(keywords: string[][], text: string): number[] {
  const lower = text.toLowerCase();
  return keywords.flatMap((list, i) => (list.length === 0 || list.some((k) => lower.includes(k)) ? [i] : []));
}

const rules = (p: Prefilter, text: string) => [...p.matchAt(text, Infinity).keys()].sort((a, b) => a - b);

/** End offsets of every occurrence of the rule's keywords (case-insensitive), ascending. */
function naiveEnds(list: string[], text: string): number[] {
  const lower = text.toLowerCase();
  const ends = new Set<number>();
  for (const k of list) for (let i = lower.indexOf(k); i !== -1; i = lower.indexOf(k, i + 1)) ends.add(i + k.length);
  return [...ends].sort((a, b) => a - b);
}

describe('Prefilter', () => {
  const keywords = [['abcd'], ['bcx'], ['cx'], ['xoxb-', 'xoxp-'], ['ab'], [], ['aaab']];
  const p = new Prefilter(keywords);

  it.each(['abcx', 'ABCD', 'xxoxp-1', 'aaaab', 'no match here', 'ab\u00e9cx', 'zzzabcdbcxcx'])('finds the same rules as a naive search in %j', (text) => {
    expect(rules(p, text)).toEqual(naive(keywords, text));
  });

  it('agrees with a naive search on random texts over a small alphabet', () => {
    const kws = Array.from({ length: 30 }, () => [randomString('abc', 1 + Math.floor(Math.random() * 4))]);
    const q = new Prefilter(kws);
    for (let i = 0; i < 300; i++) {
      const text = randomString('abcABC', 20);
      expect(rules(q, text)).toEqual(naive(kws, text));
      for (const [r, ends] of q.matchAt(text, Infinity)) expect(ends, text).toEqual(naiveEnds(kws[r]!, text));
    }
  });

  it('agrees with a naive search when the automaton needs 32-bit states (over 32,767)', () => {
    const kws = Array.from({ length: 3000 }, () => [randomString('abcdefgh', 12)]);
    const q = new Prefilter(kws);
    for (let i = 0; i < 50; i++) {
      const planted = kws[Math.floor(Math.random() * kws.length)]![0]!;
      const text = randomString('abcdefghABCDEFGH', 40) + planted.toUpperCase() + randomString('abcdefgh', 40);
      expect(rules(q, text)).toEqual(naive(kws, text));
    }
  });
});
