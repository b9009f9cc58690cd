/**
 * One scan: a source's fragments through the engine into a deduplicated, sorted set of
 * findings, with the source's errors, notes and counters. Stops early (keeping what was
 * found so far) when the signal is aborted.
 */
import type { Config } from './config/load.js';
import { GitStopped } from './errors.js';
import { type Rank } from './findings/dedupe.js';
import type { Source } from './sources/source.js';
import type { Finding, Fragment, ScanResult, SuppressedFinding } from './types.js';
import type { RuleSet } from './engine/engine.js';
export interface RunOptions {
    signal?: AbortSignal;
    /** history: one finding per secret and file, at the commit that introduced it (`rank`: older is higher) */
    history?: {
        rank: Rank;
    };
    /**
     * A git process of the source was ended by a signal (Ctrl-C reaching the process group,
     * an OOM kill): with this callback the scan stops there and returns what it found so far;
     * without it, the GitStopped error is thrown.
     */
    onGitStopped?: (error: GitStopped) => void;
    /** called after each fragment (progress) */
    onFragment?: (source: Source) => void;
    /**
     * --explain-suppressed: scans each fragment instead of the engine's fast path, keeping
     * what inline markers and allowlists dropped (findings/explain.ts); its list becomes
     * `result.suppressed`. Without it the normal path is unchanged.
     */
    explain?: {
        scan(fragment: Fragment, ruleSet: RuleSet): Finding[];
        suppressed(): SuppressedFinding[];
    };
}
export declare function runScan(source: Source, config: Config, options?: RunOptions): Promise<ScanResult>;
