/**
 * A Source turns a place (the index, files, the history, a commit message) into
 * Fragments. Sources decide what is scanned: they list, read and filter paths (path
 * allowlists are applied here and nowhere else), and record per-file errors and notes
 * instead of throwing, so one unreadable file never hides the findings in the others.
 */
import type { Finding, Fragment, ScanError } from '../types.js';
import type { Rule } from '../engine/rule.js';
import type { AddedLines } from './diff.js';
export interface SourceStats {
    files: number;
    commits: number;
    bytes: number;
}
export interface Source {
    fragments(signal?: AbortSignal): AsyncIterable<Fragment>;
    /** the same fragments, in batches: optional, for sources that produce many small fragments (a history) */
    batches?(signal?: AbortSignal): AsyncIterable<Fragment[]>;
    readonly stats: SourceStats;
    readonly errors: ScanError[];
    /** things skipped on purpose (binary, too large, symlink), shown with --verbose */
    readonly notes: ScanError[];
    /** history sources: age rank of a commit (higher is older); findings are then reported once per secret and file */
    readonly rank?: (sha: string) => number;
    /** history sources: commits to scan, once known (progress) */
    readonly total?: number | undefined;
    /** history sources over several repositories (submodules): marks present / removed with `mark` in each one */
    exposure?(findings: Finding[], mark: (findings: Finding[], cwd: string) => Promise<void>): Promise<void>;
}
export declare function newStats(): SourceStats;
/**
 * Path filtering: the config's global allowlist skips a path entirely; a rule's
 * `allow.paths` disables that rule on the path. Results are cached per path (a history
 * sees the same paths again and again).
 */
export declare class PathFilter {
    private readonly global;
    private readonly rules;
    private readonly cache;
    /** `global`: the config's allowlist of paths, compiled (config/load.ts) */
    constructor(global: ((path: string) => boolean) | undefined, rules: readonly Rule[]);
    check(path: string): {
        skip: boolean;
        disabled: ReadonlySet<number> | undefined;
    };
}
/** Added lines of a diff (and their context lines) as a fragment: consecutive line numbers need no line map. */
export declare function fragmentFromAdded(added: AddedLines, origin: Fragment['origin'], disabled: ReadonlySet<number> | undefined): Fragment;
/** Most notes kept per scan; past it, only a count (a history can hold thousands of binaries). */
export declare const MAX_NOTES = 1000;
/**
 * Records a note (something skipped on purpose), keeping at most MAX_NOTES of them.
 * `unscanned`: content that may hold secrets was left out (see ScanError.unscanned).
 */
export declare function addNote(source: Source, file: string | null, message: string, unscanned?: boolean): void;
