import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  fingerprintsOf
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/findings/suppress.ts
function applySuppressions(findings, options) {
  const kept = [];
  const suppressed = [];
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const e of options.ignore?.entries ?? []) byFingerprint.set(e.fingerprint, [...byFingerprint.get(e.fingerprint) ?? [], e]);
  for (const f of findings) {
    const why = suppression(f, options, byFingerprint);
    if (why) suppressed.push({ ...f, suppression: why });
    else kept.push(f);
  }
  return { findings: kept, suppressed };
}
function suppression(f, options, entries) {
  const reasons = [];
  let ignored = false;
  let path;
  for (const fp of fingerprintsOf(f)) {
    const ignoreSalted = options.ignore?.salted?.get(fp);
    const candidates = [...entries.get(fp) ?? [], ...ignoreSalted ? entries.get(ignoreSalted) ?? [] : []];
    const entry = candidates.find((e) => !e.matches || (path ??= options.repoPath(f)) !== null && e.matches(path));
    const baselineSalted = options.baseline?.salted?.get(fp);
    if (entry) {
      ignored = true;
      reasons.push(`${options.ignore.label}:${entry.line}${entry.path ? ` (path ${entry.path})` : ""}${entry.reason ? `: ${entry.reason}` : ""}`);
    } else if (options.baseline?.fingerprints.has(fp) || baselineSalted !== void 0 && options.baseline?.fingerprints.has(baselineSalted)) {
      reasons.push(`in ${options.baseline.label}`);
    } else {
      return void 0;
    }
  }
  return { kind: ignored ? "ignore" : "baseline", reason: [...new Set(reasons)].join("; ") };
}
export {
  applySuppressions
};
