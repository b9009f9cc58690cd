import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FLUSH_CHARS,
  LineSplitter,
  addNote,
  errorMessage,
  formatBytes,
  gitOutput,
  newStats
} from "./chunk-HHFGDUQN.js";
import "./chunk-U72GBBDN.js";

// src/sources/files.ts
import { lstat, opendir, readFile, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var CONCURRENCY = 16;
function joinPath(dir, name) {
  const decoded = name.toString("utf8");
  if (typeof dir === "string" && Buffer.from(decoded, "utf8").equals(name)) return join(dir, decoded);
  return Buffer.concat([typeof dir === "string" ? Buffer.from(dir, "utf8") : dir, Buffer.from(sep), name]);
}
function text(p) {
  return typeof p === "string" ? p : p.toString("utf8");
}
var FilesSource = class {
  constructor(options) {
    this.options = options;
  }
  options;
  stats = newStats();
  errors = [];
  notes = [];
  async *fragments(signal) {
    for (const arg of this.options.paths.length ? this.options.paths : ["."]) {
      if (signal?.aborted) return;
      if (arg === "-") {
        yield* this.stdin();
        continue;
      }
      const files = await this.expand(arg);
      for (let i = 0; i < files.length; i += CONCURRENCY) {
        if (signal?.aborted) return;
        const batch = await Promise.all(files.slice(i, i + CONCURRENCY).map((f) => this.read(f)));
        for (const fragment of batch) if (fragment) yield fragment;
      }
    }
  }
  /** A path argument -> absolute paths of the regular files to read. */
  async expand(arg) {
    let abs = resolve(this.options.cwd, arg);
    let st;
    try {
      st = await lstat(abs);
    } catch (err) {
      this.errors.push({ file: arg, message: ioMessage(err) });
      return [];
    }
    if (st.isSymbolicLink()) {
      const target = await realpath(abs).catch(() => null);
      if (!target || !inside(this.options.root, target)) {
        addNote(this, arg, "symlink not followed: it points outside the scanned root");
        return [];
      }
      abs = target;
      st = await lstat(target);
    }
    if (st.isFile()) return [abs];
    if (!st.isDirectory()) {
      addNote(this, arg, "not a regular file: skipped");
      return [];
    }
    const listed = await this.gitList(abs);
    return listed ?? await this.walk(abs);
  }
  /** Tracked plus untracked-not-ignored files under `dir`, or null outside a git work tree. */
  async gitList(dir) {
    let out;
    try {
      out = await gitOutput(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: dir });
    } catch {
      return null;
    }
    const seen = /* @__PURE__ */ new Map();
    for (let start = 0; start < out.length; ) {
      let end = out.indexOf(0, start);
      if (end === -1) end = out.length;
      if (end > start) {
        const path = joinPath(dir, out.subarray(start, end));
        seen.set(text(path) + (typeof path === "string" ? "" : "\0raw"), path);
      }
      start = end + 1;
    }
    return [...seen.values()];
  }
  async walk(dir) {
    const files = [];
    const stack = [dir];
    while (stack.length) {
      const d = stack.pop();
      let handle;
      try {
        handle = await opendir(d, { encoding: "buffer" });
      } catch (err) {
        this.errors.push({ file: this.display(d), message: ioMessage(err) });
        continue;
      }
      for await (const entry of handle) {
        const name = entry.name;
        const p = joinPath(d, name);
        if (entry.isDirectory()) {
          if (name.toString("latin1") !== ".git") stack.push(p);
        } else if (entry.isFile()) files.push(p);
        else if (entry.isSymbolicLink()) addNote(this, this.display(p), "symlink not followed");
      }
    }
    return files.sort((a, b) => text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0);
  }
  async read(abs) {
    const display = this.display(abs);
    const { skip, disabled } = this.options.filter.check(this.rootRelative(abs));
    if (skip) return null;
    let st;
    try {
      st = await lstat(abs);
    } catch (err) {
      if (err.code === "ENOENT") addNote(this, display, "listed by git but missing from the work tree");
      else this.errors.push({ file: display, message: ioMessage(err) });
      return null;
    }
    if (st.isSymbolicLink()) {
      addNote(this, display, "symlink not followed");
      return null;
    }
    if (!st.isFile()) return null;
    if (st.size > this.options.maxFileSize) {
      addNote(this, display, `skipped: ${formatBytes(st.size)} is over the size limit of ${formatBytes(this.options.maxFileSize)} (maxFileSize)`);
      return null;
    }
    let buf;
    try {
      buf = await readFile(abs);
    } catch (err) {
      this.errors.push({ file: display, message: ioMessage(err) });
      return null;
    }
    this.stats.files++;
    this.stats.bytes += buf.length;
    if (isBinary(buf)) {
      addNote(this, display, "binary file skipped");
      return null;
    }
    const fragment = { text: buf.toString("utf8"), path: display, startLine: 1, origin: "file" };
    if (disabled) fragment.disabledRules = disabled;
    return fragment;
  }
  /** Standard input, streamed in fragments of whole lines. */
  async *stdin() {
    const input = this.options.stdin ?? process.stdin;
    const ready = [];
    let lines = [];
    let chars = 0;
    let lineNo = 0;
    let firstLine = 1;
    const flush = () => {
      if (lines.length) ready.push({ text: lines.join("\n"), path: "-", startLine: firstLine, origin: "stdin" });
      lines = [];
      chars = 0;
      firstLine = lineNo + 1;
    };
    const splitter = new LineSplitter((text2, first, column) => {
      const content = text2.endsWith("\r") ? text2.slice(0, -1) : text2;
      if (!first) {
        flush();
        ready.push({ text: content, path: "-", startLine: lineNo, startColumn: column + 1, origin: "stdin" });
        firstLine = lineNo + 1;
        return;
      }
      lineNo++;
      lines.push(content);
      chars += content.length + 1;
      if (chars >= FLUSH_CHARS) flush();
    });
    this.stats.files++;
    for await (const chunk of input) {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      this.stats.bytes += b.length;
      splitter.push(b);
      if (ready.length) yield* ready.splice(0);
    }
    splitter.end();
    flush();
    yield* ready.splice(0);
  }
  display(abs) {
    const rel = relative(this.options.cwd, text(abs));
    return (rel === "" ? "." : rel).split(sep).join("/");
  }
  rootRelative(abs) {
    return relative(this.options.root, text(abs)).split(sep).join("/");
  }
};
function isBinary(buf) {
  return buf.subarray(0, 8e3).includes(0);
}
function inside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function ioMessage(err) {
  const code = err.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return errorMessage(err);
}
export {
  FilesSource,
  isBinary
};
