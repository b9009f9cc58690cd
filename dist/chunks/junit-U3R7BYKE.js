import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  UNSAFE_CHARS
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/formatters/junit.ts
var junitFormatter = {
  name: "junit",
  format(result, options) {
    const cases = [];
    for (const f of result.findings) cases.push(findingCase(f));
    for (const e of result.errors) cases.push(errorCase(e));
    for (const f of result.suppressed ?? []) cases.push(suppressedCase(f));
    if (result.findings.length === 0) cases.push(`    <testcase classname="leakguard" name="no secrets found" time="0"/>`);
    const time = (result.stats.ms / 1e3).toFixed(3);
    const counts = `tests="${cases.length}" failures="${result.findings.length}" errors="${result.errors.length}"`;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="leakguard" ${counts} time="${time}">`,
      `  <testsuite name="leakguard ${options.command}" ${counts} skipped="${result.suppressed?.length ?? 0}" time="${time}" timestamp="${timestamp(options)}">`,
      ...cases,
      "  </testsuite>",
      "</testsuites>",
      ""
    ].join("\n");
  }
};
function timestamp(options) {
  return options.startedAt.slice(0, 19);
}
function where(f) {
  return f.file === null ? `commit message:${f.line}:${f.column}` : `${f.file}:${f.line}:${f.column}`;
}
function caseOpen(f) {
  const file = f.file === null ? "" : ` file="${attr(f.file)}" line="${f.line}"`;
  return `    <testcase classname="${attr(f.file ?? "commit message")}" name="${attr(`${f.ruleId} at ${where(f)}`)}"${file} time="0">`;
}
function details(f) {
  const lines = [`${f.severity} ${f.ruleId}: ${f.description}`, `location: ${where(f)}`, `secret: ${f.secret}`, `fingerprint: ${f.fingerprint}`];
  for (const r of f.related ?? []) lines.push(`paired: ${r.secret} (${r.ruleId}, line ${r.line}, ${r.fingerprint ?? ""})`);
  if (f.commit) lines.push(`commit: ${f.commit.sha} ${f.commit.date} ${f.commit.author} <${f.commit.email}> ${JSON.stringify(f.commit.message)}`);
  return lines.join("\n");
}
function findingCase(f) {
  const message = `${f.description}: ${f.secret}`;
  return [caseOpen(f), `      <failure type="${attr(f.ruleId)}" message="${attr(message)}">${text(details(f))}</failure>`, "    </testcase>"].join("\n");
}
function suppressedCase(f) {
  const message = `suppressed (${f.suppression.kind}): ${f.suppression.reason}`;
  return [caseOpen(f), `      <skipped message="${attr(message)}"/>`, "    </testcase>"].join("\n");
}
function errorCase(e) {
  const name = e.file === null ? "scan error" : `error reading ${e.file}`;
  return [
    `    <testcase classname="leakguard" name="${attr(name)}" time="0">`,
    `      <error message="${attr(e.message)}"/>`,
    "    </testcase>"
  ].join("\n");
}
var NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function clean(s) {
  const u = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  return s.replace(NOT_XML, u).replace(UNSAFE_CHARS, u);
}
function text(s) {
  return clean(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(s) {
  return text(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
export {
  attr,
  junitFormatter,
  text
};
