/**
 * Running git for large outputs: a spawned process whose stdout is consumed as a stream
 * (simple-git buffers a command's whole output, which a history of hundreds of MB must
 * not do). Git is always told to print paths unquoted where it can, with standard
 * prefixes and no colour, pager, external diff or text conversion, whatever the user's
 * configuration says, because the diff parser depends on that format.
 */
import { spawn } from 'node:child_process';
import { GitStopped, LeakguardError } from '../errors.js';

export const GIT_CONFIG_ARGS = [
  '-c', 'core.quotepath=off',
  '-c', 'color.ui=never',
  '-c', 'diff.noprefix=false',
  '-c', 'diff.mnemonicPrefix=false',
  '-c', 'diff.relative=false',
  '-c', 'log.showSignature=false',
  '-c', 'core.pager=cat',
];

/**
 * For the history's git processes, several at once, and the look-ups after it: bounded
 * pack windows keep each one's mapped pack files around 45 MB instead of the whole pack
 * (350 MB on git/git), for a few percent of speed. (The history also shares git's
 * delta-base cache budget between its processes: sources/history.ts.)
 */
export const PACK_WINDOW_ARGS = ['-c', 'core.packedGitLimit=128m', '-c', 'core.packedGitWindowSize=32m'];

/** The environment git runs in: no pager, no prompts, no optional locks (read-only queries). */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}

export interface StreamOptions {
  cwd: string;
  signal?: AbortSignal;
  /** written to git's stdin, then closed */
  input?: string;
}

/**
 * Runs `git <args>` and yields its stdout in chunks, with back-pressure (git is paused while
 * the consumer works). A non-zero exit becomes a LeakguardError with git's own message.
 */
export async function* streamGit(args: readonly string[], options: StreamOptions): AsyncGenerator<Buffer> {
  const child = spawn('git', [...GIT_CONFIG_ARGS, ...args], {
    cwd: options.cwd,
    env: gitEnv(),
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  const stderr: Buffer[] = [];
  let stderrBytes = 0;
  child.stderr!.on('data', (b: Buffer) => {
    if (stderrBytes < 64 * 1024) stderr.push(b);
    stderrBytes += b.length;
  });
  const exited = new Promise<{ code: number | null; signal?: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  if (options.input !== undefined) {
    // git may exit before reading all of it (killed by Ctrl-C, or an error): its exit status says so, not an EPIPE crash
    child.stdin!.on('error', () => {});
    child.stdin!.end(options.input);
  }
  const onAbort = () => child.kill();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  try {
    for await (const chunk of child.stdout!) yield chunk as Buffer;
    finished = true;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (!finished) child.kill();
  }
  const { code, signal, error } = await exited;
  if (options.signal?.aborted) return;
  if (error) throw new LeakguardError(`cannot run git: ${error.message}`);
  if (signal && finished) throw new GitStopped(args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? 'git', signal);
  if (code !== 0) throw gitError(args, Buffer.concat(stderr).toString('utf8'), options.cwd);
}

/** Runs a git command to completion and returns its stdout (for small outputs). */
export async function gitOutput(args: readonly string[], options: StreamOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of streamGit(args, options)) chunks.push(c);
  return Buffer.concat(chunks);
}

export function gitError(args: readonly string[], stderr: string, cwd: string): LeakguardError {
  const line = stderr.split('\n').find((l) => l.trim()) ?? 'failed';
  // outside a repository `git diff` falls back to --no-index mode, which has no --cached
  if (/not a git repository|unknown option .cached/i.test(line)) return new LeakguardError(`not a git repository: ${cwd}`);
  return new LeakguardError(`git ${args[0]}: ${line.replace(/^(fatal|error): /, '')}`);
}

/**
 * Starts a git stream now (the process is spawned before anyone reads it), so that git
 * runs while the caller does other work, e.g. loading the rest of leakguard.
 */
export function prefetch(chunks: AsyncGenerator<Buffer>): AsyncIterable<Buffer> {
  const first = chunks.next();
  // an error surfaces when the stream is read, not as an unhandled rejection now
  first.catch(() => {});
  return {
    async *[Symbol.asyncIterator]() {
      const r = await first;
      if (r.done) return;
      yield r.value;
      yield* chunks;
    },
  };
}
