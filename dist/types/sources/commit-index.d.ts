export declare class CommitIndex {
    /** the ids, `width` bytes each, in rank order */
    private ids;
    /** rank + 1 of the commit in each slot, EMPTY where none */
    private table;
    private count;
    /** bytes per id: 20 (SHA-1) or 32 (SHA-256), from the first id added */
    private width;
    get size(): number;
    /** Adds the next commit (40 or 64 hex digits), once each; returns its rank. */
    add(sha: string): number;
    /** The rank of a commit, -1 when it is not in the index. */
    rank(sha: string): number;
    /** The id of the commit of a rank, as hex. */
    sha(rank: number): string;
    private place;
    private rehash;
}
