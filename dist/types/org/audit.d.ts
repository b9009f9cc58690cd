import { Cache } from './cache.js';
import { type OrgFinding, type OrgReport, type RepoSummary } from './report.js';
import type { RepoEntry } from './repos.js';
/** What one repository's audit needs (the pool, the shards and the queue's workers alike). */
export interface RepoAuditOptions {
    cache: Cache;
    /** bin/leakguard.js, run with this Node */
    bin: string;
    /** --config FILE for every repository's audit (absolute); else none (a repository's own config is not used) */
    configFile?: string;
    rulesKey: string;
    /** --full: ignore what the cache says was scanned */
    full?: boolean;
    signal?: AbortSignal;
}
export interface AuditOptions extends RepoAuditOptions {
    /** repositories audited at a time */
    jobs: number;
    /** called after each repository (progress) */
    onRepo?: (done: number, total: number, commits: number) => void;
}
/** What decides whether earlier findings still hold: leakguard's version, its rules, the config. */
export declare function rulesKey(specs: unknown, configText: string | null): string;
export interface RepoResult {
    summary: RepoSummary;
    findings: OrgFinding[];
}
export declare function auditOrg(entries: readonly RepoEntry[], options: AuditOptions): Promise<OrgReport>;
/**
 * The organisation report from each repository's result (or why there is none), in list
 * order; `extra` errors (about the run itself) come last.
 */
export declare function buildReport(entries: readonly RepoEntry[], resultOf: (e: RepoEntry, i: number) => RepoResult | {
    error: string;
}, extra: OrgReport['errors'], ms: number): OrgReport;
/** One repository: fetch its mirror, audit what is new (or all), record it in the cache. Never throws: a failure is `summary.error`. */
export declare function auditRepo(entry: RepoEntry, options: RepoAuditOptions, childJobs: number): Promise<RepoResult>;
