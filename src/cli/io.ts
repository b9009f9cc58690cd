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

export function processIo(): Io {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdin: process.stdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
    cwd: process.cwd(),
  };
}
