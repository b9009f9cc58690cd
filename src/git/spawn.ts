/**
 * Running git for large outputs: a spawned process whose stdout is consumed as a stream
 * (simple-git buffers a command's whole output, which a history of hundreds of MB must
 * not do), and the pinned options every git call of leakguard runs with.
 *
 * Pinned git: the user's global/system config, the repository's config and inherited
 * environment variables must not change what git prints to leakguard, or a line could
 * go unseen (a root commit without its diff, a UTF-16 log, paths without prefixes, an
 * external diff tool printing something else, replace objects standing in for the
 * commits that really added a line). So every git process gets GIT_CONFIG_ARGS (`-c`
 * settings, which win over every config file and over inherited `git -c` settings) and
 * gitEnv(); the commands that print patches also pass PATCH_ARGS. What `-c` cannot pin,
 * `.gitattributes` (`binary`, `-diff`, diff drivers), is handled by never trusting git's
 * "Binary files differ": the sources read the blobs and decide (sources/binary-diff.ts).
 */
import { spawn } from 'node:child_process';
import { GitStopped, LeakguardError } from '../errors.js';

/** `-c` overrides for every git call (see the module comment); they come before the subcommand. */
export const GIT_CONFIG_ARGS = [
  '-c', 'core.quotepath=off',
  '-c', 'color.ui=never',
  '-c', 'color.diff=never',
  '-c', 'diff.noprefix=false',
  '-c', 'diff.mnemonicPrefix=false',
  '-c', 'diff.relative=false',
  '-c', 'diff.suppressBlankEmpty=false',
  '-c', 'diff.interHunkContext=0',
  '-c', 'diff.algorithm=myers',
  '-c', 'diff.submodule=short',
  '-c', 'diff.orderFile=/dev/null',
  // git's default: larger blobs are "binary" to git (leakguard reads them itself)
  '-c', 'core.bigFileThreshold=512m',
  '-c', 'log.showRoot=true',
  '-c', 'log.showSignature=false',
  '-c', 'log.follow=false',
  '-c', 'log.decorate=false',
  '-c', 'log.diffMerges=separate',
  '-c', 'i18n.logOutputEncoding=UTF-8',
  '-c', 'core.pager=cat',
];

/**
 * Options of every command that prints patches (`git diff`, `git log -p`): no external
 * diff or text conversion (`diff.external`, `GIT_EXTERNAL_DIFF`, diff drivers), no colour,
 * standard prefixes, full blob ids on `index` lines (sources/binary-diff.ts reads them),
 * UTF-8 output, no notes.
 */
export const PATCH_ARGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', '--full-index'];
/** Options of every `git log` (besides PATCH_ARGS when it prints patches). */
export const LOG_PIN_ARGS = ['--encoding=UTF-8', '--no-notes', '--no-decorate'];

/** Inherited variables that change git's diff output (removed from git's environment). */
const UNSAFE_ENV = ['GIT_EXTERNAL_DIFF', 'GIT_DIFF_OPTS', 'GIT_DIFF_PATH_COUNTER', 'GIT_DIFF_PATH_TOTAL', 'GIT_REPLACE_REF_BASE', 'GIT_NOTES_REF', 'GIT_NOTES_DISPLAY_REF'];

/**
 * The environment git runs in: no pager, no prompts, no optional locks (read-only
 * queries), and the objects as they are: replace refs and the deprecated grafts file
 * (`.git/info/grafts`, still honoured by git 2.39 even with GIT_NO_REPLACE_OBJECTS) are
 * ignored, so a finding names the commit whose content added the line. GIT_DIR,
 * GIT_INDEX_FILE and the like are kept: hooks run with them.
 */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of UNSAFE_ENV) delete env[name];
  return {
    ...env,
    GIT_PAGER: 'cat',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    // git's own messages in English: gitError() reads them
    LC_ALL: 'C',
    GIT_NO_REPLACE_OBJECTS: '1',
    // a path that cannot exist (a file under /dev/null): no grafts
    GIT_GRAFT_FILE: '/dev/null/leakguard-no-grafts',
  };
}

/**
 * For the history's git processes, several at once, and the look-ups after it: bounded
 * pack windows keep each one's mapped pack files around 45 MB instead of the whole pack
 * (350 MB on git/git), for a few percent of speed. (The history also shares git's
 * delta-base cache budget between its processes: sources/history.ts.)
 */
export const PACK_WINDOW_ARGS = ['-c', 'core.packedGitLimit=128m', '-c', 'core.packedGitWindowSize=32m'];

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
