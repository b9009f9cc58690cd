import { type RepoAuditOptions } from './audit.js';
import type { OrgReport } from './report.js';
import type { RepoEntry } from './repos.js';
export declare const QUEUE = "leakguard-org";
export declare function enqueue(entries: readonly RepoEntry[], url: string, queueName?: string): Promise<{
    runId: string;
    jobs: number;
}>;
export interface WorkerOptions extends RepoAuditOptions {
    url: string;
    queue?: string;
    /** jobs at a time in this worker */
    concurrency: number;
    /** exit once the queue has no job waiting, delayed or active */
    drain: boolean;
    /** ms a job stays claimed by a worker that stopped renewing its lock (BullMQ lockDuration and stalled-check interval) */
    lockMs: number;
    log: (line: string) => void;
}
/** Takes jobs until stopped (or, with `drain`, until the queue is empty); returns the number of jobs it completed. */
export declare function work(options: WorkerOptions): Promise<number>;
/** The organisation report of the last enqueued run, from its jobs: results, dead letters, and jobs not done yet. */
export declare function report(url: string, queueName?: string): Promise<OrgReport>;
