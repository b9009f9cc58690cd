import type { AllowSpec, RuleSpec } from '../types.js';
import { type RuleSet } from '../engine/engine.js';
export declare const MODULE_NAME = "leakguard";
export declare const SEARCH_PLACES: string[];
export declare const DEFAULT_MAX_FILE_SIZE: number;
export interface UserConfig {
    rules?: Array<Partial<RuleSpec> & {
        id: string;
    }>;
    disabledRules?: string[];
    allow?: AllowSpec;
    maxFileSize?: number | string;
    /** nested encodings decoded (engine/decode.ts); 0: off; default DEFAULT_DECODE_DEPTH */
    maxDecodeDepth?: number;
    aws?: {
        accounts?: Record<string, string>;
    };
    /** hide identifiers in reports too (the same as --redact-ids) */
    redactIds?: boolean;
}
export interface AwsConfig {
    /** the team's accounts: 12-digit id -> label (config `aws.accounts`); empty when none */
    readonly accounts: Readonly<Record<string, string>>;
}
export interface Config {
    readonly ruleSet: RuleSet;
    /** global allowlist of paths (picomatch globs), applied by the sources */
    readonly allowPaths: readonly string[];
    /** allowPaths compiled; undefined when there are none */
    readonly allowPath: ((path: string) => boolean) | undefined;
    /** bytes */
    readonly maxFileSize: number;
    /** the config file used, relative to cwd; null when none */
    readonly file: string | null;
    readonly aws: AwsConfig;
    /** config `redactIds`: identifiers are hidden in reports too (default false) */
    readonly redactIds: boolean;
}
export interface LoadOptions {
    cwd: string;
    /** --config FILE */
    configFile?: string;
    /** --no-config: ignore any discovered config file */
    noConfig?: boolean;
    /** rules and allow regexes from elsewhere (git-secrets' git config), merged under the config file's */
    extra?: UserConfig;
}
export declare function loadConfig(options: LoadOptions): Promise<Config>;
/**
 * The built-in rule specs, in file order. The build (scripts/build.mjs) has validated them
 * against rules/schema.json and checked their ids are unique, so nothing is checked here:
 * this runs at every start of the pre-commit hook. (Their examples are not part of the
 * bundle: the tests read them from the rule files, see rule-files.ts.)
 */
export declare function loadBuiltinSpecs(): RuleSpec[];
/**
 * Merges a (validated) user config over the built-in specs and compiles the result.
 * `file` prefixes error messages.
 */
export declare function buildConfig(builtin: readonly RuleSpec[], user: UserConfig, file: string, label: string | null): Promise<Config>;
/** The nearest directory at or above `dir` holding `.git` (a folder, or a file for worktrees). */
export declare function findRepoRoot(dir: string): string | null;
/** "10MB" -> bytes (units are powers of 1024) */
export declare function parseSize(value: number | string | undefined, file: string, field?: string): number;
