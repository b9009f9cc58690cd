/**
 * Which secrets are in the content of a commit, whatever file holds them now: a secret
 * renamed with `git mv`, moved to another file, kept in a file whose name is not UTF-8 or
 * holds a newline, or in a file of hundreds of MB is still in the code, and a history
 * audit must not call it gone. Every blob of the commit's tree is read once (one
 * `git ls-tree`, one `git cat-file --batch` fed blob ids on its standard input, streamed:
 * a blob is never held whole) and searched for all secrets at once with a rolling hash,
 * so the time is linear in the tree's size whatever the number of secrets (`git grep -F`
 * with 10,000 patterns tries each pattern on each line: minutes). Secrets never reach a
 * command line.
 */
import { spawn } from 'node:child_process';
import { GIT_CONFIG_ARGS, PACK_WINDOW_ARGS, gitEnv, gitOutput } from './spawn.js';

/**
 * What is searched for a secret: a secret spanning lines (a private key) is looked for by
 * its longest line (a unique line of its base64 body), so that CRLF files still match.
 */
export function needleOf(secret: string): string {
  if (!secret.includes('\n')) return secret;
  let best = '';
  for (const raw of secret.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length > best.length) best = line;
  }
  return best;
}

/** The needles (see needleOf) that occur in some blob of `rev`'s tree. */
export async function needlesAt(rev: string, needles: Iterable<string>, cwd: string): Promise<Set<string>> {
  const matcher = new Matcher([...new Set(needles)].filter((n) => n.length > 0));
  if (matcher.done()) return matcher.found;
  const tree = await gitOutput([...PACK_WINDOW_ARGS, 'ls-tree', '-r', '-z', '--full-tree', rev], { cwd });
  const ids = new Set<string>();
  for (const entry of tree.toString('latin1').split('\0')) {
    // "<mode> <type> <id>\t<path>": blobs only (not submodules)
    const m = /^\d+ blob ([0-9a-f]{40,64})\t/.exec(entry);
    if (m) ids.add(m[1]!);
  }
  if (ids.size) await scanBlobs([...ids], matcher, cwd);
  return matcher.found;
}

/** Streams the blobs through `git cat-file --batch`, feeding each blob's bytes to the matcher. */
async function scanBlobs(ids: string[], matcher: Matcher, cwd: string): Promise<void> {
  const child = spawn('git', [...GIT_CONFIG_ARGS, ...PACK_WINDOW_ARGS, 'cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'ignore'] });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  child.on('error', () => {});
  child.stdin.on('error', () => {});
  child.stdin.end(ids.join('\n') + '\n');
  let header = Buffer.alloc(0);
  /** bytes of the current blob still to come (+1 for the newline after it); 0: a header is next */
  let left = 0;
  for await (const raw of child.stdout) {
    let chunk = raw as Buffer;
    while (chunk.length) {
      if (left === 0) {
        const nl = chunk.indexOf(10);
        if (nl === -1) {
          header = Buffer.concat([header, chunk]);
          break;
        }
        const line = Buffer.concat([header, chunk.subarray(0, nl)]).toString('latin1').split(' ');
        header = Buffer.alloc(0);
        chunk = chunk.subarray(nl + 1);
        if (line[1] !== 'blob' || line[2] === undefined) continue;
        left = Number(line[2]) + 1;
        matcher.start();
        continue;
      }
      const take = Math.min(left, chunk.length);
      // the newline after the blob is not part of it
      matcher.feed(chunk.subarray(0, left === take ? take - 1 : take));
      chunk = chunk.subarray(take);
      left -= take;
    }
    if (matcher.done()) {
      child.kill();
      break;
    }
  }
  await exited;
}

/** Positions hashed at once: needles shorter than this are searched for one by one. */
const K = 16;
const FILTER_BITS = 22;

/**
 * Many needles over a stream of bytes: a rolling hash of K bytes at each position, looked
 * up in a bit filter, then verified byte for byte. A blob arrives in pieces: the last
 * bytes of the previous piece are kept so a needle across two pieces is found.
 */
class Matcher {
  readonly found = new Set<string>();
  private readonly long = new Map<number, Array<{ text: string; bytes: Buffer }>>();
  private readonly short: Array<{ text: string; bytes: Buffer }> = [];
  private readonly filter = new Uint8Array(1 << (FILTER_BITS - 3));
  private readonly maxLen: number;
  private left: number;
  private tail: Buffer = Buffer.alloc(0);
  /** B^(K-1) mod 2^32, to drop the oldest byte from the hash */
  private readonly top: number;

  constructor(needles: string[]) {
    let maxLen = 0;
    // each needle in UTF-8 and, for a file saved as UTF-16 (PowerShell 5), in both UTF-16 byte orders
    const forms = needles.flatMap((text) => {
      const le = Buffer.from(text, 'utf16le');
      return [Buffer.from(text, 'utf8'), le, Buffer.from(le).swap16()].map((bytes) => ({ text, bytes }));
    });
    for (const { text, bytes } of forms) {
      maxLen = Math.max(maxLen, bytes.length);
      if (bytes.length < K) {
        this.short.push({ text, bytes });
        continue;
      }
      const h = hash(bytes, 0);
      const idx = h & ((1 << FILTER_BITS) - 1);
      this.filter[idx >>> 3]! |= 1 << (idx & 7);
      const list = this.long.get(h);
      if (list) list.push({ text, bytes });
      else this.long.set(h, [{ text, bytes }]);
    }
    this.maxLen = maxLen;
    this.left = needles.length;
    let top = 1;
    for (let i = 0; i < K - 1; i++) top = Math.imul(top, B);
    this.top = top;
  }

  done(): boolean {
    return this.left === 0;
  }

  /** a new blob begins */
  start(): void {
    this.tail = Buffer.alloc(0);
  }

  feed(piece: Buffer): void {
    if (piece.length === 0 || this.done()) return;
    const buf = this.tail.length ? Buffer.concat([this.tail, piece]) : piece;
    for (const n of this.short) if (!this.found.has(n.text) && buf.includes(n.bytes)) this.hit(n.text);
    if (this.long.size && buf.length >= K) this.scan(buf);
    this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - (this.maxLen - 1))));
  }

  private scan(buf: Buffer): void {
    const mask = (1 << FILTER_BITS) - 1;
    let h = hash(buf, 0);
    for (let i = 0; ; i++) {
      const idx = h & mask;
      if (this.filter[idx >>> 3]! & (1 << (idx & 7))) {
        for (const n of this.long.get(h) ?? []) {
          if (!this.found.has(n.text) && i + n.bytes.length <= buf.length && buf.compare(n.bytes, 0, n.bytes.length, i, i + n.bytes.length) === 0) this.hit(n.text);
        }
      }
      if (i + K >= buf.length) return;
      h = (Math.imul(h - Math.imul(buf[i]!, this.top), B) + buf[i + K]!) | 0;
    }
  }

  private hit(text: string): void {
    this.found.add(text);
    this.left--;
  }
}

const B = 257;

function hash(buf: Buffer, at: number): number {
  let h = 0;
  for (let i = at; i < at + K; i++) h = (Math.imul(h, B) + buf[i]!) | 0;
  return h;
}
