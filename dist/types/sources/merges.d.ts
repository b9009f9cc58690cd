import type { Fragment } from '../types.js';
import { type PatchOptions } from './patch.js';
import type { PathFilter, Source } from './source.js';
export declare const MERGE_LOG_ARGS: string[];
/** Fragments of what the given merges added (their lines in no parent), in batches. */
export declare function mergeBatches(merges: readonly string[], source: Source, options: {
    cwd: string;
    paths: PathFilter;
    signal?: AbortSignal | undefined;
    onCommit?: PatchOptions['onCommit'];
    onBinary?: PatchOptions['onBinary'];
    gitArgs: readonly string[];
}): AsyncIterable<Fragment[]>;
