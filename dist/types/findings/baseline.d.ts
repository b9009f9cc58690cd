import type { Finding } from '../types.js';
export declare const BASELINE_FILE = ".leakguard-baseline.jsonl";
export declare const BASELINE_VERSION = 2;
/** The fingerprints a baseline file holds; `label` prefixes errors (`file:line: what is wrong`). */
export declare function parseBaseline(text: string, label: string): Set<string>;
/** The salt in a baseline's header (version 2), if any; an unreadable header gives undefined (parseBaseline reports it). */
export declare function baselineSalt(text: string): string | undefined;
/**
 * The baseline file for these (unredacted) findings: every fingerprint of every finding
 * (paired parts too), with the files it was found in. `repoPath` gives a finding's path
 * relative to the repository root (null for a commit message). With `salted` (what the
 * CLI writes), a version 2 file: the salt in the header, each fingerprint's salted form.
 */
export declare function formatBaseline(findings: readonly Finding[], repoPath: (f: Finding) => string | null, salted?: {
    salt: string;
    forms: ReadonlyMap<string, string>;
}): string;
