import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  binaryChangeFragments,
  patchFragments
} from "./chunk-J5ICDM4W.js";
import {
  CONTEXT_LINES
} from "./chunk-JJRVKFH7.js";
import {
  PATCH_ARGS,
  prefetch,
  streamGit
} from "./chunk-MWLPOBSF.js";
import {
  addNote,
  newStats
} from "./chunk-P7I356N5.js";

// src/sources/staged.ts
var STAGED_DIFF_ARGS = ["diff", "--cached", `-U${CONTEXT_LINES}`, "-M", ...PATCH_ARGS, "--ignore-submodules"];
var StagedSource = class {
  /** `started`: the diff, when startStagedDiff() began it earlier; `maxSize`: files git prints as binary larger than this are not read (bytes) */
  constructor(cwd, paths, started, maxSize = 10 * 1024 * 1024) {
    this.cwd = cwd;
    this.paths = paths;
    this.started = started;
    this.maxSize = maxSize;
  }
  cwd;
  paths;
  started;
  maxSize;
  stats = newStats();
  errors = [];
  notes = [];
  async *fragments(signal) {
    const chunks = this.started ?? streamGit(STAGED_DIFF_ARGS, { cwd: this.cwd, ...signal ? { signal } : {} });
    const binaries = [];
    const fragments = patchFragments(chunks, {
      origin: "staged",
      paths: this.paths,
      source: this,
      countFiles: true,
      onBinary: (path, commit, blob, oldBlobs) => {
        if (blob && !this.paths.check(path).skip) binaries.push({ path, commit, blob, oldBlobs });
        return true;
      }
    });
    for await (const f of fragments) {
      yield f;
      if (f.text.includes("oid sha256:")) yield* await this.lfsObject(f);
    }
    this.stats.files += binaries.length;
    yield* binaryChangeFragments(binaries, { cwd: this.cwd, maxSize: this.maxSize, strings: false, paths: this.paths, origin: "staged", source: this, signal });
  }
  /**
   * A staged Git LFS pointer: `git add` has just put its object in the local LFS store, so
   * the object is scanned instead (sources/lfs.ts); a note when it is not there.
   */
  async lfsObject(f) {
    const { LfsObjects, lfsFragments } = await import("./lfs-U5ORZRBN.js");
    this.lfs ??= await LfsObjects.open(this.cwd);
    return lfsFragments([f], this.lfs, 64 * 1024 * 1024, (path, message, unscanned) => addNote(this, path, message, unscanned));
  }
  lfs;
};
function startStagedDiff(cwd) {
  return prefetch(streamGit(STAGED_DIFF_ARGS, { cwd }));
}

export {
  STAGED_DIFF_ARGS,
  StagedSource,
  startStagedDiff
};
