/**
 * Reading blobs by id with one `git cat-file --batch` process (ids on its stdin, contents
 * streamed back), and extracting the printable strings of binary content, as `strings`
 * does. Blobs over the size limit are skipped without being held in memory.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GIT_CONFIG_ARGS, PACK_WINDOW_ARGS, gitEnv, streamGit } from './spawn.js';

export interface Blob {
  id: string;
  size: number;
  /** null when over the size limit or missing */
  data: Buffer | null;
}

export async function* readBlobs(ids: readonly string[], options: { cwd: string; maxSize: number; signal?: AbortSignal }): AsyncGenerator<Blob> {
  if (ids.length === 0) return;
  const out = streamGit([...PACK_WINDOW_ARGS, 'cat-file', '--batch'], { cwd: options.cwd, input: ids.join('\n') + '\n', ...(options.signal ? { signal: options.signal } : {}) });
  let pending: Buffer = Buffer.alloc(0);
  let current: { id: string; size: number; parts: Buffer[] | null; left: number } | null = null;
  for await (const chunk of out) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (!current) {
        const nl = pending.indexOf(10);
        if (nl === -1) break;
        const [id = '', type, size] = pending.subarray(0, nl).toString('latin1').split(' ');
        pending = pending.subarray(nl + 1);
        if (type === 'missing' || size === undefined) {
          yield { id, size: 0, data: null };
          continue;
        }
        const n = Number(size);
        current = { id, size: n, parts: n <= options.maxSize ? [] : null, left: n + 1 };
      }
      if (pending.length === 0) break;
      const take = Math.min(current.left, pending.length);
      current.parts?.push(pending.subarray(0, take));
      pending = pending.subarray(take);
      current.left -= take;
      if (current.left > 0) break;
      const data = current.parts ? Buffer.concat(current.parts).subarray(0, current.size) : null;
      yield { id: current.id, size: current.size, data };
      current = null;
    }
  }
}

/** Runs of at least `min` printable ASCII characters (and tabs), with their byte offsets. */
export function* printableRuns(data: Buffer, min = 8): Generator<{ offset: number; text: string }> {
  let start = -1;
  for (let i = 0; i <= data.length; i++) {
    const c = i < data.length ? data[i]! : 0;
    const printable = (c >= 0x20 && c < 0x7f) || c === 9;
    if (printable) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      if (i - start >= min) yield { offset: start, text: data.toString('latin1', start, i) };
      start = -1;
    }
  }
}

/**
 * One `git cat-file --batch` process answering object names one at a time, for searches
 * that choose the next object from the last answer (a binary search over a file's
 * versions). Names go through stdin, never the command line.
 */
export class CatFile {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: (() => void) | undefined;
  private ended = false;

  constructor(cwd: string) {
    this.child = spawn('git', [...GIT_CONFIG_ARGS, ...PACK_WINDOW_ARGS, 'cat-file', '--batch'], { cwd, env: gitEnv() });
    this.child.stdout.on('data', (d: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, d]) : d;
      this.wake();
    });
    this.child.stdout.on('end', () => {
      this.ended = true;
      this.wake();
    });
    this.child.on('error', () => {
      this.ended = true;
      this.wake();
    });
    this.child.stderr.resume();
    // git gone (Ctrl-C reaches the whole process group): a write fails with EPIPE, read() then answers null
    this.child.stdin.on('error', () => {});
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }

  private async need(bytes: number): Promise<boolean> {
    while (this.buffer.length < bytes) {
      if (this.ended) return false;
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
    return true;
  }

  /** The content of object `name` (any name git understands, e.g. `HEAD:path`), or null when it does not exist (or git stopped). */
  async read(name: string): Promise<Buffer | null> {
    if (this.ended || name.includes('\n')) return null;
    this.child.stdin.write(name + '\n');
    let nl = -1;
    while ((nl = this.buffer.indexOf(10)) === -1) if (!(await this.need(this.buffer.length + 1))) return null;
    const header = this.buffer.subarray(0, nl).toString('latin1').split(' ');
    this.buffer = this.buffer.subarray(nl + 1);
    if (header[1] === 'missing' || header[1] === 'ambiguous' || header.length < 3) return null;
    const size = Number(header[2]);
    if (!(await this.need(size + 1))) return null;
    const data = Buffer.from(this.buffer.subarray(0, size));
    this.buffer = this.buffer.subarray(size + 1);
    return data;
  }

  close(): void {
    this.child.stdin.end();
    this.child.kill();
  }
}
