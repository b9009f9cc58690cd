/**
 * What the CLI may touch of the process: its output streams, standard input and terminal
 * facts. Passed in, so the CLI can be run in-process by tests and the API.
 */
import type { Readable } from 'node:stream';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: Readable;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * The real process. Its streams are only touched when used: creating process.stdin or
 * process.stdout loads Node's tty or net modules, a few milliseconds of a hook's budget
 * when there is nothing to print.
 */
export function processIo(): Io {
  return {
    stdout: (t) => void guarded(process.stdout, onStdoutError).write(t),
    stderr: (t) => void guarded(process.stderr, onStderrError).write(t),
    get stdin() {
      return process.stdin;
    },
    get stdoutIsTTY() {
      return process.stdout.isTTY === true;
    },
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    get columns() {
      return process.stdout.columns;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

const guardedStreams = new WeakSet<NodeJS.WriteStream>();

/** A stream with our error handler attached (once): without one, a failed write is an uncaught exception and a stack trace. */
function guarded(stream: NodeJS.WriteStream, onError: (err: NodeJS.ErrnoException) => void): NodeJS.WriteStream {
  if (!guardedStreams.has(stream)) {
    guardedStreams.add(stream);
    stream.on('error', onError);
  }
  return stream;
}

/**
 * Standard output failed: the reader went away (`| head -c1`: EPIPE, ended quietly like
 * other Unix tools) or the disk is full (`> /dev/full`: one line on stderr). Either way the
 * report did not reach its reader, so the run ends now with exit code 2.
 */
function onStdoutError(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') {
    try {
      process.stderr.write(`leakguard: standard output: cannot write: ${describeWriteError(err)}\n`);
    } catch {
      // stderr is gone too: the exit code says it
    }
  }
  process.exit(2);
}

/** Standard error failed (closed or full): messages cannot be shown; the report and the exit code are unaffected. */
function onStderrError(): void {}

function describeWriteError(err: NodeJS.ErrnoException): string {
  // "ENOSPC: no space left on device, write" -> "no space left on device"
  return err.message.replace(/^[A-Z]+: /, '').replace(/, write$/, '');
}
