import type { AwsKeyInfo, CommitInfo } from '../types.js';
export interface RunbookInput {
    keyId: string;
    aws: AwsKeyInfo;
    /** raw secret access key and session token found with the key (for the replacement file) */
    secret?: string | undefined;
    sessionToken?: string | undefined;
    /** where it was found */
    where?: {
        file: string | null;
        line: number;
        commit?: CommitInfo | undefined;
    } | undefined;
    /** the filter-repo replacement file respond wrote (absolute path), when it did */
    replacementFile?: string | undefined;
}
export interface RunbookOptions {
    format: 'text' | 'markdown';
    /** false: --no-redact (the runbook prints the replacement file, secret included) */
    redact: boolean;
}
export declare const RUNBOOK_FORMATS: readonly ["text", "markdown"];
export declare function renderRunbook(input: RunbookInput, options: RunbookOptions): string;
/** The IAM user (and account) a live --verify answer names, from its ARN; null for a role session or no live check. */
export declare function liveUser(aws: RunbookInput['aws']): {
    name: string;
    account: string;
    arn: string;
} | null;
