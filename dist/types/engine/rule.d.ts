/**
 * Compiling a RuleSpec into a Rule: the readonly form the engine runs. Compilation checks
 * everything a schema cannot (the regex compiles and is safe to run, the secret group
 * exists, the validator and the paired rule are known) and reports problems as
 * `field: what is wrong`, so the config loader can prefix the file and the rule id.
 */
import type { RuleSpec, Severity } from '../types.js';
import { type Validator } from './validators.js';
export interface Rule {
    readonly index: number;
    readonly id: string;
    readonly description: string;
    readonly severity: Severity;
    /** flags: g, d, m (+ i) */
    readonly regex: RegExp;
    /** group number or name; 0 is the whole match */
    readonly secretGroup: number | string;
    readonly keywords: readonly string[];
    readonly entropy: number | undefined;
    readonly validatorName: string | undefined;
    readonly validator: Validator | undefined;
    /** a generic detector: yields to any other rule's candidate on overlapping text */
    readonly fallback: boolean;
    readonly pair: {
        readonly rule: string;
        readonly within: number;
        readonly required: boolean;
        readonly severity?: Severity;
    } | undefined;
    readonly allowRegexes: readonly RegExp[];
    readonly allowTarget: 'secret' | 'match' | 'line';
    /** lowercase */
    readonly stopwords: readonly string[];
    readonly allowPaths: ((path: string) => boolean) | undefined;
    readonly tags: readonly string[];
    readonly spec: Readonly<RuleSpec>;
    /** `scope: line` and the regex cannot match a line break: it runs on the lines holding a keyword only */
    readonly singleLine: boolean;
}
export declare class RuleError extends Error {
    readonly field: string;
    constructor(field: string, message: string);
}
/** Checks a regex source for catastrophic backtracking: engine/regex-safety.ts (loaded lazily, it is heavy). */
export type SafetyCheck = (source: string) => string | null;
/** Compiles path globs into a matcher (picomatch, loaded only when some rule has allow.paths). */
export type GlobCompiler = (globs: string[]) => (path: string) => boolean;
export interface CompileOptions {
    /** given for rules not checked at build time (a user's rules); the built-in ones are checked by the tests */
    safety?: SafetyCheck | undefined;
    /** required when the rule has allow.paths */
    glob?: GlobCompiler | undefined;
}
/** Compiles and checks one rule. */
export declare function compileRule(spec: RuleSpec, index: number, options?: CompileOptions): Rule;
/**
 * The capture groups of a (valid) regex source, in order, found by scanning it (escapes and
 * character classes hold none): each group's name (when named) and the index just inside
 * its opening parenthesis.
 */
export declare function captureGroups(source: string): Generator<{
    name: string | undefined;
    inner: number;
}>;
/** Capture groups of a (valid) regex source: how many, and the names of the named ones. */
export declare function countGroups(source: string): {
    count: number;
    names: string[];
};
/**
 * Whether a (valid) regex source may match a line break: conservatively true when it holds
 * \s, \W, \D, \n, \r, a Unicode property, a class that could take a newline (a negated
 * class without \n or \s in it, or one holding \s, \W or \D), or a back-reference.
 * `.` never does (no `s` flag). A false answer lets the engine run the regex on the lines
 * where the rule's keywords are, instead of on the whole text.
 */
export declare function canSpanLines(source: string): boolean;
