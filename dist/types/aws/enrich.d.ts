/**
 * The AWS step of a scan, between the engine and redaction: every AWS access key finding
 * gets its anatomy (always, offline) and, with --verify only, its live status. It runs on
 * raw findings because verification needs the secrets; what it adds holds none. The
 * verifier (and its signer) is imported only when asked, so a scan without --verify
 * loads nothing more than this file and anatomy.ts.
 */
import type { Finding } from '../types.js';
import { type AccountLabels } from './anatomy.js';
import type { VerifyOptions } from './verify.js';
export interface EnrichOptions {
    accounts?: AccountLabels;
    /** --verify: check each key ID + secret pair with STS; undefined: offline only */
    verify?: VerifyOptions;
}
export declare function enrichAws(findings: Finding[], options: EnrichOptions): Promise<Finding[]>;
