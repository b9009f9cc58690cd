/**
 * The organisation report: one incident per secret across every repository (linked by
 * `secretHash`, the same 16 hex digits every single-repository report gives), each with
 * every place it was added (repository, file, line, commit) and whether it is still at
 * HEAD there. Shard reports merge by the same rule, so `org merge` of N shards equals the
 * report of one machine that audited them all.
 */
import { type Severity } from '../types.js';
/** A finding as the single-repository JSON report gives it (secrets already redacted). */
export interface OrgFinding {
    ruleId: string;
    description: string;
    severity: Severity;
    file: string | null;
    line: number;
    secret: string;
    secretHash: string;
    fingerprint: string;
    tags?: string[];
    related?: Array<{
        ruleId: string;
        secret: string;
        line: number;
        fingerprint?: string;
    }>;
    commit?: {
        sha: string;
        author: string;
        email: string;
        date: string;
        message: string;
    };
    status?: 'present' | 'removed';
    removedIn?: string | null;
    aws?: {
        keyType: string;
        account: string | null;
        paired: boolean;
        sessionToken?: boolean;
    };
}
export interface Location {
    repo: string;
    file: string | null;
    line: number;
    commit: {
        sha: string;
        author: string;
        email: string;
        date: string;
        message: string;
    } | null;
    status: 'present' | 'removed' | null;
    removedIn: string | null;
}
export interface Incident {
    secretHash: string;
    ruleId: string;
    description: string;
    severity: Severity;
    /** redacted, as in every report */
    secret: string;
    fingerprint: string;
    /** the paired parts' fingerprints (an AWS key's secret access key, ...): what `org hunt --secret-hash` also matches */
    related: Array<{
        ruleId: string;
        fingerprint: string;
        secret: string;
    }>;
    aws?: {
        keyType: string;
        account: string | null;
        paired: boolean;
    };
    locations: Location[];
}
export interface RepoSummary {
    repo: string;
    /** commits audited so far (all runs) */
    commits: number;
    /** commits audited by this run (0: unchanged since the last run) */
    newCommits?: number;
    scannedTips: string[];
    /** this run audited only what was new since the scanned tips */
    incremental?: boolean;
    error?: string;
}
export interface OrgReport {
    version: 1;
    incidents: Incident[];
    repos: RepoSummary[];
    errors: Array<{
        repo: string | null;
        message: string;
    }>;
    stats: {
        repos: number;
        failed: number;
        commits: number;
        newCommits: number;
        ms: number;
    };
}
/** One repository's findings as incidents (one per secret). */
export declare function incidentsOf(repo: string, findings: readonly OrgFinding[]): Incident[];
/** Incidents of one secret become one: every location once, the worst severity, AWS facts combined. */
export declare function mergeIncidents(list: readonly Incident[]): Incident[];
/** Shard reports (or any reports) as one: a repository listed twice keeps its last entry. */
export declare function mergeReports(reports: readonly OrgReport[]): OrgReport;
/** Checks a file's JSON is an organisation report (for `org merge`); returns why not, or null. */
export declare function reportProblem(data: unknown): string | null;
