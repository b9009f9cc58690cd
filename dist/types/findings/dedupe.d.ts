/**
 * Findings are reported once. Within one scan the same rule at the same position is one
 * finding (overlapping windows of a long line can see a match twice). In a history, the
 * same secret added to the same file by several commits is one finding, at the commit
 * that introduced it (the oldest, by the source's age rank), with the number of commits
 * that added it and every file the secret was added to. A finding's paired parts are part
 * of what it is: a key ID committed alone, then a secret pasted next to it by a later
 * commit, are two findings (the second names both parts); the same position seen twice
 * in one scan (chunks that overlap) keeps the paired parts of both.
 */
import { type Finding } from '../types.js';
/** Age rank of a commit: higher is older. */
export type Rank = (sha: string) => number;
export declare class FindingSet {
    private readonly options;
    private readonly byKey;
    private readonly plain;
    /** history: the files each secret was added to */
    private readonly filesOf;
    constructor(options: {
        history: boolean;
        rank?: Rank;
    });
    add(f: Finding): void;
    findings(): Finding[];
}
