/**
 * `--explain-suppressed` for what the engine and the sources decide: candidates dropped by
 * an inline `leakguard:allow` marker, a rule's stopwords or allow regexes, and findings in
 * paths an allowlist excludes. The normal scan never pays for this: only with the flag
 * does the scan run the engine in explain mode (which keeps dropped candidates with their
 * reasons) and, since the sources then skip no allowlisted path, decide path allowlists
 * here, per fragment.
 *
 * Other reasons the engine drops a candidate (placeholder, entropy, validator, pairing,
 * duplicate) say "this is not a secret", not "this secret is suppressed": not listed.
 */
import { type RuleSet } from '../engine/engine.js';
import type { Rule } from '../engine/rule.js';
import type { Finding, Fragment, SuppressedFinding, Suppression } from '../types.js';
/** Why a fragment's findings of `rule` fall under a path allowlist, or undefined. */
export type PathReason = (fragment: Fragment, rule: Rule) => string | undefined;
/** An engine drop reason that is a suppression, as a Suppression (see engine.ts dropReason). */
export declare function engineSuppression(dropped: string): Suppression | undefined;
export declare class Explainer {
    private readonly pathReason;
    private readonly history;
    private readonly byKey;
    /** `history`: one entry per secret, file and reason (like the findings' deduplication). */
    constructor(pathReason: PathReason | undefined, history: boolean);
    /** Scans a fragment; returns the findings to report and keeps the suppressed ones. */
    scan(fragment: Fragment, ruleSet: RuleSet): Finding[];
    private keep;
    suppressed(): SuppressedFinding[];
}
