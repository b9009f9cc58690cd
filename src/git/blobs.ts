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

/** `head`: keep only the first `head` bytes of each blob (enough to decide what it is) */
export async function* readBlobs(ids: readonly string[], options: { cwd: string; maxSize: number; head?: number; signal?: AbortSignal | undefined }): AsyncGenerator<Blob> {
  if (ids.length === 0) return;
  const out = streamGit([...PACK_WINDOW_ARGS, 'cat-file', '--batch'], { cwd: options.cwd, input: ids.join('\n') + '\n', ...(options.signal ? { signal: options.signal } : {}) });
  let pending: Buffer = Buffer.alloc(0);
  let current: { id: string; size: number; parts: Buffer[] | null; keep: number; left: number } | null = null;
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
        current = { id, size: n, parts: n <= options.maxSize ? [] : null, keep: Math.min(n, options.head ?? n), left: n + 1 };
      }
      if (pending.length === 0) break;
      const take = Math.min(current.left, pending.length);
      // bytes kept so far: n + 1 - left (the trailing newline is never kept)
      const kept = current.size + 1 - current.left;
      if (current.parts && kept < current.keep) current.parts.push(pending.subarray(0, Math.min(take, current.keep - kept)));
      pending = pending.subarray(take);
      current.left -= take;
      if (current.left > 0) break;
      const data = current.parts ? Buffer.concat(current.parts).subarray(0, current.keep) : null;
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
  /** git's output not read yet, in the pieces it came in (joined only when read: a large blob is never copied piece after piece) */
  private chunks: Buffer[] = [];
  private length = 0;
  private waiting: (() => void) | undefined;
  private ended = false;

  constructor(cwd: string) {
    this.child = spawn('git', [...GIT_CONFIG_ARGS, ...PACK_WINDOW_ARGS, 'cat-file', '--batch'], { cwd, env: gitEnv() });
    this.child.stdout.on('data', (d: Buffer) => {
      this.chunks.push(d);
      this.length += d.length;
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
    this.child.stdin.on('error', () => {});
    this.child.stderr.resume();
    // git gone (Ctrl-C reaches the whole process group): a write fails with EPIPE, read() then answers null
    this.child.stdin.on('error', () => {});
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }

  /** waits until `bytes` bytes are buffered; false when git stopped first */
  private async need(bytes: number): Promise<boolean> {
    while (this.length < bytes) {
      if (this.ended) return false;
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
    return true;
  }

  /** the buffered output as one buffer */
  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private consume(bytes: number): void {
    const rest = this.joined().subarray(bytes);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
  }

  /** The content of object `name` (any name git understands, e.g. `HEAD:path`), or null when it does not exist (or git stopped). */
  async read(name: string): Promise<Buffer | null> {
    return (await this.readObject(name))?.data ?? null;
  }

  /** The type and content of object `name`, or null when it does not exist (or git stopped). */
  async readObject(name: string): Promise<{ id: string; type: string; data: Buffer } | null> {
    if (this.ended || name.includes('\n')) return null;
    this.child.stdin.write(name + '\n');
    let nl = -1;
    let searched = 0;
    while ((nl = this.joined().indexOf(10, searched)) === -1) {
      searched = this.length;
      if (!(await this.need(this.length + 1))) return null;
    }
    const header = this.joined().subarray(0, nl).toString('latin1').split(' ');
    this.consume(nl + 1);
    if (header[1] === 'missing' || header[1] === 'ambiguous' || header.length < 3) return null;
    const size = Number(header[2]);
    if (!(await this.need(size + 1))) return null;
    const data = Buffer.from(this.joined().subarray(0, size));
    this.consume(size + 1);
    return { id: header[0]!, type: header[1]!, data };
  }

  close(): void {
    this.child.stdin.end();
    this.child.kill();
  }
}
