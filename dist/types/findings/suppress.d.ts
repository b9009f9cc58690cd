/**
 * The suppression stage: a pure filter between deduplication and redaction that drops the
 * findings an ignore entry or the baseline covers, and says why. It sees whole secrets
 * (their hashes are what entries name) and decides nothing about what is a secret.
 *
 * A finding is dropped only when every one of its fingerprints is covered (a key ID's
 * finding also carries the secret key found next to it): ignoring a key ID never hides a
 * new secret pasted beside it.
 */
import type { Finding, SuppressedFinding } from '../types.js';
import type { IgnoreEntry } from './ignore-file.js';
/** A report fingerprint -> its salted form under the file's salt (salted.ts), computed before this pure stage. */
export type SaltedForms = ReadonlyMap<string, string>;
export interface SuppressOptions {
    ignore?: {
        label: string;
        entries: readonly IgnoreEntry[];
        salted?: SaltedForms | undefined;
    } | undefined;
    baseline?: {
        label: string;
        fingerprints: ReadonlySet<string>;
        salted?: SaltedForms | undefined;
    } | undefined;
    /** a finding's path relative to the repository root, what ignore globs match (null: a commit message) */
    repoPath(f: Finding): string | null;
}
export declare function applySuppressions(findings: readonly Finding[], options: SuppressOptions): {
    findings: Finding[];
    suppressed: SuppressedFinding[];
};
