import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  detach
} from "./chunk-XS4D3LTJ.js";

// src/sources/source.ts
function newStats() {
  return { files: 0, commits: 0, bytes: 0 };
}
var PathFilter = class {
  /** `global`: the config's allowlist of paths, compiled (config/load.ts) */
  constructor(global, rules) {
    this.global = global;
    this.rules = rules;
  }
  global;
  rules;
  cache = /* @__PURE__ */ new Map();
  check(path) {
    let r = this.cache.get(path);
    if (r) return r;
    if (this.global?.(path)) r = { skip: true, disabled: void 0 };
    else {
      let disabled;
      for (const rule of this.rules) {
        if (rule.allowPaths?.(path)) (disabled ??= /* @__PURE__ */ new Set()).add(rule.index);
      }
      r = { skip: false, disabled };
    }
    if (this.cache.size > 1e4) this.cache.clear();
    this.cache.set(detach(path), r);
    return r;
  }
};
function fragmentFromAdded(added, origin, disabled) {
  const { lines, lineNumbers } = added;
  const first = lineNumbers[0] ?? 1;
  const consecutive = lineNumbers[lineNumbers.length - 1] === first + lineNumbers.length - 1;
  const fragment = {
    text: lines.length === 1 ? lines[0] : lines.join("\n"),
    path: added.path,
    startLine: first,
    origin
  };
  if (!consecutive) fragment.lineMap = lineNumbers;
  if (added.startColumn !== void 0) fragment.startColumn = added.startColumn;
  if (added.context) {
    const context = /* @__PURE__ */ new Set();
    added.context.forEach((c, i) => c && context.add(lineNumbers[i]));
    fragment.contextLines = context;
  }
  if (added.commit) fragment.commit = added.commit;
  if (disabled) fragment.disabledRules = disabled;
  return fragment;
}
var MAX_NOTES = 1e3;
var dropped = /* @__PURE__ */ new WeakMap();
function addNote(source, file, message, unscanned = false) {
  if (source.notes.length < MAX_NOTES) {
    source.notes.push({ file: file === null ? null : detach(file), message, ...unscanned ? { unscanned } : {} });
    return;
  }
  const n = (dropped.get(source) ?? 0) + 1;
  dropped.set(source, n);
  const last = { file: null, message: `${n} more notes not shown` };
  if (n === 1) source.notes.push(last);
  else source.notes[source.notes.length - 1] = last;
}

export {
  newStats,
  PathFilter,
  fragmentFromAdded,
  MAX_NOTES,
  addNote
};
