import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  LeakguardError,
  SEVERITIES,
  VERSION,
  printable
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/org/format.ts
var ORG_FORMATS = ["text", "json", "markdown", "html"];
function checkOrgFormat(value) {
  if (ORG_FORMATS.includes(value)) return value;
  throw new LeakguardError(`--format: ${value}: the organisation report's formats are ${ORG_FORMATS.join(", ")}`);
}
async function formatOrg(report, format, startedAt) {
  switch (format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "markdown":
      return markdown(report);
    case "html": {
      const { htmlFormatter } = await import("./html-GXPLNRS6.js");
      return htmlFormatter.format(asScanResult(report), { color: false, command: "history", verbose: false, version: VERSION, rules: [], startedAt, scope: `${report.stats.repos} repositories` });
    }
    default:
      return text(report);
  }
}
function orgSummary(report) {
  const n = report.incidents.length;
  const counts = SEVERITIES.map((s2) => [s2, report.incidents.filter((i) => i.severity === s2).length]).filter(([, k]) => k > 0).map(([s2, k]) => `${k} ${s2}`).join(", ");
  const repos = new Set(report.incidents.flatMap((i) => i.locations.map((l) => l.repo))).size;
  const head = n === 0 ? "No secrets found" : `${n} secret${n === 1 ? "" : "s"} (${counts}) in ${repos} repositor${repos === 1 ? "y" : "ies"}`;
  const s = report.stats;
  return `${head} \xB7 ${s.repos} repositor${s.repos === 1 ? "y" : "ies"} audited${s.failed ? ` (${s.failed} failed)` : ""}, ${s.commits} commits (${s.newCommits} new), ${s.ms} ms`;
}
function where(l) {
  const status = l.status === "present" ? "present at HEAD" : l.status === "removed" ? `history only${l.removedIn ? ` (removed in ${l.removedIn.slice(0, 12)})` : ""}` : "";
  const commit = l.commit ? `${l.commit.sha.slice(0, 12)} ${l.commit.date.slice(0, 10)} ${printable(l.commit.author)}` : "";
  return [`${printable(l.repo)}: ${l.file === null ? "commit message" : printable(l.file)}:${l.line}`, commit, status].filter(Boolean).join("  ");
}
function awsText(i) {
  return i.aws ? `  AWS ${i.aws.keyType}, account ${i.aws.account ?? "not encoded"}${i.aws.paired ? ", secret found next to it" : ""}` : "";
}
function text(report) {
  const out = [];
  for (const i of report.incidents) {
    const repos = new Set(i.locations.map((l) => l.repo)).size;
    out.push(`${i.severity}  ${i.ruleId}  ${printable(i.secret)}${awsText(i)}`, `    in ${repos} repositor${repos === 1 ? "y" : "ies"}, ${i.locations.length} location${i.locations.length === 1 ? "" : "s"}; id ${i.fingerprint}`);
    for (const l of i.locations) out.push(`    ${where(l)}`);
    out.push("");
  }
  for (const e of report.errors) out.push(`error: ${e.repo ? `${printable(e.repo)}: ` : ""}${printable(e.message)}`);
  if (report.errors.length) out.push("");
  out.push(orgSummary(report));
  return out.join("\n") + "\n";
}
function cell(s) {
  return printable(s).replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function markdown(report) {
  const out = [`### leakguard organisation audit: ${cell(orgSummary(report))}`, ""];
  for (const i of report.incidents) {
    out.push(`#### ${i.severity}: \`${i.ruleId}\` ${cell(i.secret)}${cell(awsText(i))}`, "", "| Repository | Location | Commit | Status |", "| --- | --- | --- | --- |");
    for (const l of i.locations) {
      const status = l.status === "present" ? "present at HEAD" : l.status === "removed" ? `history only${l.removedIn ? ` (removed in ${l.removedIn.slice(0, 12)})` : ""}` : "";
      out.push(`| ${cell(l.repo)} | ${cell(l.file ?? "commit message")}:${l.line} | ${l.commit ? `${l.commit.sha.slice(0, 12)} ${cell(l.commit.date.slice(0, 10))}` : ""} | ${status} |`);
    }
    out.push("");
  }
  if (report.errors.length) out.push("**Errors**", "", ...report.errors.map((e) => `- ${e.repo ? `${cell(e.repo)}: ` : ""}${cell(e.message)}`), "");
  return out.join("\n");
}
function asScanResult(report) {
  const findings = report.incidents.flatMap(
    (i) => i.locations.map((l) => ({
      ruleId: i.ruleId,
      description: i.description,
      severity: i.severity,
      file: l.file === null ? null : `${l.repo}: ${l.file}`,
      line: l.line,
      column: 1,
      endLine: l.line,
      endColumn: 1,
      secret: i.secret,
      match: i.secret,
      tags: [i.ruleId.split("-")[0]],
      fingerprint: i.fingerprint,
      secretHash: i.secretHash,
      related: i.related.map((r) => ({ ruleId: r.ruleId, description: "", secret: r.secret, line: l.line, column: 1, endLine: l.line, endColumn: 1, fingerprint: r.fingerprint })),
      origin: "commit",
      ...l.commit ? { commit: { ...l.commit } } : {},
      history: { occurrences: 1, status: l.status ?? void 0, removedIn: l.removedIn, files: [] },
      ...i.aws && ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"].includes(i.aws.keyType) ? { aws: { keyType: i.aws.keyType, account: i.aws.account, paired: i.aws.paired, sessionToken: false, verification: null } } : {}
    }))
  );
  return {
    findings,
    errors: report.errors.map((e) => ({ file: e.repo, message: e.message })),
    notes: [],
    stats: { files: 0, commits: report.stats.commits, bytes: 0, ms: report.stats.ms }
  };
}
export {
  ORG_FORMATS,
  checkOrgFormat,
  formatOrg,
  orgSummary
};
