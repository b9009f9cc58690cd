/**
 * The organisation audit on a fleet: a BullMQ queue on Redis. `org enqueue` puts one job
 * per repository (and the list itself, as the run) on the queue; any number of `org
 * worker` processes, on any machines, take jobs one at a time, so large and small
 * repositories balance themselves; `org report` builds the organisation report from the
 * jobs' results. A job that fails is retried with exponential backoff and, after its last
 * attempt, stays in BullMQ's failed set: the dead-letter list, read by `org report` with
 * each reason. A worker killed mid-job holds the job's lock until it expires; the job then
 * goes back to the queue (BullMQ's stalled-job check) and another worker audits it. Each
 * job's result is stored under its own id, one per repository of the run, so nothing is
 * lost and nothing counted twice.
 *
 * This is the only module that imports BullMQ and its Redis client: they load only for
 * these three commands.
 */
import { Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { cpus } from 'node:os';
import { LeakguardError, errorMessage } from '../errors.js';
import { auditRepo, buildReport, type RepoAuditOptions, type RepoResult } from './audit.js';
import type { OrgReport } from './report.js';
import type { RepoEntry } from './repos.js';

export const QUEUE = 'leakguard-org';
const ATTEMPTS = 3;

interface Run {
  runId: string;
  entries: RepoEntry[];
  enqueuedAt: string;
}

interface JobData {
  runId: string;
  index: number;
  entry: RepoEntry;
}

/** A connection that fails (instead of retrying for ever) when Redis cannot be reached. */
async function connect(url: string, persistent = false): Promise<Redis> {
  let parsed: URL;
  try {
    parsed = new URL(url);
    if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error('not a redis:// URL');
  } catch (err) {
    throw new LeakguardError(`--redis: ${url}: ${errorMessage(err)}`);
  }
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    lazyConnect: true,
    // commands wait for a reconnect; a worker keeps trying longer than a one-shot command
    retryStrategy: (times) => (times > (persistent ? 60 : 3) ? null : 500),
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new LeakguardError(`--redis: cannot reach ${parsed.host}: ${errorMessage(err)}`);
  }
  return redis;
}

const runKey = (queue: string) => `${queue}:leakguard-run`;

export async function enqueue(entries: readonly RepoEntry[], url: string, queueName = QUEUE): Promise<{ runId: string; jobs: number }> {
  const connection = await connect(url);
  const queue = new Queue<JobData>(queueName, { connection });
  try {
    const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const run: Run = { runId, entries: [...entries], enqueuedAt: new Date().toISOString() };
    await connection.set(runKey(queueName), JSON.stringify(run));
    await queue.addBulk(
      entries.map((entry, index) => ({
        name: 'audit',
        data: { runId, index, entry },
        opts: { jobId: `${runId}-${index}`, attempts: ATTEMPTS, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false },
      })),
    );
    return { runId, jobs: entries.length };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

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
export async function work(options: WorkerOptions): Promise<number> {
  const connection = await connect(options.url, true);
  const queueName = options.queue ?? QUEUE;
  const childJobs = Math.max(1, Math.floor(cpus().length / options.concurrency));
  let completed = 0;
  const worker = new Worker<JobData, RepoResult>(
    queueName,
    async (job) => {
      const result = await auditRepo(job.data.entry, options, childJobs);
      // a failure is retried (with backoff), then lands in the failed set with this reason
      if (result.summary.error) throw new Error(result.summary.error);
      return result;
    },
    { connection, concurrency: options.concurrency, lockDuration: options.lockMs, stalledInterval: options.lockMs, maxStalledCount: 5, autorun: false },
  );
  worker.on('completed', (job) => {
    completed++;
    options.log(`audited ${job.data.entry.name} (${job.returnvalue?.summary.newCommits ?? 0} new commits)`);
  });
  worker.on('failed', (job, err) => options.log(`${job?.data.entry.name ?? 'a job'}: attempt ${job?.attemptsMade ?? '?'} of ${ATTEMPTS} failed: ${err.message}`));
  worker.on('error', (err) => options.log(`worker: ${err.message}`));
  const running = worker.run();
  const stop = () => void worker.close(true);
  options.signal?.addEventListener('abort', stop, { once: true });
  if (options.drain) {
    const queue = new Queue(queueName, { connection });
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      if (options.signal?.aborted) break;
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused');
      if (Object.values(counts).every((n) => n === 0)) break;
    }
    await queue.close();
    await worker.close();
  }
  await running;
  connection.disconnect();
  return completed;
}

/** The organisation report of the last enqueued run, from its jobs: results, dead letters, and jobs not done yet. */
export async function report(url: string, queueName = QUEUE): Promise<OrgReport> {
  const connection = await connect(url);
  const queue = new Queue<JobData, RepoResult>(queueName, { connection });
  try {
    const raw = await connection.get(runKey(queueName));
    if (!raw) throw new LeakguardError(`--redis: no organisation audit was enqueued on queue ${queueName}`);
    const run = JSON.parse(raw) as Run;
    const results: Array<RepoResult | { error: string }> = [];
    for (const [index] of run.entries.entries()) {
      const job = await Job.fromId<JobData, RepoResult>(queue, `${run.runId}-${index}`);
      if (!job) results.push({ error: 'not audited: its job is gone from the queue' });
      else {
        const state = await job.getState();
        if (state === 'completed' && job.returnvalue) results.push(job.returnvalue);
        else if (state === 'failed') results.push({ error: `failed after ${job.attemptsMade} attempts (dead-letter): ${job.failedReason}` });
        else results.push({ error: `not audited yet (${state})` });
      }
    }
    return buildReport(run.entries, (_, i) => results[i]!, [], Date.now() - Date.parse(run.enqueuedAt));
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
