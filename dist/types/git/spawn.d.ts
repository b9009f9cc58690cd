import { LeakguardError } from '../errors.js';
/** `-c` overrides for every git call (see the module comment); they come before the subcommand. */
export declare const GIT_CONFIG_ARGS: string[];
/**
 * Options of every command that prints patches (`git diff`, `git log -p`): no external
 * diff or text conversion (`diff.external`, `GIT_EXTERNAL_DIFF`, diff drivers), no colour,
 * standard prefixes, full blob ids on `index` lines (sources/binary-diff.ts reads them),
 * UTF-8 output, no notes.
 */
export declare const PATCH_ARGS: string[];
/** Options of every `git log` (besides PATCH_ARGS when it prints patches). */
export declare const LOG_PIN_ARGS: string[];
/**
 * The environment git runs in: no pager, no prompts, no optional locks (read-only
 * queries), and the objects as they are: replace refs and the deprecated grafts file
 * (`.git/info/grafts`, still honoured by git 2.39 even with GIT_NO_REPLACE_OBJECTS) are
 * ignored, so a finding names the commit whose content added the line. GIT_DIR,
 * GIT_INDEX_FILE and the like are kept: hooks run with them.
 */
export declare function gitEnv(): NodeJS.ProcessEnv;
/**
 * For the history's git processes, several at once, and the look-ups after it: bounded
 * pack windows keep each one's mapped pack files around 45 MB instead of the whole pack
 * (350 MB on git/git), for a few percent of speed. (The history also shares git's
 * delta-base cache budget between its processes: sources/history.ts.)
 */
export declare const PACK_WINDOW_ARGS: string[];
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
export declare function streamGit(args: readonly string[], options: StreamOptions): AsyncGenerator<Buffer>;
/** Runs a git command to completion and returns its stdout (for small outputs). */
export declare function gitOutput(args: readonly string[], options: StreamOptions): Promise<Buffer>;
export declare function gitError(args: readonly string[], stderr: string, cwd: string): LeakguardError;
/**
 * Starts a git stream now (the process is spawned before anyone reads it), so that git
 * runs while the caller does other work, e.g. loading the rest of leakguard.
 */
export declare function prefetch(chunks: AsyncGenerator<Buffer>): AsyncIterable<Buffer>;
