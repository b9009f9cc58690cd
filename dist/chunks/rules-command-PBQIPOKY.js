import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  findRepoRoot,
  gitSecretsExtra,
  loadConfig,
  redactPart,
  redactionPolicy,
  resolveCwd,
  scanFragment
} from "./chunk-WWMHRRQY.js";
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
