/**
 * The small set of types every stage of the pipeline shares:
 * sources produce Fragments, the engine turns them into Findings, formatters print a ScanResult.
 * Kept in one place so that a custom formatter or an API user has a single contract to read.
 */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export declare const SEVERITIES: readonly Severity[];
/** Rank of a severity: higher is worse. */
export declare function severityRank(s: Severity): number;
/** A rule as written in a rules/*.yaml file or a user config (validated against rules/schema.json). */
export interface RuleSpec {
    /** kebab-case `provider-kind`, e.g. `aws-access-key-id` */
    id: string;
    description: string;
    severity: Severity;
    /** JavaScript regular expression source (compiled with the `g`, `d` and `m` flags) */
    regex: string;
    /** compile the regex case-insensitively (JavaScript has no inline `(?i)`) */
    ignoreCase?: boolean;
    /** capture group holding the secret: a number or a group name; default: group 1 if present, else the whole match */
    secretGroup?: number | string;
    /** lowercase literals; the rule only runs on text that contains one of them (empty: always runs) */
    keywords: string[];
    /** minimum Shannon entropy of the secret, in bits per character */
    entropy?: number;
    /** name of a built-in validator (see engine/validators.ts) the secret must pass */
    validate?: string;
    /**
     * a generic detector (assignments to secret-ish names, passwords): its candidate is
     * dropped when a non-fallback rule (or an earlier-listed fallback) keeps a candidate on
     * overlapping text, so the specific rule names the secret. Default false.
     */
    fallback?: boolean;
    /**
     * the rule finds an identifier (the name of a credential, e.g. an AWS access key ID), not
     * something that authenticates: reports show it whole unless `--redact-ids`. Default false.
     */
    identifier?: boolean;
    /**
     * `line`: the regex runs only on the lines that hold one of the keywords (each match must
     * contain a keyword on its line; faster for broad rules). `text` (default): the whole text.
     */
    scope?: 'line' | 'text';
    /** composite rule: another rule's finding within `within` lines, merged into that finding as a related part */
    pair?: {
        rule: string;
        within: number;
        required?: boolean;
        severity?: Severity;
    };
    allow?: AllowSpec;
    tags?: string[];
    /** false disables a built-in rule */
    enabled?: boolean;
    examples?: {
        match: Array<string | {
            text: string;
            secret: string;
        }>;
        noMatch: string[];
    };
}
export interface AllowSpec {
    /** regexes tested against `allow.target` (default: the secret); a match drops the candidate */
    regexes?: string[];
    target?: 'secret' | 'match' | 'line';
    /** case-insensitive substrings of the secret that drop the candidate */
    stopwords?: string[];
    /** picomatch globs of file paths where the rule never reports */
    paths?: string[];
}
/** Details of the commit that introduced a line (history scans only). */
export interface CommitInfo {
    sha: string;
    author: string;
    email: string;
    /** ISO-8601 author date */
    date: string;
    /** first line of the commit message */
    message: string;
    parents?: string[];
}
export type Origin = 'file' | 'staged' | 'commit' | 'message' | 'stdin';
/**
 * A piece of text to scan. For a diff it holds only the added lines of one file in one
 * commit (or in the index), joined with '\n', with a map back to new-file line numbers.
 */
export interface Fragment {
    text: string;
    /** path relative to the scan root, '/'-separated; null for a commit message */
    path: string | null;
    /** 1-based line number of the first line of `text` */
    startLine: number;
    /** when the lines of `text` are not consecutive in the file: 1-based line number of each */
    lineMap?: readonly number[];
    /** 1-based column of the first character of `text` in its line (a piece of a long line); default 1 */
    startColumn?: number;
    origin: Origin;
    commit?: CommitInfo;
    /** history: the git tag this text comes from (a tag's message, a tagged blob or tree), e.g. `v9` */
    gitTag?: string;
    /** indices (into the compiled rule list) of rules that must not run here (their allow.paths matched) */
    disabledRules?: ReadonlySet<number>;
    /**
     * 1-based line numbers of lines given as context only (a diff's unchanged lines near a
     * change): a match there can complete a pair but is reported only when a part of its
     * finding lies on another line
     */
    contextLines?: ReadonlySet<number>;
}
/**
 * Where a finding's value sits, when that lowered it to `low`: a person-chosen password or
 * generic value in a test, example, documentation, CI configuration or code comment.
 */
export type ContextKind = 'test' | 'example' | 'docs' | 'ci' | 'comment';
/** Another secret reported as part of a finding (e.g. the secret access key paired with a key ID). */
export interface RelatedPart {
    ruleId: string;
    description: string;
    secret: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** `rule-id:secret-hash` of this part (an ignore entry or a baseline must cover it too) */
    fingerprint?: string;
}
export interface Finding {
    ruleId: string;
    description: string;
    severity: Severity;
    /** path, or null for a commit message */
    file: string | null;
    /** 1-based */
    line: number;
    /** 1-based, in UTF-16 code units */
    column: number;
    endLine: number;
    /** 1-based, inclusive */
    endColumn: number;
    secret: string;
    /** the whole regex match (contains the secret) */
    match: string;
    /** bits per character */
    entropy?: number;
    commit?: CommitInfo;
    /** history: the git tag the secret was found in (its message, or the blob or tree it tags), e.g. `v9` */
    gitTag?: string;
    tags: string[];
    /** `rule-id:secret-hash`: content-based, the same wherever the secret moves */
    fingerprint: string;
    /** 16 hex digits of SHA-256 over the secret: links every finding of one secret */
    secretHash: string;
    related?: RelatedPart[];
    /** history scans: extra data about where else the secret was added (see findings/dedupe.ts) */
    history?: HistoryInfo;
    origin: Origin;
    /** AWS access key findings: what the key is and whose (see aws/anatomy.ts); never holds a secret */
    aws?: AwsKeyInfo;
    /**
     * found in decoded text (engine/decode.ts): how the text at this location was decoded,
     * outermost first (`base64`, `hex`, `percent`, `json-escape`; `log-prefix` for a private
     * key printed into a log); absent for text found as it is
     */
    decoded?: string[];
    /** set when the severity was lowered to `low` because of where the value sits (engine/context.ts) */
    context?: ContextKind;
}
/** Credential prefixes of AWS access key IDs (`A3T` stands for the legacy `A3T?` form). */
export type AwsKeyType = 'AKIA' | 'ASIA' | 'ABIA' | 'ACCA' | 'A3T';
/** What leakguard knows about an AWS access key finding, offline and (with --verify) live. */
export interface AwsKeyInfo {
    keyType: AwsKeyType;
    /** 12-digit account id decoded from the key ID; null when the key does not encode one */
    account: string | null;
    /** the account's label from the config's `aws.accounts` (absent when unknown or not configured) */
    accountLabel?: string;
    /** when `aws.accounts` is configured: whether the account is one of them */
    accountKnown?: boolean;
    /** a secret access key was found next to the key ID (a related part) */
    paired: boolean;
    /** a session token was found next to the key ID */
    sessionToken: boolean;
    /** the live check (--verify); null when not asked */
    verification: AwsVerification | null;
}
/** Result of STS GetCallerIdentity for a key ID + secret pair (--verify). */
export type AwsVerification = {
    status: 'live';
    account: string;
    arn: string;
    userId: string;
} | {
    status: 'invalid';
    code: string;
} | {
    status: 'unknown';
    reason: string;
};
export interface HistoryInfo {
    /** number of commits that added this secret to this file */
    occurrences: number;
    /** present at HEAD of the default branch, or only in history */
    status?: 'present' | 'removed';
    removedIn?: string | null;
    /** every file this secret was added to (across the whole history) */
    files: string[];
}
export interface ScanError {
    /** file (or source) the error is about; null when general */
    file: string | null;
    message: string;
    /**
     * a note about something that was not scanned and may hold secrets (a submodule, a
     * nested repository, a Git LFS object): said on stderr in every mode, not only --verbose
     */
    unscanned?: true;
}
export interface ScanStats {
    files: number;
    commits: number;
    bytes: number;
    ms: number;
}
/** Why a finding was not reported: an ignore entry, the baseline, an inline marker, an allowlist. */
export type SuppressionKind = 'ignore' | 'baseline' | 'inline' | 'allowlist';
export interface Suppression {
    kind: SuppressionKind;
    /** human-readable, e.g. `.leakguardignore:3 (test fixture)` */
    reason: string;
}
/** A finding that was dropped, with why (listed with --explain-suppressed). */
export interface SuppressedFinding extends Finding {
    suppression: Suppression;
}
export interface ScanResult {
    findings: Finding[];
    errors: ScanError[];
    /** things skipped on purpose (binary, too large, symlink): shown with --verbose */
    notes: ScanError[];
    stats: ScanStats;
    /** only with --explain-suppressed: what was found but not reported, and why */
    suppressed?: SuppressedFinding[];
}
