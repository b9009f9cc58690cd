import type { Readable } from 'node:stream';
import type { Fragment, ScanError } from '../types.js';
import { type PathFilter, type Source } from './source.js';
import { type LfsObjects } from './lfs.js';
export interface FilesOptions {
    cwd: string;
    /** files and folders as given; '-' is standard input */
    paths: readonly string[];
    /** bytes */
    maxFileSize: number;
    filter: PathFilter;
    /** paths are matched against allowlists relative to this folder (the repository root) */
    root: string;
    stdin?: Readable;
    /** also scan the files of submodules and nested git repositories (default: a note names them) */
    recurseSubmodules?: boolean;
    /** Git LFS: pointer files are noted; with `scan`, the objects present locally are scanned instead */
    lfs?: LfsObjects;
}
export declare class FilesSource implements Source {
    private readonly options;
    readonly stats: import("./source.js").SourceStats;
    readonly errors: ScanError[];
    readonly notes: ScanError[];
    constructor(options: FilesOptions);
    fragments(signal?: AbortSignal): AsyncGenerator<Fragment>;
    /**
     * A path argument -> absolute paths of the regular files to read. `named`: given on the
     * command line (a folder other than the working directory is then read whole, files git
     * ignores included), not a submodule met on the way.
     */
    private expand;
    /**
     * Tracked plus untracked files under `dir` (not those git ignores, unless `ignored`), or
     * null outside a git work tree. Submodules and nested repositories are listed as folders.
     */
    private gitList;
    private walk;
    /**
     * `nested`: where a submodule or a nested repository met is queued (git lists them as a
     * folder) when they are scanned too (--recurse-submodules); else a note names it.
     */
    private read;
    /** A folder git listed: a submodule (a gitlink) or a nested repository (listed as `dir/`). */
    private nestedRepository;
    /** Standard input, streamed in fragments of whole lines. */
    private stdin;
    private display;
    private rootRelative;
}
/** Whether leakguard reads `buf` as binary (sources/text.ts). */
export declare function isBinary(buf: Buffer): boolean;
