import type { RuleSpec } from '../types.js';
import type { UserConfig } from './load.js';
import type { GitSecrets } from './git-secrets-read.js';
/** What `git secrets --register-aws` adds: leakguard's AWS rules do this job (and do not report principal or account IDs). */
export declare const REGISTER_AWS_PATTERNS: ReadonlySet<string>;
export declare function gitSecretsRuleId(pattern: string): string;
/** Checks a translated regex for catastrophic backtracking (engine/regex-safety.ts, loaded only when needed). */
export type Safety = (source: string) => string | null;
export interface Translated {
    rules: RuleSpec[];
    /** allow regexes (JavaScript) */
    allowed: string[];
    /** what was left out, and why */
    notes: string[];
}
/**
 * git-secrets' configuration as leakguard rules and allow regexes, with notes on what was
 * left out. Throws a LeakguardError naming a pattern that cannot be translated or is unsafe.
 */
export declare function translateGitSecrets(gs: GitSecrets, safety: Safety): Translated;
/** Translated patterns as a config fragment (merged under the user's config file). */
export declare function asUserConfig(t: Translated): UserConfig;
