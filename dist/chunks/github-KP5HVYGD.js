import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  UNSAFE_CHARS,
  escapeChar,
  fingerprintsOf,
  summary
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/formatters/github.ts
var COMMAND = { critical: "error", high: "error", medium: "warning", low: "notice", info: "notice" };
var githubFormatter = {
  name: "github",
  format(result, options) {
    const out = result.findings.map(annotation);
    for (const e of result.errors) out.push(`::warning ${e.file === null ? "" : `file=${prop(e.file)},`}title=leakguard::${data(`could not scan: ${e.message}`)}`);
    out.push(summary(result, options));
    return out.join("\n") + "\n";
  }
};
function annotation(f) {
  const props = [];
  if (f.file !== null) {
    props.push(`file=${prop(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`);
    if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
  }
  props.push(`title=${prop(`leakguard: ${f.ruleId} (${f.severity})`)}`);
  const parts = [`${f.description}: ${f.secret}`];
  if (f.decoded) parts.push(`found in ${f.decoded.join(" > ")}-decoded text`);
  for (const r of f.related ?? []) parts.push(`paired with ${r.description} ${r.secret} on line ${r.line}`);
  if (f.file === null) parts.push(f.commit ? `in the message of commit ${f.commit.sha.slice(0, 12)}` : "in the commit message");
  else if (f.commit) parts.push(`added by commit ${f.commit.sha.slice(0, 12)} (${f.commit.author}, ${f.commit.date.slice(0, 10)})`);
  const message = `${parts.join(", ")}. Revoke (rotate) it, then remove it. Not a secret? leakguard ignore ${fingerprintsOf(f).join(" ")}`;
  return `::${COMMAND[f.severity]} ${props.join(",")}::${data(message)}`;
}
function data(s) {
  return s.replace(UNSAFE_CHARS, escapeChar).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function prop(s) {
  return data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
export {
  data,
  githubFormatter,
  prop
};
