import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FINGERPRINT_RE
} from "./chunk-UNUI2DOM.js";
import {
  SALT_RE
} from "./chunk-74QMUCHR.js";
import {
  LeakguardError,
  fingerprintsOf
} from "./chunk-WWMHRRQY.js";

// src/findings/baseline.ts
var BASELINE_FILE = ".leakguard-baseline.jsonl";
var BASELINE_VERSION = 2;
var HEADER = { leakguard: "baseline", version: 1 };
function parseBaseline(text, label) {
  const lines = text.split(/\r?\n/);
  const header = parseLine(lines[0] ?? "", `${label}:1`);
  if (header.leakguard !== "baseline" || typeof header.version !== "number") {
    throw new LeakguardError(`${label}:1: not a leakguard baseline (the first line must be ${JSON.stringify(HEADER)})`);
  }
  if (header.version > BASELINE_VERSION) {
    throw new LeakguardError(`${label}:1: baseline version ${header.version} is newer than this leakguard understands (${BASELINE_VERSION}): upgrade leakguard`);
  }
  if (header.version >= 2 && (typeof header.salt !== "string" || !SALT_RE.test(header.salt))) {
    throw new LeakguardError(`${label}:1: "salt" must be 32 hex digits`);
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
function baselineSalt(text) {
  try {
    const header = JSON.parse(text.slice(0, text.indexOf("\n") >>> 0));
    return typeof header.salt === "string" && SALT_RE.test(header.salt) ? header.salt : void 0;
  } catch {
    return void 0;
  }
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
function formatBaseline(findings, repoPath, salted) {
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
  const header = salted ? { leakguard: "baseline", version: BASELINE_VERSION, salt: salted.salt } : HEADER;
  const entries = [...files].map(([fp, set]) => ({ fingerprint: salted ? salted.forms.get(fp) : fp, files: [...set].sort() }));
  const lines = [JSON.stringify(header)];
  for (const e of entries.sort((a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)) lines.push(JSON.stringify(e));
  return lines.join("\n") + "\n";
}

export {
  BASELINE_FILE,
  BASELINE_VERSION,
  parseBaseline,
  baselineSalt,
  formatBaseline
};
