import type { Config } from '../config/load.js';
import type { PathFilter } from '../sources/source.js';
import type { Finding } from '../types.js';
/** A parsed FINGERPRINT argument: `aws-access-key-id:0123abcd...` or the hex hash (8 to 16 digits). */
export interface Target {
    ruleId?: string;
    hash: string;
}
export declare function parseTarget(arg: string): Target | null;
export interface LocateContext {
    cwd: string;
    root: string;
    config: Config;
    filter: PathFilter;
}
/** The finding in one commit (`--commit REV`). */
export declare function locateInCommit(ctx: LocateContext, target: Target, rev: string): Promise<Finding | null>;
/** The finding in the work tree, else anywhere in the history (all refs); one with its secret next to it first. */
export declare function locateAnywhere(ctx: LocateContext, target: Target): Promise<Finding | null>;
/**
 * `respond --key KEY_ID`: found as the fingerprint route finds it (the fingerprint is the
 * key ID's hash). null when the repository does not hold the key.
 */
export declare function locateKey(ctx: LocateContext, keyId: string): Promise<Finding | null>;
/**
 * The finding named in a JSON report (`--report FILE`): taken from the report when it
 * holds the key and its paired parts whole (written with --no-redact: a default report shows
 * the key ID whole but hides its secret), else found again in its commit or file.
 */
export declare function locateFromReport(ctx: LocateContext, target: Target, reportFile: string): Promise<Finding | null>;
