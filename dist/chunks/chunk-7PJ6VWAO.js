import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  GIT_CONFIG_ARGS,
  PACK_WINDOW_ARGS,
  gitEnv,
  streamGit
} from "./chunk-MWLPOBSF.js";

// src/git/blobs.ts
import { spawn } from "node:child_process";
async function* readBlobs(ids, options) {
  if (ids.length === 0) return;
  const out = streamGit([...PACK_WINDOW_ARGS, "cat-file", "--batch"], { cwd: options.cwd, input: ids.join("\n") + "\n", ...options.signal ? { signal: options.signal } : {} });
  let pending = Buffer.alloc(0);
  let current = null;
  for await (const chunk of out) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (; ; ) {
      if (!current) {
        const nl = pending.indexOf(10);
        if (nl === -1) break;
        const [id = "", type, size] = pending.subarray(0, nl).toString("latin1").split(" ");
        pending = pending.subarray(nl + 1);
        if (type === "missing" || size === void 0) {
          yield { id, size: 0, data: null };
          continue;
        }
        const n = Number(size);
        current = { id, size: n, parts: n <= options.maxSize ? [] : null, keep: Math.min(n, options.head ?? n), left: n + 1 };
      }
      if (pending.length === 0) break;
      const take = Math.min(current.left, pending.length);
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
function* printableRuns(data, min = 8) {
  let start = -1;
  for (let i = 0; i <= data.length; i++) {
    const c = i < data.length ? data[i] : 0;
    const printable = c >= 32 && c < 127 || c === 9;
    if (printable) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      if (i - start >= min) yield { offset: start, text: data.toString("latin1", start, i) };
      start = -1;
    }
  }
}
var CatFile = class {
  child;
  /** git's output not read yet, in the pieces it came in (joined only when read: a large blob is never copied piece after piece) */
  chunks = [];
  length = 0;
  waiting;
  ended = false;
  constructor(cwd) {
    this.child = spawn("git", [...GIT_CONFIG_ARGS, ...PACK_WINDOW_ARGS, "cat-file", "--batch"], { cwd, env: gitEnv() });
    this.child.stdout.on("data", (d) => {
      this.chunks.push(d);
      this.length += d.length;
      this.wake();
    });
    this.child.stdout.on("end", () => {
      this.ended = true;
      this.wake();
    });
    this.child.on("error", () => {
      this.ended = true;
      this.wake();
    });
    this.child.stdin.on("error", () => {
    });
    this.child.stderr.resume();
    this.child.stdin.on("error", () => {
    });
  }
  wake() {
    const w = this.waiting;
    this.waiting = void 0;
    w?.();
  }
  /** waits until `bytes` bytes are buffered; false when git stopped first */
  async need(bytes) {
    while (this.length < bytes) {
      if (this.ended) return false;
      await new Promise((resolve) => this.waiting = resolve);
    }
    return true;
  }
  /** the buffered output as one buffer */
  joined() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  consume(bytes) {
    const rest = this.joined().subarray(bytes);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
  }
  /** The content of object `name` (any name git understands, e.g. `HEAD:path`), or null when it does not exist (or git stopped). */
  async read(name) {
    return (await this.readObject(name))?.data ?? null;
  }
  /** The type and content of object `name`, or null when it does not exist (or git stopped). */
  async readObject(name) {
    if (this.ended || name.includes("\n")) return null;
    this.child.stdin.write(name + "\n");
    let nl = -1;
    let searched = 0;
    while ((nl = this.joined().indexOf(10, searched)) === -1) {
      searched = this.length;
      if (!await this.need(this.length + 1)) return null;
    }
    const header = this.joined().subarray(0, nl).toString("latin1").split(" ");
    this.consume(nl + 1);
    if (header[1] === "missing" || header[1] === "ambiguous" || header.length < 3) return null;
    const size = Number(header[2]);
    if (!await this.need(size + 1)) return null;
    const data = Buffer.from(this.joined().subarray(0, size));
    this.consume(size + 1);
    return { id: header[0], type: header[1], data };
  }
  close() {
    this.child.stdin.end();
    this.child.kill();
  }
};

export {
  readBlobs,
  printableRuns,
  CatFile
};
