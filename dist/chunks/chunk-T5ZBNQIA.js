import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  patchFragments
} from "./chunk-PGZMN6QZ.js";
import {
  prefetch,
  streamGit
} from "./chunk-TFGZ5UL2.js";
import {
  newStats
} from "./chunk-UYD45K2S.js";

// src/sources/staged.ts
var STAGED_DIFF_ARGS = [
  "diff",
  "--cached",
  "-U0",
  "-M",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  "--ignore-submodules"
];
var StagedSource = class {
  /** `started`: the diff, when startStagedDiff() began it earlier */
  constructor(cwd, paths, started) {
    this.cwd = cwd;
    this.paths = paths;
    this.started = started;
  }
  cwd;
  paths;
  started;
  stats = newStats();
  errors = [];
  notes = [];
  async *fragments(signal) {
    const chunks = this.started ?? streamGit(STAGED_DIFF_ARGS, { cwd: this.cwd, ...signal ? { signal } : {} });
    yield* patchFragments(chunks, { origin: "staged", paths: this.paths, source: this, countFiles: true });
  }
};
function startStagedDiff(cwd) {
  return prefetch(streamGit(STAGED_DIFF_ARGS, { cwd }));
}

export {
  STAGED_DIFF_ARGS,
  StagedSource,
  startStagedDiff
};
