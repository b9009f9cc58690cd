import type { CommitInfo, Fragment } from '../types.js';
import { type PathFilter, type Source } from './source.js';
export interface PatchOptions {
    origin: Fragment['origin'];
    paths: PathFilter;
    source: Source;
    /** a commit header was read (log output): may return a fragment for its message */
    onCommit?: (commit: CommitInfo, message: string) => Fragment | undefined;
    /**
     * git printed a file as binary (see sources/binary-diff.ts): return true when it was
     * taken care of (no note needed)
     */
    onBinary?: (path: string, commit: CommitInfo | undefined, blob: string | undefined, oldBlobs: string[]) => boolean;
    /** counts distinct files into source.stats.files (staged) */
    countFiles?: boolean;
}
export declare function patchFragments(chunks: AsyncIterable<Buffer>, options: PatchOptions): AsyncGenerator<Fragment>;
/** The same, handed over as the fragments of each chunk of git output (fewer async steps: a history has many). */
export declare function patchBatches(chunks: AsyncIterable<Buffer>, options: PatchOptions): AsyncGenerator<Fragment[]>;
