import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  DiffParser,
  LineSplitter
} from "./chunk-FJ6T7WB3.js";
import {
  addNote,
  fragmentFromAdded
} from "./chunk-UYD45K2S.js";

// src/sources/patch.ts
async function* patchFragments(chunks, options) {
  for await (const batch of patchBatches(chunks, options)) yield* batch;
}
async function* patchBatches(chunks, options) {
  const { origin, paths, source } = options;
  const ready = [];
  const files = options.countFiles ? /* @__PURE__ */ new Set() : void 0;
  const parser = new DiffParser({
    added(added) {
      const { skip, disabled } = paths.check(added.path);
      if (skip) return;
      files?.add(added.path);
      ready.push(fragmentFromAdded(added, origin, disabled));
    },
    binary(path, commit, blob) {
      if (options.onBinary?.(path, commit, blob)) return;
      addNote(source, path, `binary file skipped${commit ? ` (commit ${commit.sha.slice(0, 12)})` : ""}`);
    },
    commit(commit, message) {
      source.stats.commits++;
      const f = options.onCommit?.(commit, message);
      if (f) ready.push(f);
    }
  });
  const splitter = new LineSplitter((text, first, column) => parser.line(text, first, column));
  for await (const chunk of chunks) {
    source.stats.bytes += chunk.length;
    splitter.push(chunk);
    if (ready.length) yield ready.splice(0);
  }
  splitter.end();
  parser.end();
  if (ready.length) yield ready.splice(0);
  if (files) source.stats.files = files.size;
}

export {
  patchFragments,
  patchBatches
};
