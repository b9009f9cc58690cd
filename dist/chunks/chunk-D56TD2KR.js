import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  addNote,
  detach,
  existsSync,
  formatBytes,
  gitOutput
} from "./chunk-WWMHRRQY.js";

// src/sources/lfs.ts
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
var SPEC = /^version https:\/\/(git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)\n/;
var OID = /^oid sha256:([0-9a-f]{64})$/m;
var SIZE = /^size (\d+)$/m;
function lfsPointer(content) {
  if (content.length > 1024) return null;
  const text = typeof content === "string" ? content : content.toString("utf8");
  if (!SPEC.test(text)) return null;
  return pointerLines(text);
}
function pointerLines(text) {
  if (!text.includes("oid sha256:")) return null;
  const m = OID.exec(text);
  if (!m) return null;
  const size = SIZE.exec(text);
  return { oid: m[1], size: size ? Number(size[1]) : -1 };
}
var LfsObjects = class _LfsObjects {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static async open(cwd) {
    const common = (await gitOutput(["rev-parse", "--git-common-dir"], { cwd })).toString("utf8").trim();
    const gitDir = resolve(cwd, common);
    let storage = "";
    try {
      storage = (await gitOutput(["config", "--get", "lfs.storage"], { cwd })).toString("utf8").trim();
    } catch {
    }
    return new _LfsObjects(storage ? isAbsolute(storage) ? storage : resolve(gitDir, storage) : join(gitDir, "lfs"));
  }
  /** The object's content, or why it cannot be read (a sentence). */
  async read(pointer, maxSize) {
    const file = join(this.dir, "objects", pointer.oid.slice(0, 2), pointer.oid.slice(2, 4), pointer.oid);
    if (!existsSync(file)) return `object ${pointer.oid.slice(0, 12)} is not in the local LFS store (git lfs fetch downloads it)`;
    const st = await stat(file);
    if (st.size > maxSize) return `${formatBytes(st.size)} is over the size limit of ${formatBytes(maxSize)} (maxFileSize)`;
    const data = await readFile(file);
    if (createHash("sha256").update(data).digest("hex") !== pointer.oid) return `object ${pointer.oid.slice(0, 12)} in the local LFS store does not match its id`;
    return data;
  }
};
function notesOnce(source) {
  const seen = /* @__PURE__ */ new Set();
  return (path, message, unscanned) => {
    const key = `${path}\0${message}`;
    if (seen.has(key)) return;
    seen.add(detach(key));
    addNote(source, path, message, unscanned);
  };
}
async function lfsContent(pointer, path, store, maxSize, note) {
  if (!store) {
    note(path, "Git LFS pointer: the object it points to is not scanned (--lfs scans the objects present locally)", true);
    return null;
  }
  const data = await store.read(pointer, maxSize);
  if (typeof data === "string") {
    note(path, `Git LFS object not scanned: ${data}`, true);
    return null;
  }
  if (data.subarray(0, 8e3).includes(0)) {
    note(path, "Git LFS object is binary: skipped", false);
    return null;
  }
  return data;
}
async function lfsFragments(fragments, store, maxSize, note) {
  const extra = [];
  for (const f of fragments) {
    if (f.path === null || f.origin === "message") continue;
    const pointer = pointerLines(f.text);
    const data = pointer && await lfsContent(pointer, f.path, store, maxSize, note);
    if (!data) continue;
    const object = { text: data.toString("utf8"), path: f.path, startLine: 1, origin: f.origin };
    if (f.commit) object.commit = f.commit;
    if (f.disabledRules) object.disabledRules = f.disabledRules;
    extra.push(object);
  }
  return extra;
}

export {
  lfsPointer,
  pointerLines,
  LfsObjects,
  notesOnce,
  lfsContent,
  lfsFragments
};
