import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  fingerprintsOf,
  printable,
  summary
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/formatters/markdown.ts
var MAX_ROWS = 500;
var markdownFormatter = {
  name: "markdown",
  format(result, options) {
    const n = result.findings.length;
    const out = [`### leakguard: ${n === 0 ? "no secrets found" : `${n} secret${n === 1 ? "" : "s"} found`}`, "", escape(summary(result, options)), ""];
    if (n) {
      const history = result.findings.some((f) => f.commit);
      out.push(...table(result.findings, history), "");
      out.push("Revoke (rotate) each secret first, then remove it from the code. Not a secret? `leakguard ignore <fingerprint>` adds it to `.leakguardignore`.", "");
    }
    if (result.errors.length) {
      out.push("**Errors**", "", ...result.errors.map((e) => `- ${e.file === null ? "" : `${cell(e.file)}: `}${cell(e.message)}`), "");
    }
    if (result.suppressed) out.push(...suppressedSection(result.suppressed));
    return out.join("\n");
  }
};
function table(findings, history) {
  const head = ["Severity", "Rule", "Location", "Secret", "Fingerprint", ...history ? ["Commit"] : []];
  const rows = findings.slice(0, MAX_ROWS).map((f) => {
    const secret = [f.secret, ...(f.related ?? []).map((r) => r.secret)].map(code).join("<br>");
    const cells = [f.severity, code(f.ruleId), location(f) + (f.decoded ? ` (${cell(f.decoded.join(" > "))}-decoded)` : ""), secret, fingerprintsOf(f).map(code).join("<br>")];
    if (history) cells.push(f.commit ? `${code(f.commit.sha.slice(0, 12))} ${cell(f.commit.date.slice(0, 10))} ${cell(f.commit.author)}` : "");
    return cells;
  });
  const lines = [head, head.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  if (findings.length > MAX_ROWS) lines.push("", `\u2026 and ${findings.length - MAX_ROWS} more (see the full report).`);
  return lines;
}
function suppressedSection(suppressed) {
  if (!suppressed.length) return ["**Suppressed**: nothing.", ""];
  const rows = suppressed.slice(0, MAX_ROWS).map((f) => `| ${code(f.ruleId)} | ${location(f)} | ${code(f.fingerprint)} | ${cell(`${f.suppression.kind}: ${f.suppression.reason}`)} |`);
  return [`<details><summary>Suppressed (${suppressed.length})</summary>`, "", "| Rule | Location | Fingerprint | Why |", "| --- | --- | --- | --- |", ...rows, "", "</details>", ""];
}
function location(f) {
  return f.file === null ? `commit message, line ${f.line}` : `${cell(f.file)}:${f.line}:${f.column}`;
}
function cell(s) {
  return escape(printable(s));
}
function escape(s) {
  return s.replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function code(s) {
  const v = printable(s).replace(/\|/g, "\\|");
  const runs = v.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = v.startsWith("`") || v.endsWith("`") ? " " : "";
  return `${fence}${pad}${v}${pad}${fence}`;
}
export {
  MAX_ROWS,
  cell,
  code,
  markdownFormatter
};
