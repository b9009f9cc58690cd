/**
 * Every commit of a history audit, by age rank (its place in `git rev-list`'s output:
 * higher is older), in about 30 bytes a commit: the object ids in one byte buffer, rank
 * order, and an open-addressing hash table of ranks. A Map from 40-character strings to
 * numbers costs about 130 bytes a commit, and the strings cut from rev-list's output keep
 * that output alive as well: about 200 MB on a million-commit history, where this is 30.
 */
const EMPTY = 0;

export class CommitIndex {
  /** the ids, `width` bytes each, in rank order */
  private ids = Buffer.alloc(0);
  /** rank + 1 of the commit in each slot, EMPTY where none */
  private table = new Int32Array(1024);
  private count = 0;
  /** bytes per id: 20 (SHA-1) or 32 (SHA-256), from the first id added */
  private width = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the next commit (40 or 64 hex digits), once each; returns its rank. */
  add(sha: string): number {
    if (this.width === 0) this.width = sha.length / 2;
    if (sha.length !== this.width * 2) throw new Error(`object id of unexpected length: ${sha}`);
    const rank = this.count;
    if ((rank + 1) * this.width > this.ids.length) {
      const grown = Buffer.alloc(Math.max(1024, this.ids.length * 2));
      this.ids.copy(grown);
      this.ids = grown;
    }
    this.ids.write(sha, rank * this.width, this.width, 'hex');
    this.count++;
    if (this.count * 2 > this.table.length) this.rehash();
    else this.place(rank);
    return rank;
  }

  /** The rank of a commit, -1 when it is not in the index. */
  rank(sha: string): number {
    if (this.count === 0 || sha.length !== this.width * 2) return -1;
    const id = Buffer.from(sha, 'hex');
    if (id.length !== this.width) return -1;
    const mask = this.table.length - 1;
    for (let slot = id.readUInt32BE(0) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === EMPTY) return -1;
      const rank = entry - 1;
      if (this.ids.compare(id, 0, this.width, rank * this.width, (rank + 1) * this.width) === 0) return rank;
    }
  }

  /** The id of the commit of a rank, as hex. */
  sha(rank: number): string {
    return this.ids.toString('hex', rank * this.width, (rank + 1) * this.width);
  }

  private place(rank: number): void {
    const mask = this.table.length - 1;
    let slot = this.ids.readUInt32BE(rank * this.width) & mask;
    while (this.table[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.table[slot] = rank + 1;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let rank = 0; rank < this.count; rank++) this.place(rank);
  }
}
