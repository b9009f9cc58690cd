import { describe, expect, it } from 'vitest';
import { batchCap, workItems, type CommitList } from '../../src/sources/history.js';

const shas = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** A list rev-list has finished naming: commits c0, c1, ... and merges m0, m1, ... (ranks apart) */
function listed(commits: string[], merges: string[]): CommitList {
  const all = [...commits, ...merges];
  return {
    commits: commits.map((_, i) => i),
    merges: merges.map((_, i) => commits.length + i),
    sha: (rank) => all[rank]!,
    done: true,
    more: async () => {},
    listed: Promise.resolve(),
  };
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('history batches (workItems)', async () => {
  it('covers every commit and merge exactly once, each in a batch of its own kind', async () => {
    const commits = shas('c', 10_000);
    const merges = shas('m', 3_000);
    const items = await all(workItems(listed(commits, merges), 2));
    const seenCommits = items.filter((w) => !w.merges).flatMap((w) => w.shas);
    const seenMerges = items.filter((w) => w.merges).flatMap((w) => w.shas);
    expect(seenCommits).toEqual(commits);
    expect(seenMerges).toEqual(merges);
  });

  it('starts with large batches and ends with small ones, so the processes finish together', async () => {
    const items = await all(workItems(listed(shas('c', 12_000), []), 2));
    const sizes = items.map((w) => w.shas.length);
    // a quarter of what is left each time: 3000, 2250, ... down to the minimum of 150
    expect(sizes[0]).toBe(3000);
    expect(sizes[1]).toBe(2250);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(sizes.at(-1)!).toBeLessThanOrEqual(150);
  });

  it('never gives one process more than 4,000 commits (its memory grows with them)', async () => {
    const sizes = (await all(workItems(listed(shas('c', 100_000), shas('m', 30_000)), 2))).map((w) => w.shas.length);
    expect(Math.max(...sizes)).toBe(4000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(130_000);
  });

  it('advances merges and other commits side by side (the progress bar counts both)', async () => {
    const commits = shas('c', 6_000);
    const merges = shas('m', 2_000);
    let c = 0;
    let m = 0;
    const kinds: boolean[] = [];
    for (const w of await all(workItems(listed(commits, merges), 2))) {
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

  it('yields nothing for an empty history and one small batch for a tiny one', async () => {
    expect(await all(workItems(listed([], []), 2))).toEqual([]);
    expect(await all(workItems(listed(['a', 'b'], ['m']), 4))).toEqual([
      { merges: true, shas: ['m'] },
      { merges: false, shas: ['a', 'b'] },
    ]);
  });

  it('cuts full batches while rev-list is still naming commits, and the rest once it has ended', async () => {
    const commits: number[] = [];
    let done = false;
    let wake: () => void = () => {};
    const list: CommitList = {
      commits,
      merges: [],
      sha: (rank) => `c${rank}`,
      get done() {
        return done;
      },
      more: () => (done ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve))),
      listed: Promise.resolve(),
    };
    const items = workItems(list, 2);
    const name = (n: number) => {
      commits.push(...Array.from({ length: n }, (_, i) => commits.length + i));
      wake();
    };
    // 10,000 named: not yet enough to know the first batch is a full one (2 jobs x 2 x 4,000)
    const first = items.next();
    name(10_000);
    const raced = await Promise.race([first, new Promise((r) => setTimeout(() => r('waiting'), 20))]);
    expect(raced).toBe('waiting');
    name(6_000);
    expect(((await first).value as { shas: string[] }).shas).toHaveLength(4000);
    // the end of the list: the rest is cut by what is left
    done = true;
    wake();
    const rest = [];
    for await (const w of items) rest.push(w.shas.length);
    expect(4000 + rest.reduce((a, b) => a + b, 0)).toBe(16_000);
    expect(rest[0]).toBe(3000);
  });

  it('ends with rev-list\'s error when rev-list failed', async () => {
    const failed: CommitList = { commits: [], merges: [], sha: String, done: true, more: () => Promise.reject(new Error('bad revision')), listed: Promise.resolve() };
    await expect(all(workItems(failed, 2))).rejects.toThrow('bad revision');
  });

  it('caps batches by patch bytes: 4,000 commits at git/git\'s 5 KB a commit, more where commits are small', () => {
    expect(batchCap({ commits: 500, bytes: 100 })).toBe(4000); // too early to tell
    expect(batchCap({ commits: 85_000, bytes: 85_000 * 5000 })).toBe(4194);
    expect(batchCap({ commits: 85_000, bytes: 85_000 * 50_000 })).toBe(4000);
    expect(batchCap({ commits: 300_000, bytes: 300_000 * 200 })).toBe(50_000);
  });
});
