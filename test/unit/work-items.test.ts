import { describe, expect, it } from 'vitest';
import { workItems } from '../../src/sources/history.js';

const shas = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('history batches (workItems)', () => {
  it('covers every commit and merge exactly once, each in a batch of its own kind', () => {
    const commits = shas('c', 10_000);
    const merges = shas('m', 3_000);
    const items = [...workItems(commits, merges, 2)];
    const seenCommits = items.filter((w) => !w.merges).flatMap((w) => w.shas);
    const seenMerges = items.filter((w) => w.merges).flatMap((w) => w.shas);
    expect(seenCommits).toEqual(commits);
    expect(seenMerges).toEqual(merges);
  });

  it('starts with large batches and ends with small ones, so the processes finish together', () => {
    const items = [...workItems(shas('c', 12_000), [], 2)];
    const sizes = items.map((w) => w.shas.length);
    // a quarter of what is left each time: 3000, 2250, ... down to the minimum of 150
    expect(sizes[0]).toBe(3000);
    expect(sizes[1]).toBe(2250);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(sizes.at(-1)!).toBeLessThanOrEqual(150);
  });

  it('never gives one process more than 4,000 commits (its memory grows with them)', () => {
    const sizes = [...workItems(shas('c', 100_000), shas('m', 30_000), 2)].map((w) => w.shas.length);
    expect(Math.max(...sizes)).toBe(4000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(130_000);
  });

  it('advances merges and other commits side by side (the progress bar counts both)', () => {
    const commits = shas('c', 6_000);
    const merges = shas('m', 2_000);
    let c = 0;
    let m = 0;
    const kinds: boolean[] = [];
    for (const w of workItems(commits, merges, 2)) {
      // the list further behind (as a fraction of its length) gets the batch
      const behind = m / merges.length <= c / commits.length ? 'merges' : 'commits';
      expect(w.merges ? 'merges' : 'commits').toBe(c === commits.length ? 'merges' : m === merges.length ? 'commits' : behind);
      if (w.merges) m += w.shas.length;
      else c += w.shas.length;
      kinds.push(w.merges);
    }
    // both kinds all along: merges are not left for the end
    expect(kinds.slice(0, 4)).toContain(true);
    expect(kinds.slice(0, 4)).toContain(false);
    expect([c, m]).toEqual([6_000, 2_000]);
  });

  it('yields nothing for an empty history and one small batch for a tiny one', () => {
    expect([...workItems([], [], 2)]).toEqual([]);
    expect([...workItems(['a', 'b'], ['m'], 4)]).toEqual([
      { merges: true, shas: ['m'] },
      { merges: false, shas: ['a', 'b'] },
    ]);
  });
});
