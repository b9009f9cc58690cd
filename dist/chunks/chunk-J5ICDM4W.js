import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  printableRuns,
  readBlobs
} from "./chunk-7PJ6VWAO.js";
import {
  DiffParser,
  FLUSH_CHARS,
  LineSplitter
} from "./chunk-JJRVKFH7.js";
import {
  SNIFF_BYTES,
  decodeText
} from "./chunk-CR2FYILF.js";
import {
  addNote,
  fragmentFromAdded
} from "./chunk-P7I356N5.js";
import {
  formatBytes
} from "./chunk-XS4D3LTJ.js";

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
    binary(path, commit, blob, oldBlobs) {
      if (options.onBinary?.(path, commit, blob, oldBlobs)) return;
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

// src/sources/binary-diff.ts
async function* binaryChangeFragments(changes, options) {
  if (changes.length === 0) return;
  const ids = [...new Set(changes.map((c) => c.blob))];
  const verdicts = /* @__PURE__ */ new Map();
  for await (const blob of readBlobs(ids, { cwd: options.cwd, maxSize: Infinity, head: SNIFF_BYTES, signal: options.signal })) {
    verdicts.set(blob.id, { size: blob.size, missing: !blob.data, binary: blob.data ? decodeText(blob.data).binary : true });
  }
  if (options.signal?.aborted) return;
  const read = [];
  for (const change of changes) {
    const blob = verdicts.get(change.blob) ?? { size: 0, missing: true, binary: true };
    const at = atCommit(change);
    if (blob.missing) addNote(options.source, change.path, `not scanned: blob ${change.blob.slice(0, 12)} is missing from the repository${at}`);
    else if (blob.size > options.maxSize) addNote(options.source, change.path, `not scanned: ${formatBytes(blob.size)} is over the size limit of ${formatBytes(options.maxSize)} (maxFileSize)${at}`);
    else if (!blob.binary) read.push({ change, text: true });
    else if (options.strings) read.push({ change, text: false });
    else addNote(options.source, change.path, `binary file skipped${at}`);
  }
  if (read.length === 0) return;
  const wanted = read.flatMap(({ change, text }) => text ? [...change.oldBlobs, change.blob] : [change.blob]);
  const blobs = readBlobs(wanted, { cwd: options.cwd, maxSize: options.maxSize, signal: options.signal });
  try {
    for (const { change, text } of read) {
      const old = [];
      if (text) for (let k = 0; k < change.oldBlobs.length; k++) old.push((await blobs.next()).value?.data ?? null);
      const next = await blobs.next();
      if (next.done) return;
      if (next.value.data) yield* text ? addedFragments(change, next.value.data, old, options) : stringFragments(change, next.value.data, options);
    }
  } finally {
    await blobs.return(void 0);
  }
}
function atCommit(change) {
  return change.commit ? ` (commit ${change.commit.sha.slice(0, 12)})` : "";
}
function* stringFragments(change, data, options) {
  const { disabled } = options.paths.check(change.path);
  for (const run of printableRuns(data)) {
    const f = { text: run.text, path: change.path, startLine: 1, startColumn: run.offset + 1, origin: options.origin };
    if (change.commit) f.commit = change.commit;
    if (disabled) f.disabledRules = disabled;
    yield f;
  }
}
function* addedFragments(change, data, old, options) {
  const decoded = decodeText(data);
  if (decoded.binary) return;
  const { disabled } = options.paths.check(change.path);
  const before = /* @__PURE__ */ new Set();
  for (const o of old) {
    if (!o) continue;
    const d = decodeText(o);
    if (!d.binary) for (const line of d.text.split("\n")) before.add(stripCr(line));
  }
  let lines = [];
  let lineNumbers = [];
  let chars = 0;
  const flush = () => {
    const f = fragmentFromAdded({ commit: change.commit, path: change.path, lines, lineNumbers }, options.origin, disabled);
    lines = [];
    lineNumbers = [];
    chars = 0;
    return f;
  };
  const all = decoded.text.split("\n");
  for (let k = 0; k < all.length; k++) {
    const line = stripCr(all[k]);
    if (line === "" || before.has(line)) continue;
    lines.push(line);
    lineNumbers.push(k + 1);
    chars += line.length + 1;
    if (chars >= FLUSH_CHARS) yield flush();
  }
  if (lines.length) yield flush();
}
function stripCr(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

export {
  patchFragments,
  patchBatches,
  binaryChangeFragments
};
