// The line splitter: lines across chunk boundaries, UTF-8 split between chunks, long lines in pieces.
import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/sources/lines.js';

function split(chunks: Buffer[], maxLine?: number, overlap?: number) {
  const out: Array<[string, boolean, number]> = [];
  const s = new LineSplitter((t, f, c) => out.push([t, f, c]), maxLine, overlap);
  for (const c of chunks) s.push(c);
  s.end();
  return out;
}

describe('LineSplitter', () => {
  it('joins lines cut by chunk boundaries and keeps the last line without a newline', () => {
    expect(split([Buffer.from('ab'), Buffer.from('c\nde'), Buffer.from('f\n\ngh')])).toEqual([
      ['abc', true, 0],
      ['def', true, 0],
      ['', true, 0],
      ['gh', true, 0],
    ]);
  });

  it('decodes a UTF-8 character split between two chunks', () => {
    const bytes = Buffer.from('é€\n', 'utf8');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect(split(chunks)).toEqual([['é€', true, 0]]);
  });

  it('delivers a long line in overlapping pieces whose columns add up', () => {
    const line = Array.from({ length: 250 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    for (const chunks of [[Buffer.from(line + '\nnext\n')], [...Buffer.from(line + '\nnext\n')].map((b) => Buffer.from([b]))]) {
      const out = split(chunks, 100, 10);
      const pieces = out.filter(([t]) => t !== 'next');
      expect(pieces.every(([t]) => t.length <= 100)).toBe(true);
      expect(pieces[0]![1]).toBe(true);
      expect(pieces.slice(1).every(([, first]) => !first)).toBe(true);
      for (const [t, , col] of pieces) expect(line.slice(col, col + t.length)).toBe(t);
      expect(pieces.at(-1)![2] + pieces.at(-1)![0].length).toBe(250);
      // consecutive pieces overlap by exactly 10 characters
      for (let i = 1; i < pieces.length; i++) expect(pieces[i - 1]![2] + pieces[i - 1]![0].length - pieces[i]![2]).toBe(10);
      expect(out.at(-1)).toEqual(['next', true, 0]);
    }
  });
});
