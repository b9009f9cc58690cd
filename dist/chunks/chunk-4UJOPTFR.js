import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FINGERPRINT_RE
} from "./chunk-TCHGR2GN.js";
import {
  LeakguardError,
  fingerprintsOf
} from "./chunk-QOCJMMQM.js";

// src/findings/baseline.ts
var BASELINE_FILE = ".leakguard-baseline.jsonl";
var BASELINE_VERSION = 1;
var HEADER = { leakguard: "baseline", version: BASELINE_VERSION };
function parseBaseline(text, label) {
  const lines = text.split(/\r?\n/);
  const header = parseLine(lines[0] ?? "", `${label}:1`);
  if (header.leakguard !== "baseline" || typeof header.version !== "number") {
    throw new LeakguardError(`${label}:1: not a leakguard baseline (the first line must be ${JSON.stringify(HEADER)})`);
  }
  if (header.version > BASELINE_VERSION) {
    throw new LeakguardError(`${label}:1: baseline version ${header.version} is newer than this leakguard understands (${BASELINE_VERSION}): upgrade leakguard`);
  }
  const fingerprints = /* @__PURE__ */ new Set();
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${label}:${i + 2}`;
    const entry = parseLine(line, where);
    if (typeof entry.fingerprint !== "string" || !FINGERPRINT_RE.test(entry.fingerprint)) {
      throw new LeakguardError(`${where}: "fingerprint" must be rule-id:16 hex digits`);
    }
    if (entry.files !== void 0 && !(Array.isArray(entry.files) && entry.files.every((f) => typeof f === "string"))) {
      throw new LeakguardError(`${where}: "files" must be a list of paths`);
    }
    fingerprints.add(entry.fingerprint);
  });
  return fingerprints;
}
function parseLine(line, where) {
  let value;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new LeakguardError(`${where}: not JSON: ${err.message}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new LeakguardError(`${where}: must be a JSON object`);
  return value;
}
function formatBaseline(findings, repoPath) {
  const files = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const path = repoPath(f);
    for (const fp of fingerprintsOf(f)) {
      let set = files.get(fp);
      if (!set) files.set(fp, set = /* @__PURE__ */ new Set());
      if (path !== null) set.add(path);
      for (const other of f.history?.files ?? []) if (f.file !== null) set.add(other);
    }
  }
  const lines = [JSON.stringify(HEADER)];
  for (const fp of [...files.keys()].sort()) lines.push(JSON.stringify({ fingerprint: fp, files: [...files.get(fp)].sort() }));
  return lines.join("\n") + "\n";
}

export {
  BASELINE_FILE,
  BASELINE_VERSION,
  parseBaseline,
  formatBaseline
};
