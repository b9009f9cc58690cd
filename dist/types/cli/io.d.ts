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
export declare function processIo(): Io;
