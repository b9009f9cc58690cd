import type { CommitInfo, Fragment } from '../types.js';
import { type PathFilter, type Source } from './source.js';
/** A file that git printed as binary: its new blob and the blobs it replaced. */
export interface BinaryChange {
    path: string;
    commit: CommitInfo | undefined;
    blob: string;
    /** the file's blobs before the change (one per parent that had it; none for a new file) */
    oldBlobs: readonly string[];
}
export interface BinaryChangeOptions {
    cwd: string;
    /** blobs larger than this are not read (bytes) */
    maxSize: number;
    /** binary content: scan its printable strings (`--binary`) instead of noting it */
    strings: boolean;
    paths: PathFilter;
    origin: Fragment['origin'];
    source: Source;
    signal?: AbortSignal | undefined;
}
/**
 * The fragments of `changes`. The first bytes of each new blob decide what it is (one
 * `git cat-file --batch`, nothing held: most such files are real binaries, such as
 * images); then the text ones, with their old blobs, and the binary ones when their
 * strings are wanted, are read whole (a second one), one change at a time.
 */
export declare function binaryChangeFragments(changes: readonly BinaryChange[], options: BinaryChangeOptions): AsyncGenerator<Fragment>;
