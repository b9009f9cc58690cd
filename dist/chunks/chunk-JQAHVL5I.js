import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  KEY_TYPES,
  describeAccount
} from "./chunk-A2R2TMDW.js";
import {
  CONTEXT_WORDS
} from "./chunk-VA4KEGOX.js";
import {
  SEVERITIES,
  severityRank
} from "./chunk-EQJNLXLZ.js";
import {
  fingerprintsOf
} from "./chunk-UA2LDIQP.js";
import {
  formatBytes,
  printable
} from "./chunk-XS4D3LTJ.js";

// src/formatters/aws.ts
function awsLines(aws) {
  const lines = [`    key      ${aws.keyType}: ${KEY_TYPES[aws.keyType].kind}; ${pairing(aws)}`, `    account  ${describeAccount(aws)}`];
  if (aws.verification) lines.push(`    verify   ${describeVerification(aws.verification)}`);
  return lines;
}
function pairing(aws) {
  if (aws.keyType === "ASIA") {
    if (aws.paired && aws.sessionToken) return "secret and session token found next to it";
    if (aws.paired) return "secret found next to it, no session token";
  }
  return aws.paired ? "secret found next to it" : "no secret found next to it";
}
function describeVerification(v) {
  switch (v.status) {
    case "live":
      return `LIVE: the key works: ${v.arn} (account ${v.account}, user id ${v.userId})`;
    case "invalid":
      return v.code === "SignatureDoesNotMatch" ? "invalid pair (SignatureDoesNotMatch): the key ID exists but the secret found is not its secret" : `invalid (${v.code}): AWS does not accept this key`;
    case "unknown":
      return `unknown: ${v.reason}`;
  }
}
function respondPointers(findings, command) {
  if (command !== "history" && command !== "scan") return [];
  const seen = /* @__PURE__ */ new Set();
  const lines = [];
  for (const f of findings) {
    if (!f.aws || seen.has(f.secretHash)) continue;
    seen.add(f.secretHash);
    const where = f.commit ? ` --commit ${f.commit.sha.slice(0, 12)}` : "";
    const cmd = f.origin === "stdin" ? "leakguard respond --key <the key ID>" : `leakguard respond ${f.fingerprint}${where}`;
    const v = f.aws.verification;
    const account = f.aws.account === null && v?.status === "live" ? `${v.account} (from STS)` : describeAccount(f.aws);
    lines.push(`  ${f.secret} (account ${account}${v?.status === "live" ? ", LIVE" : ""}): ${cmd}`);
  }
  return lines.length ? ["Respond to each AWS key: the runbook, step by step, with the commands filled in:", ...lines] : [];
}

// src/formatters/text.ts
var ESC = "\x1B[";
function painter(color) {
  const wrap = (open, close) => (s) => color ? `${ESC}${open}m${s}${ESC}${close}m` : s;
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39) };
}
var textFormatter = {
  name: "text",
  format(result, options) {
    const p = painter(options.color);
    const out = [];
    for (const f of result.findings) out.push(block(f, p), "");
    for (const e of result.errors) out.push(`${p.red("error")}: ${e.file ? `${printable(e.file)}: ` : ""}${printable(e.message)}`);
    if (result.errors.length) out.push("");
    if (result.findings.length && options.command === "history") out.push(...tally(result.findings), "");
    if (result.findings.length) out.push(...(options.prePush ? prePushAdvice(result.findings) : adviceFor(options, result.findings)).map((l) => p.dim(l)), "");
    if (result.suppressed) out.push(...suppressedLines(result.suppressed, p), "");
    out.push(summary(result, options, p));
    const pointers = respondPointers(result.findings, options.command);
    if (pointers.length) out.push("", ...pointers);
    return out.join("\n") + "\n";
  }
};
function severityPaint(s, p) {
  return s === "critical" || s === "high" ? p.red : s === "medium" ? p.yellow : p.cyan;
}
function location(f) {
  if (f.file === null && f.gitTag !== void 0) return `tag ${printable(f.gitTag)} message:${f.line}:${f.column}`;
  return f.file === null ? `commit message:${f.line}:${f.column}` : `${printable(f.file)}:${f.line}:${f.column}`;
}
function block(f, p) {
  const lines = [`${p.bold(location(f))}  ${severityPaint(f.severity, p)(f.severity)}  ${f.ruleId}`, `    ${f.description}`, `    secret   ${printable(f.secret)}`];
  if (f.decoded) lines.push(`    decoded  ${f.decoded.join(" > ")}: found in the decoded text at this location`);
  for (const r of f.related ?? []) lines.push(`    paired   ${printable(r.secret)}  (${r.ruleId}, line ${r.line})`);
  if (f.context) lines.push(`    context  ${f.context}: a person-chosen value in ${CONTEXT_WORDS[f.context]}, likely a fixture: reported low`);
  if (f.aws) lines.push(...awsLines(f.aws));
  if (f.commit) {
    const c = f.commit;
    lines.push(`    commit   ${c.sha.slice(0, 12)}  ${c.date.slice(0, 10)}  ${printable(c.author)} <${printable(c.email)}>  ${printable(JSON.stringify(c.message))}`);
  }
  if (f.gitTag !== void 0 && f.file !== null) lines.push(`    tag      ${printable(f.gitTag)}`);
  if (f.history) {
    const h = f.history;
    if (h.status === "present") lines.push(`    status   ${p.red("present")} at HEAD of the default branch: still exposed in the current code`);
    else if (h.status === "removed") {
      const where = h.removedIn ? `removed in ${h.removedIn.slice(0, 12)}` : f.gitTag !== void 0 ? `in tag ${printable(f.gitTag)}` : f.file === null ? "in a commit message" : "not on the default branch";
      lines.push(`    status   ${p.yellow("history only")} (${where}): still reachable in the history, so revoke it anyway`);
    }
    if (h.occurrences > 1) lines.push(`    added by ${h.occurrences} commits`);
    const others = h.files.filter((x) => x !== f.file);
    if (others.length) lines.push(`    also in  ${others.map(printable).join(", ")}`);
  }
  lines.push(`    id       ${fingerprintsOf(f).join(" ")}`);
  return lines.join("\n");
}
function suppressedLines(suppressed, p) {
  if (suppressed.length === 0) return [p.bold("Suppressed: nothing.")];
  const lines = [p.bold(`Suppressed (${suppressed.length}):`)];
  for (const f of suppressed) {
    lines.push(`  ${location(f)}  ${f.ruleId}  ${printable(f.secret)}  ${p.dim(f.fingerprint)}`, `      ${f.suppression.kind}: ${printable(f.suppression.reason)}`);
  }
  return lines;
}
function tally(findings) {
  const count = (key) => {
    const m = /* @__PURE__ */ new Map();
    for (const f of findings) {
      const k = key(f);
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(", ");
  };
  const byStatus = count((f) => f.history?.status === "present" ? "present at HEAD" : f.history?.status === "removed" ? "history only" : void 0);
  return [`By rule:   ${count((f) => f.ruleId)}`, ...byStatus ? [`By status: ${byStatus}`] : []];
}
function adviceFor(options, findings) {
  const failOn = options.failOn ?? "medium";
  if (findings.some((f) => severityRank(f.severity) >= severityRank(failOn))) return advice(options.command, findings);
  return [
    `Nothing here reaches --fail-on ${failOn}: reported, not failing the run (low: test keys, encrypted keys, person-chosen passwords in tests, examples and docs).`,
    "Check them all the same; `--fail-on low` makes them fail the run."
  ];
}
function advice(command, findings) {
  const aws = findings.some((f) => f.tags.includes("aws"));
  switch (command) {
    case "staged":
      return [
        "leakguard blocked this commit: the staged changes add a secret.",
        "Fix: remove it from the file (read it from the environment or a secret manager), then `git add` the file again.",
        "Not a secret? Put `leakguard:allow` in a comment on that line, or run `leakguard ignore <id>` (it goes into .leakguardignore)."
      ];
    case "message":
      return ["leakguard blocked this commit: the commit message contains a secret. Write the message again without it."];
    case "history":
      return [
        "A secret in git history stays reachable after it is deleted from the code: revoke (rotate) it first,",
        "then remove it from the code; rewriting history comes last and does not un-leak it.",
        ...aws ? ["AWS keys: deactivate the access key before anything else (aws iam update-access-key --status Inactive)."] : []
      ];
    default:
      return [
        "Remove the secrets from these files. Any that was ever committed, pushed or shared must be revoked (rotated).",
        ...aws ? ["AWS keys: deactivate the access key before anything else (aws iam update-access-key --status Inactive)."] : []
      ];
  }
}
function prePushAdvice(findings) {
  const aws = findings.some((f) => f.tags.includes("aws"));
  return [
    "leakguard blocked this push: the commits being pushed add a secret. Nothing was sent.",
    "Fix the commits that are not pushed yet, then push again:",
    "  - in the last commit: remove the secret, `git add` the file, `git commit --amend`;",
    "  - in an earlier one: `git rebase -i <remote>/<branch>`, mark that commit `edit`, remove the secret, `git commit --amend`, `git rebase --continue`;",
    "  - or start over: `git reset --soft <remote>/<branch>` keeps the changes staged; remove the secret and commit again.",
    "Not a secret? Put `leakguard:allow` in a comment on that line, or run `leakguard ignore <id>`.",
    "A key that already left this machine (pushed to another remote, shared, pasted) must be revoked (rotated) as well: rewriting these commits does not un-leak it.",
    ...aws ? ["AWS keys that left the machine: deactivate the access key first (aws iam update-access-key --status Inactive)."] : []
  ];
}
var WHERE = { scan: "in files", staged: "in staged changes", history: "in history", message: "in the commit message" };
function summary(result, options, p = painter(false)) {
  const n = result.findings.length;
  const counts = SEVERITIES.map((s2) => [s2, result.findings.filter((f) => f.severity === s2).length]).filter(([, k]) => k > 0).map(([s2, k]) => `${k} ${s2}`).join(", ");
  const head = n === 0 ? p.green("No secrets found") : p.red(p.bold(`${n} secret${n === 1 ? "" : "s"} found`)) + ` (${counts})`;
  const s = result.stats;
  const scanned = [
    options.command === "history" ? `${s.commits} commit${s.commits === 1 ? "" : "s"}` : `${s.files} file${s.files === 1 ? "" : "s"}`,
    formatBytes(s.bytes),
    `${s.ms} ms`
  ].join(", ");
  const errors = result.errors.length ? `, ${result.errors.length} error${result.errors.length === 1 ? "" : "s"}` : "";
  return `${head} ${WHERE[options.command]} \xB7 ${scanned}${errors}`;
}

export {
  describeVerification,
  textFormatter,
  summary
};
