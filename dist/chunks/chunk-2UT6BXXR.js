import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  lfsContent,
  lfsPointer
} from "./chunk-D56TD2KR.js";
import {
  FLUSH_CHARS,
  LineSplitter,
  addNote,
  decodeText,
  errorMessage,
  existsSync,
  formatBytes,
  gitOutput,
  newStats
} from "./chunk-WWMHRRQY.js";

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
      const queue = [await this.expand(arg, true)];
      for (let files = queue.shift(); files; files = queue.shift()) {
        const nested = [];
        for (let i = 0; i < files.length; i += CONCURRENCY) {
          if (signal?.aborted) return;
          const batch = await Promise.all(files.slice(i, i + CONCURRENCY).map((f) => this.read(f, nested)));
          for (const fragment of batch) if (fragment) yield fragment;
        }
        for (const dir of nested) queue.push(await this.expand(dir, false));
      }
    }
  }
  /**
   * A path argument -> absolute paths of the regular files to read. `named`: given on the
   * command line (a folder other than the working directory is then read whole, files git
   * ignores included), not a submodule met on the way.
   */
  async expand(arg, named) {
    if (typeof arg !== "string") return this.walk(arg);
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
    const top = abs === resolve(this.options.cwd) || existsSync(join(abs, ".git"));
    const whole = named && !top || await ignoredByGit(abs);
    return await this.gitList(abs, whole) ?? await this.walk(abs);
  }
  /**
   * Tracked plus untracked files under `dir` (not those git ignores, unless `ignored`), or
   * null outside a git work tree. Submodules and nested repositories are listed as folders.
   */
  async gitList(dir, ignored) {
    let out;
    try {
      out = await gitOutput(["ls-files", "-z", "--cached", "--others", ...ignored ? [] : ["--exclude-standard"]], { cwd: dir });
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
  /**
   * `nested`: where a submodule or a nested repository met is queued (git lists them as a
   * folder) when they are scanned too (--recurse-submodules); else a note names it.
   */
  async read(abs, nested) {
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
    if (st.isDirectory()) {
      this.nestedRepository(abs, display, nested);
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
    const decoded = decodeText(buf);
    if (decoded.binary) {
      addNote(this, display, "binary file skipped");
      return null;
    }
    let text2 = decoded.text;
    const pointer = lfsPointer(buf);
    if (pointer) {
      const object = await lfsContent(pointer, display, this.options.lfs, this.options.maxFileSize, (p, m, u) => addNote(this, p, m, u));
      if (object) {
        this.stats.bytes += object.length;
        const content = decodeText(object);
        if (content.binary) {
          addNote(this, display, "Git LFS object is binary: skipped");
          return null;
        }
        text2 = content.text;
      }
    }
    const fragment = { text: text2, path: display, startLine: 1, origin: "file" };
    if (disabled) fragment.disabledRules = disabled;
    return fragment;
  }
  /** A folder git listed: a submodule (a gitlink) or a nested repository (listed as `dir/`). */
  nestedRepository(abs, display, nested) {
    const untracked = typeof abs === "string" ? abs.endsWith(sep) : abs[abs.length - 1] === sep.charCodeAt(0);
    const what = untracked ? "nested git repository" : "submodule";
    if (!existsSync(typeof abs === "string" ? join(abs, ".git") : Buffer.concat([abs, Buffer.from(`${sep}.git`)]))) {
      addNote(this, display, `${what} not checked out: not scanned`, true);
    } else if (this.options.recurseSubmodules) nested.push(typeof abs === "string" ? abs.replace(/[\\/]+$/, "") : abs);
    else addNote(this, display, `${what} not scanned (--recurse-submodules scans it)`, true);
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
async function ignoredByGit(dir) {
  try {
    await gitOutput(["check-ignore", "-q", "."], { cwd: dir });
    return true;
  } catch {
    return false;
  }
}
function isBinary(buf) {
  return decodeText(buf).binary;
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
