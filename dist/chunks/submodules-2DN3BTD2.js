import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  existsSync,
  gitOutput
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/sources/submodules.ts
import { join } from "node:path";
async function submodulesAtHead(cwd) {
  let tree;
  try {
    tree = await gitOutput(["ls-tree", "-r", "-z", "--full-tree", "HEAD"], { cwd });
  } catch {
    return [];
  }
  const entries = tree.toString("utf8").split("\0").flatMap((e) => {
    const m = /^160000 commit [0-9a-f]+\t([\s\S]+)$/.exec(e);
    return m ? [m[1]] : [];
  });
  if (entries.length === 0) return [];
  let root = null;
  try {
    root = (await gitOutput(["rev-parse", "--show-toplevel"], { cwd })).toString("utf8").replace(/\n$/, "") || null;
  } catch {
    root = null;
  }
  return entries.map((path) => ({ path, dir: root && existsSync(join(root, path, ".git")) ? join(root, path) : null }));
}
var RecursiveHistory = class {
  parts;
  constructor(main, cwd, subs) {
    this.parts = [{ prefix: "", cwd, source: main }, ...subs.map((s) => ({ prefix: `${s.path}/`, cwd: s.dir, source: s.source }))];
  }
  get stats() {
    const sum = { files: 0, commits: 0, bytes: 0 };
    for (const p of this.parts) {
      sum.files += p.source.stats.files;
      sum.commits += p.source.stats.commits;
      sum.bytes += p.source.stats.bytes;
    }
    return sum;
  }
  get errors() {
    return this.parts.flatMap((p) => p.source.errors.map((e) => prefixed(e, p.prefix)));
  }
  get notes() {
    return this.parts.flatMap((p) => p.source.notes.map((e) => prefixed(e, p.prefix)));
  }
  get total() {
    let n = 0;
    for (const p of this.parts) {
      if (p.source.total === void 0) return void 0;
      n += p.source.total;
    }
    return n;
  }
  /** A commit's age rank in the repository that holds it (findings of one file are all in one repository). */
  rank = (sha) => Math.max(...this.parts.map((p) => p.source.rank(sha)));
  async *fragments(signal) {
    for await (const batch of this.batches(signal)) yield* batch;
  }
  async *batches(signal) {
    for (const p of this.parts) {
      if (signal?.aborted) return;
      for await (const batch of p.source.batches(signal)) {
        if (p.prefix) {
          for (const f of batch) if (f.path !== null) f.path = p.prefix + f.path;
        }
        yield batch;
      }
    }
  }
  /** Present / removed, decided in each finding's own repository (see git/exposure.ts). */
  async exposure(findings, mark) {
    const owner = (f) => this.parts.filter((p) => p.prefix && f.file?.startsWith(p.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0] ?? this.parts[0];
    for (const p of this.parts) {
      const mine = findings.filter((f) => f.history && owner(f) === p);
      if (mine.length === 0) continue;
      if (p.prefix === "") {
        await mark(mine, p.cwd);
        continue;
      }
      const strip = (s) => s.slice(p.prefix.length);
      const shadows = mine.map((f) => ({ ...f, file: strip(f.file), history: { ...f.history, files: f.history.files.filter((x) => x.startsWith(p.prefix)).map(strip) } }));
      await mark(shadows, p.cwd);
      mine.forEach((f, i) => {
        const { status, removedIn } = shadows[i].history;
        f.history = { ...f.history, ...status ? { status } : {}, ...removedIn !== void 0 ? { removedIn } : {} };
      });
    }
  }
};
function prefixed(e, prefix) {
  return prefix && e.file !== null ? { ...e, file: prefix + e.file } : e;
}
export {
  RecursiveHistory,
  submodulesAtHead
};
