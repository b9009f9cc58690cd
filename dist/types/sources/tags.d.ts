import type { CommitInfo, Fragment } from '../types.js';
import { type PathFilter, type Source } from './source.js';
export interface TaggedObject {
    /** the ref as git names it (refs/tags/v9), or a revision the user gave */
    ref: string;
    oid: string;
}
export interface TagScanOptions {
    cwd: string;
    paths: PathFilter;
    /** blobs over this size are skipped with a note (bytes) */
    maxBlobSize: number;
    signal?: AbortSignal | undefined;
}
/** Every ref whose object is not a commit (an annotated tag, a tag of a blob or a tree). */
export declare function nonCommitRefs(cwd: string): Promise<TaggedObject[]>;
/** The revisions given (not ranges, not exclusions) that name a tag, a blob or a tree. */
export declare function nonCommitRevs(revs: readonly string[], cwd: string): Promise<TaggedObject[]>;
/** `refs/tags/v9` -> `v9`; other refs as they are. */
export declare function tagName(ref: string): string;
interface Parsed {
    object: string;
    type: string;
    tagger: CommitInfo;
    message: string;
}
/** A tag object: its header (object, type, tagger) and its message, without a trailing signature. */
export declare function parseTag(oid: string, data: Buffer): Parsed;
/**
 * The fragments of tagged objects: each tag's message (following chains of tags), then the
 * tagged blobs and the blobs of tagged trees. Tagged commits are left to the commit walk.
 */
export declare function tagFragments(targets: readonly TaggedObject[], source: Source, options: TagScanOptions): AsyncGenerator<Fragment>;
/** tagFragments in batches of at most 256 (for Source.batches). */
export declare function tagBatches(targets: readonly TaggedObject[], source: Source, options: TagScanOptions): AsyncGenerator<Fragment[]>;
export {};
