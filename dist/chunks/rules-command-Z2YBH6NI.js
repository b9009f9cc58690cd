import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  gitSecretsExtra,
  redactPart,
  redactionPolicy,
  resolveCwd
} from "./chunk-LM5IMEAZ.js";
import "./chunk-CDREP44S.js";
import "./chunk-Z6V4756R.js";
import "./chunk-3MPW7ARW.js";
import "./chunk-MGG2IAAJ.js";
import "./chunk-JQAHVL5I.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-P7I356N5.js";
import {
  findRepoRoot,
  loadConfig
} from "./chunk-FGXG2XXO.js";
import {
  scanFragment
} from "./chunk-SLZ3O6QT.js";
import "./chunk-4ZEJ4JV7.js";
import "./chunk-KNET3OEV.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-GDYWKFCI.js";
import "./chunk-HWRS3BVT.js";
import "./chunk-UA2LDIQP.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";

// src/cli/rules-command.ts
async function runRulesCommand(a, io) {
  const cwd = resolveCwd(a.C, io);
  const extra = a.config === false ? void 0 : await gitSecretsExtra(cwd, findRepoRoot(cwd) ?? cwd, {}, io);
  const config = await loadConfig({
    cwd,
    ...typeof a.config === "string" ? { configFile: a.config } : {},
    noConfig: a.config === false,
    ...extra ? { extra } : {}
  });
  const rules = config.ruleSet.rules;
  if (a.action === "list") {
    const width = Math.max(...rules.map((r) => r.id.length));
    for (const r of rules) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}
`);
    return 0;
  }
  const text = a.text === void 0 || a.text === "-" || a.text === "" ? await readAll(io.stdin) : a.text;
  const scan = scanFragment({ text: text.replace(/\r?\n$/, ""), path: null, startLine: 1, origin: "stdin" }, config.ruleSet, true);
  const policy = redactionPolicy(rules, config.redactIds);
  const show = (s, rule) => a.redact ? redactPart(s, rule.id, void 0, policy) : s;
  const hits = scan.keywordHits ?? [];
  const candidates = [...scan.candidates ?? []].sort((x, y) => x.start - y.start || x.rule.index - y.rule.index);
  const out = [];
  out.push(hits.length ? `keywords: ${hits.length} rule${hits.length === 1 ? "" : "s"} hit: ${hits.map((r) => r.id).join(", ")}` : "keywords: no rule's keywords occur in the text (no regex ran)");
  const matched = new Set(candidates.map((c) => c.rule));
  const silent = hits.filter((r) => !matched.has(r));
  if (silent.length) out.push(`no regex match: ${silent.map((r) => r.id).join(", ")}`);
  if (candidates.length) out.push("", "candidates:");
  for (const c of candidates) out.push(...describe(c, show));
  const kept = scan.findings.length;
  out.push("", kept ? `${kept} finding${kept === 1 ? "" : "s"} would be reported.` : "nothing would be reported.");
  io.stdout(out.join("\n") + "\n");
  return kept ? 1 : 0;
}
function describe(c, show) {
  const where = `${c.line}:${c.column}`;
  const verdict = c.dropped === void 0 ? `KEPT (${c.severity})` : `dropped: ${c.dropped}`;
  const lines = [`  ${where}  ${c.rule.id}  ${show(c.secret, c.rule)}  entropy ${c.entropy.toFixed(2)}`, `      ${verdict}`];
  for (const r of c.related) lines.push(`      paired with ${r.rule.id} ${show(r.secret, r.rule)} on line ${r.line}`);
  return lines;
}
async function readAll(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString("utf8");
}
export {
  runRulesCommand
};
