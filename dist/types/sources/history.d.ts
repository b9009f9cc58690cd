import type { Fragment, ScanError } from '../types.js';
import { type PathFilter, type Source } from './source.js';
import { CommitIndex } from './commit-index.js';
import { type TaggedObject } from './tags.js';
import { type LfsObjects } from './lfs.js';
export interface HistoryOptions {
    cwd: string;
    /** revisions and ranges (git syntax); empty: --all */
    revs: readonly string[];
    since?: string | undefined;
    until?: string | undefined;
    maxCommits?: number | undefined;
    paths: PathFilter;
    /** concurrent git processes (default: the number of cores, at most 4) */
    jobs?: number | undefined;
    /** scan binary blobs for printable strings */
    binary?: boolean;
    /**
     * --skip-merges: merge commits contribute their messages only, not their combined diffs
     * (what a conflict resolution added is not seen: the peers' behaviour, and their speed)
     */
    skipMerges?: boolean;
    /** files git prints as binary larger than this are skipped (bytes) */
    maxBlobSize?: number;
    /**
     * tags, blobs and trees to scan besides the commits (their messages and contents,
     * sources/tags.ts); default: every ref that is not a commit when `revs` is empty, else
     * the revisions given that name one
     */
    tagged?: readonly TaggedObject[] | undefined;
    /** false: no commits at all, only `tagged` (a push of a tag of a blob) */
    commits?: boolean;
    /** Git LFS pointers are always noted; with a store (`--lfs`) the objects present locally are scanned */
    lfs?: LfsObjects | undefined;
    /**
     * note each submodule met in the commits (a gitlink: its history is elsewhere), except
     * these paths (those at HEAD, already noted or audited); undefined: no notes (pre-push)
     */
    submodulesNoted?: ReadonlySet<string> | undefined;
}
export declare function checkRevs(revs: readonly string[]): void;
/** `git rev-list --parents` for the options: each commit with its parents (a merge has several). */
export declare function revListArgs(options: Pick<HistoryOptions, 'revs' | 'since' | 'until' | 'maxCommits'>): string[];
/** The batch cap, from the patch bytes per commit seen so far. */
export declare function batchCap(stats: {
    commits: number;
    bytes: number;
}): number;
/**
 * The commits `git rev-list` has named so far (newest first), by rank, merges apart;
 * `done` once it has ended.
 */
export interface CommitList {
    readonly commits: readonly number[];
    readonly merges: readonly number[];
    /** the id of a commit of the list */
    sha(rank: number): string;
    readonly done: boolean;
    /** resolves when more commits are named or the list is done; rejects if rev-list failed */
    more(): Promise<void>;
    /** resolves once every commit is named (never rejects: more() reports a failure) */
    readonly listed: Promise<void>;
}
/**
 * The commits in batches for the `git log` processes, newest first, merges and other commits
 * side by side so that both advance together (the progress bar counts both). Each batch is
 * sized when a process is free for it: a share of what is left (guided self-scheduling),
 * at most `cap()` (see batchCap), so the first batches are large and the last ones small,
 * and the processes finish together although old commits are much cheaper than new ones. While
 * rev-list is still naming commits (a few seconds on a million-commit history), a batch is
 * cut as soon as what is known makes it a full one: git log starts before rev-list ends.
 */
export declare function workItems(list: CommitList, jobs: number, cap?: () => number): AsyncGenerator<{
    merges: boolean;
    shas: string[];
}>;
/**
 * `git rev-list --parents` streamed into a CommitList: each commit goes into `index` (its
 * age rank), merges (more than one parent) are listed apart.
 */
export declare function listCommits(args: readonly string[], options: {
    cwd: string;
    signal?: AbortSignal | undefined;
}, index: CommitIndex): CommitList;
export declare class HistorySource implements Source {
    private readonly options;
    readonly stats: import("./source.js").SourceStats;
    readonly errors: ScanError[];
    readonly notes: ScanError[];
    /** commits to scan, known once rev-list has answered */
    total: number | undefined;
    private readonly index;
    /** files git printed as binary, by new blob id and path: each read once, at the oldest commit that added it there */
    private readonly blobs;
    private readonly lfsNote;
    /** `-c` settings of the `git log` processes */
    private gitArgs;
    constructor(options: HistoryOptions);
    /** Age rank of a commit: higher is older (its index in rev-list's output). */
    rank: (sha: string) => number;
    fragments(signal?: AbortSignal): AsyncGenerator<Fragment>;
    /** The fragments in batches (see Source.batches). */
    batches(signal?: AbortSignal): AsyncGenerator<Fragment[]>;
    private readonly gitlinks;
    /** A submodule's commit in the patches (`+Subproject commit <id>`) that is not at HEAD. */
    private noteGitlinks;
    private commitBatches;
    /** A file git printed as binary: kept for binaryChangeFragments, with the oldest commit that added its blob. */
    private readonly onBinary;
    private batch;
}
