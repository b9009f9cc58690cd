import type { Finding } from '../types.js';
import { getCallerIdentity } from './sts.js';
export declare const DEFAULT_VERIFY_TIMEOUT_MS = 5000;
/** requests in flight at once */
export declare const VERIFY_CONCURRENCY = 4;
export interface VerifyOptions {
    endpoint?: string;
    timeoutMs?: number;
    concurrency?: number;
    /** the call itself (tests and the API may replace it) */
    call?: typeof getCallerIdentity;
}
/** Sets `aws.verification` on every AWS key finding. */
export declare function verifyFindings(findings: Finding[], options?: VerifyOptions): Promise<Finding[]>;
/** Maps `items` through `fn` with at most `limit` calls in flight; results in input order. */
export declare function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]>;
