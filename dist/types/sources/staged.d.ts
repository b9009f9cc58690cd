import type { Fragment, ScanError } from '../types.js';
import { type PathFilter, type Source } from './source.js';
export declare const STAGED_DIFF_ARGS: string[];
export declare class StagedSource implements Source {
    private readonly cwd;
    private readonly paths;
    private readonly started?;
    private readonly maxSize;
    readonly stats: import("./source.js").SourceStats;
    readonly errors: ScanError[];
    readonly notes: ScanError[];
    /** `started`: the diff, when startStagedDiff() began it earlier; `maxSize`: files git prints as binary larger than this are not read (bytes) */
    constructor(cwd: string, paths: PathFilter, started?: AsyncIterable<Buffer> | undefined, maxSize?: number);
    fragments(signal?: AbortSignal): AsyncGenerator<Fragment>;
    /**
     * A staged Git LFS pointer: `git add` has just put its object in the local LFS store, so
     * the object is scanned instead (sources/lfs.ts); a note when it is not there.
     */
    private lfsObject;
    private lfs;
}
/** Starts `git diff --cached` right away (the pre-commit hook does, before loading the rest). */
export declare function startStagedDiff(cwd: string): AsyncIterable<Buffer>;
