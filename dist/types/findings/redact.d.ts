/**
 * Redaction: no report shows a whole secret unless asked (`--no-redact`), yet a responder
 * must be able to tell findings apart and act on them.
 *
 * - Identifiers are shown whole: a rule marked `identifier: true` (an AWS access key ID,
 *   an Alibaba AccessKey ID) finds the name of a credential, not what authenticates; IAM,
 *   CloudTrail and the first response step all need it. `--redact-ids` (config
 *   `redactIds: true`) hides them too, like secrets.
 * - Secrets (everything that authenticates) are hidden. By default a secret of 16
 *   characters or more keeps its known prefix (the issuer's literal prefix, read from the
 *   rule's regex: see known-prefix.ts) and its last 4 characters, `ghp_…a1B2`, so two
 *   tokens of one provider read differently; a shorter secret (a password) shows only its
 *   length class, `[8-15 chars]`. `--redact=N` hides N percent of every secret instead
 *   (the first characters kept), as it always did.
 *
 * The regex match, which contains the secret, is redacted the same way, and so are related
 * parts (a key ID's finding keeps the ID whole while the secret key beside it, on the same
 * line or not, is hidden). A commit's subject can hold a secret too (a finding in a commit
 * message): redactResult hides every secret of the result wherever a commit message shows it.
 */
import type { Finding, ScanResult } from '../types.js';
/** null: show secrets whole; undefined: the default (known prefix and last 4); a number: percent hidden */
export type Redaction = number | null | undefined;
/** What redaction knows about the rules: which find identifiers, and each rule's known prefixes. */
export interface RedactionPolicy {
    /** rule ids whose findings are identifiers (shown whole unless `redactIds`) */
    readonly identifiers: ReadonlySet<string>;
    /** rule id -> literal prefixes of its secrets, longest first */
    readonly prefixes: ReadonlyMap<string, readonly string[]>;
    /** --redact-ids: identifiers are hidden like secrets */
    readonly redactIds: boolean;
}
/** A rule as the policy reads it (a compiled Rule has these). */
export interface PolicyRule {
    readonly id: string;
    readonly secretGroup: number | string;
    readonly spec: {
        readonly regex: string;
        readonly identifier?: boolean | undefined;
    };
}
export declare const NO_POLICY: RedactionPolicy;
export declare function redactionPolicy(rules: readonly PolicyRule[], redactIds?: boolean): RedactionPolicy;
/** `secret` as a report shows it. `prefixes`: the rule's known prefixes (see known-prefix.ts). */
export declare function redact(secret: string, redaction: Redaction, prefixes?: readonly string[]): string;
/** One secret of a rule as reports show it (an identifier whole unless --redact-ids). */
export declare function redactPart(secret: string, ruleId: string, redaction: Redaction, policy: RedactionPolicy): string;
export declare function redactFinding(f: Finding, redaction: Redaction, policy?: RedactionPolicy): Finding;
/** Every secret of a result redacted, in findings, suppressed findings and commit messages. */
export declare function redactResult(result: ScanResult, redaction: Redaction, policy?: RedactionPolicy): ScanResult;
