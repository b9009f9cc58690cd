import { type Config, type UserConfig } from '../config/load.js';
import type { Command } from '../formatters/formatter.js';
import type { Finding, ScanResult } from '../types.js';
import type { Io } from './io.js';
import type { CommonArgs } from './scan-command.js';
export interface ScanRun {
    /** findings after suppression, whole secrets; `suppressed` only when explaining */
    result: ScanResult;
    config: Config;
    /** ISO-8601 */
    startedAt: string;
    /** a finding's path relative to the repository root (null for a commit message) */
    repoPath(f: Finding): string | null;
}
export interface RunSettings {
    /** --explain-suppressed */
    explain: boolean;
    /** --baseline FILE */
    baseline?: string | undefined;
}
export declare function scanRun(command: Command, a: CommonArgs, io: Io, cwd: string, settings: RunSettings): Promise<ScanRun | null>;
/** git-secrets' patterns and allowed regexes, when the repository (or the user) has any. */
export declare function gitSecretsExtra(cwd: string, root: string, a: Pick<CommonArgs, 'verbose'>, io: Io): Promise<UserConfig | undefined>;
