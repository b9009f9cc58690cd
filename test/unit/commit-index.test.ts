import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CommitIndex } from '../../src/sources/commit-index.js';

describe('CommitIndex', () => {
  it('gives each commit its rank back, through many growths of its buffers', () => {
    const index = new CommitIndex();
    const ids = Array.from({ length: 20_000 }, () => randomBytes(20).toString('hex'));
    ids.forEach((id, i) => expect(index.add(id)).toBe(i));
    expect(index.size).toBe(20_000);
    for (let i = 0; i < ids.length; i += 7) {
      expect(index.rank(ids[i]!)).toBe(i);
      expect(index.sha(i)).toBe(ids[i]);
    }
  });

  it('answers -1 for a commit it does not hold, or a malformed id', () => {
    const index = new CommitIndex();
    expect(index.rank('a'.repeat(40))).toBe(-1);
    const id = randomBytes(20).toString('hex');
    index.add(id);
    // same first 8 bytes (same slot), different commit
    expect(index.rank(id.slice(0, 16) + 'f'.repeat(24) === id ? id.slice(0, 16) + '0'.repeat(24) : id.slice(0, 16) + 'f'.repeat(24))).toBe(-1);
    expect(index.rank(id.slice(0, 39))).toBe(-1);
    expect(index.rank('z'.repeat(40))).toBe(-1);
  });

  it('holds SHA-256 ids (64 hex digits)', () => {
    const index = new CommitIndex();
    const ids = Array.from({ length: 3000 }, () => randomBytes(32).toString('hex'));
    for (const id of ids) index.add(id);
    expect(index.rank(ids[2999]!)).toBe(2999);
    expect(index.sha(1234)).toBe(ids[1234]);
  });
});
