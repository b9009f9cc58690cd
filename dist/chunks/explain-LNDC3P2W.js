import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  scanFragment,
  toFinding
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/findings/explain.ts
function engineSuppression(dropped) {
  if (dropped.startsWith("inline:")) return { kind: "inline", reason: dropped.slice("inline:".length).trim() };
  if (dropped.startsWith("stopword:")) return { kind: "allowlist", reason: dropped };
  if (dropped.startsWith("allowlist:")) return { kind: "allowlist", reason: dropped.slice("allowlist:".length).trim() };
  return void 0;
}
var Explainer = class {
  /** `history`: one entry per secret, file and reason (like the findings' deduplication). */
  constructor(pathReason, history) {
    this.pathReason = pathReason;
    this.history = history;
  }
  pathReason;
  history;
  byKey = /* @__PURE__ */ new Map();
  /** Scans a fragment; returns the findings to report and keeps the suppressed ones. */
  scan(fragment, ruleSet) {
    const { candidates } = scanFragment(fragment, ruleSet, true);
    const findings = [];
    for (const c of candidates ?? []) {
      let why = c.dropped === void 0 ? void 0 : engineSuppression(c.dropped);
      if (c.dropped !== void 0 && !why) continue;
      const pathWhy = why ? void 0 : this.pathReason?.(fragment, c.rule);
      if (pathWhy) why = { kind: "allowlist", reason: pathWhy };
      const finding = toFinding(c, fragment);
      if (why) this.keep({ ...finding, suppression: why });
      else findings.push(finding);
    }
    return findings;
  }
  keep(s) {
    const where = this.history ? `${s.secretHash}` : `${s.line}\0${s.column}`;
    this.byKey.set(`${s.file}\0${s.ruleId}\0${where}\0${s.suppression.reason}`, s);
  }
  suppressed() {
    return [...this.byKey.values()];
  }
};
export {
  Explainer,
  engineSuppression
};
