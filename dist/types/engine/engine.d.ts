/**
 * The engine decides what is a secret. It is pure: fragments in, matches out, no I/O.
 *
 * For each fragment: the keyword prefilter picks the rules that can match; each of those
 * rules' regex runs over the text (in windows of at most MAX_WINDOW characters, so that no
 * regex ever sees an unbounded input); every match becomes a candidate that must pass the
 * inline `leakguard:allow` marker, the published example values, the placeholder check, the rule's stopwords, allow
 * regexes, minimum entropy and validator; finally composite rules pair their candidates
 * with the partner rule's matches within N lines; a person-chosen password in a test,
 * example, documentation or comment is lowered to `low` (context.ts). With `explain`,
 * dropped candidates are kept with the reason, for `leakguard rules test`.
 *
 * Then the rules run again on the fragment's *views* (engine/decode.ts): its encoded spans
 * decoded, a private key printed into a log without the log's line prefixes. What they
 * find there is reported at the location of the encoded text with the trail of decodings,
 * unless the plain text already gave the same secret (or the same rule at that place).
 */
import type { Fragment, Severity } from '../types.js';
import { type ContextKind } from './context.js';
import { Prefilter } from './prefilter.js';
import type { Rule } from './rule.js';
import { type Decoding } from './decode.js';
/** Largest text a regex runs over at once (UTF-16 code units); longer texts are cut into overlapping windows. */
export declare const MAX_WINDOW: number;
/** Overlap of consecutive windows: a match that reaches a window's end is matched again past it (see MAX_EXTENDED). */
export declare const WINDOW_OVERLAP: number;
export interface RuleSet {
    readonly rules: readonly Rule[];
    readonly byId: ReadonlyMap<string, Rule>;
    readonly prefilter: Prefilter;
    /** depth of nested decoding of encoded spans (base64, hex, percent, JSON escapes); 0: off */
    readonly decodeDepth: number;
}
export declare function buildRuleSet(rules: readonly Rule[], decodeDepth?: number): RuleSet;
/** A match of a rule in a fragment, located in file coordinates (1-based lines and columns). */
export interface Candidate {
    rule: Rule;
    secret: string;
    match: string;
    /** offsets of the secret in the fragment text */
    start: number;
    end: number;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    entropy: number;
    severity: Severity;
    /** candidates of pair rules merged into this one */
    related: Candidate[];
    /** why the candidate is not a finding (explain mode only keeps dropped candidates) */
    dropped?: string;
    /** found in decoded text: how the text at [start, end) was decoded, outermost first */
    decoded?: Decoding[];
    /** set when the severity was lowered to `low` because of where the value sits (context.ts) */
    context?: ContextKind;
}
export interface FragmentScan {
    findings: Candidate[];
    /** explain mode: every rule whose keywords occur in the text */
    keywordHits?: Rule[];
    /** explain mode: every candidate, kept or dropped */
    candidates?: Candidate[];
}
export declare function scanFragment(fragment: Fragment, ruleSet: RuleSet, explain?: boolean): FragmentScan;
export declare function keywordLines(text: string, at: readonly number[]): Array<readonly [number, number]>;
/** Window bounds [from, to) covering `text`, each at most MAX_WINDOW long, overlapping by WINDOW_OVERLAP. */
export declare function windows(text: string): Array<[number, number]>;
