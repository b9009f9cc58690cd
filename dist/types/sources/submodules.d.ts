import type { Finding, Fragment, ScanError } from '../types.js';
import type { HistorySource } from './history.js';
import type { Source, SourceStats } from './source.js';
export interface Submodule {
    /** path in the superproject, '/'-separated */
    path: string;
    /** its work tree, when checked out (holds a `.git`), else null */
    dir: string | null;
}
/** The submodules (gitlinks) of HEAD's tree; none in a repository without commits. */
export declare function submodulesAtHead(cwd: string): Promise<Submodule[]>;
/** The superproject's history, then each submodule's, as one source. */
export declare class RecursiveHistory implements Source {
    private readonly parts;
    constructor(main: HistorySource, cwd: string, subs: ReadonlyArray<{
        path: string;
        dir: string;
        source: HistorySource;
    }>);
    get stats(): SourceStats;
    get errors(): ScanError[];
    get notes(): ScanError[];
    get total(): number | undefined;
    /** A commit's age rank in the repository that holds it (findings of one file are all in one repository). */
    rank: (sha: string) => number;
    fragments(signal?: AbortSignal): AsyncGenerator<Fragment>;
    batches(signal?: AbortSignal): AsyncGenerator<Fragment[]>;
    /** Present / removed, decided in each finding's own repository (see git/exposure.ts). */
    exposure(findings: Finding[], mark: (findings: Finding[], cwd: string) => Promise<void>): Promise<void>;
}
