import type { Candidate } from '../engine/engine.js';
import type { Finding, Fragment } from '../types.js';
/** 16 hex digits of SHA-256 over the secret. */
export declare function secretHash(secret: string): string;
export declare function fingerprintOf(ruleId: string, hash: string): string;
export declare function toFinding(c: Candidate, fragment: Fragment): Finding;
/** Scan order for reports: by file, then position; history findings by commit date first. */
export declare function compareFindings(a: Finding, b: Finding): number;
/**
 * Every fingerprint of a finding: its own, then its paired parts' (a key ID's finding
 * also names the secret key found next to it). An ignore entry or a baseline suppresses
 * a finding only when it covers all of them, so a new secret pasted next to an ignored
 * key ID is still reported.
 */
export declare function fingerprintsOf(f: Finding): string[];
