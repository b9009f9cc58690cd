import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  safeJson
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/formatters/sarif.ts
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" };
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "0.5" };
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "leakguardFingerprint/v1";
var MESSAGE_URI = "COMMIT_EDITMSG";
var HELP = "A secret in a repository must be treated as leaked: revoke (rotate) it first, then remove it from the code and read it from the environment or a secret manager. Not a secret? Run `leakguard ignore <fingerprint>` (the fingerprint is in the result).";
var sarifFormatter = {
  name: "sarif",
  format(result, options) {
    const rules = options.rules.map(ruleDescriptor);
    const index = new Map(options.rules.map((r, i) => [r.id, i]));
    const results = [...result.findings.map((f) => sarifResult(f, index)), ...(result.suppressed ?? []).map((f) => suppressedResult(f, index))];
    const log = {
      $schema: SARIF_SCHEMA,
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "leakguard", semanticVersion: options.version, version: options.version, rules } },
          invocations: [invocation(result.errors, result.stats.ms, options)],
          columnKind: "utf16CodeUnits",
          results
        }
      ]
    };
    return safeJson(log, 2) + "\n";
  }
};
function ruleDescriptor(r) {
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_, _d, c) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} (leakguard rule ${r.id})` },
    help: { text: HELP },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [.../* @__PURE__ */ new Set(["security", "secret", ...r.tags])], precision: "high", "security-severity": SECURITY_SEVERITY[r.severity] }
  };
}
function invocation(errors, ms, options) {
  const end = new Date(Date.parse(options.startedAt) + ms).toISOString();
  return {
    executionSuccessful: errors.length === 0,
    startTimeUtc: options.startedAt,
    endTimeUtc: end,
    toolExecutionNotifications: errors.map((e) => ({
      level: "error",
      message: { text: e.file === null ? e.message : `${e.file}: ${e.message}` },
      ...e.file !== null ? { locations: [{ physicalLocation: { artifactLocation: { uri: toUri(e.file) } } }] } : {}
    }))
  };
}
function sarifResult(f, index) {
  const ruleIndex = index.get(f.ruleId);
  const related = f.related ?? [];
  return {
    ruleId: f.ruleId,
    ...ruleIndex !== void 0 ? { ruleIndex } : {},
    level: LEVEL[f.severity],
    message: { text: messageText(f) },
    locations: [{ physicalLocation: physical(f.file, f) }],
    ...related.length ? { relatedLocations: related.map((r, i) => relatedLocation(f.file, r, i)) } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: properties(f)
  };
}
function suppressedResult(f, index) {
  const kind = f.suppression.kind === "inline" ? "inSource" : "external";
  return { ...sarifResult(f, index), suppressions: [{ kind, status: "accepted", justification: `${f.suppression.kind}: ${f.suppression.reason}` }] };
}
function messageText(f) {
  const parts = [`${f.description}: ${f.secret}`];
  if (f.decoded) parts.push(`found in ${f.decoded.join(" > ")}-decoded text`);
  for (const r of f.related ?? []) parts.push(`paired with ${r.description} ${r.secret} on line ${r.line}`);
  if (f.file === null) parts.push(f.commit ? `in the message of commit ${f.commit.sha}` : "in the commit message");
  else if (f.commit) parts.push(`added by commit ${f.commit.sha.slice(0, 12)} (${f.commit.author}, ${f.commit.date.slice(0, 10)})`);
  return parts.join(", ") + ".";
}
function physical(file, at) {
  return {
    artifactLocation: { uri: toUri(file ?? MESSAGE_URI) },
    region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn + 1 }
  };
}
function relatedLocation(file, r, i) {
  return { id: i + 1, physicalLocation: physical(file, r), message: { text: `${r.description}: ${r.secret}` } };
}
function properties(f) {
  const p = { severity: f.severity, secret: f.secret, fingerprint: f.fingerprint, tags: f.tags };
  if (f.decoded) p.decoded = f.decoded;
  if (f.related?.length) p.related = f.related.map((r) => ({ ruleId: r.ruleId, secret: r.secret, line: r.line, fingerprint: r.fingerprint }));
  if (f.commit) {
    const { sha, author, email, date, message } = f.commit;
    p.commit = { sha, author, email, date, message };
  }
  if (f.history) {
    p.occurrences = f.history.occurrences;
    p.files = f.history.files;
  }
  return p;
}
function toUri(path) {
  return path.split("/").map((seg) => encodeURIComponent(seg.replace(/[\uD800-\uDFFF]/g, (c, i, s) => isPaired(s, i) ? c : "\uFFFD"))).join("/");
}
function isPaired(s, i) {
  const c = s.charCodeAt(i);
  if (c <= 56319) return i + 1 < s.length && (s.charCodeAt(i + 1) & 64512) === 56320;
  return i > 0 && (s.charCodeAt(i - 1) & 64512) === 55296;
}
export {
  FINGERPRINT_KEY,
  SARIF_SCHEMA,
  sarifFormatter,
  toUri
};
