import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  safeJson
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/formatters/gitlab.ts
import { createHash } from "node:crypto";
var GITLAB_SCHEMA_VERSION = "15.2.1";
var SCHEMA = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;
var SEVERITY = { critical: "Critical", high: "High", medium: "Medium", low: "Low", info: "Info" };
var NO_COMMIT = "0000000";
var SOLUTION = "Revoke (rotate) the secret first, then remove it from the code and read it from the environment or a secret manager.";
var gitlabFormatter = {
  name: "gitlab",
  format(result, options) {
    const tool = { id: "leakguard", name: "leakguard", version: options.version, vendor: { name: "leakguard" } };
    const report = {
      version: GITLAB_SCHEMA_VERSION,
      schema: SCHEMA,
      scan: {
        analyzer: tool,
        scanner: tool,
        type: "secret_detection",
        start_time: gitlabTime(options.startedAt),
        end_time: gitlabTime(new Date(Date.parse(options.startedAt) + result.stats.ms).toISOString()),
        status: "success",
        messages: result.errors.map((e) => ({ level: "warn", value: e.file === null ? e.message : `${e.file}: ${e.message}` }))
      },
      vulnerabilities: result.findings.map(vulnerability)
    };
    return safeJson(report, 2) + "\n";
  }
};
function gitlabTime(iso) {
  return iso.slice(0, 19);
}
function vulnerability(f) {
  const where = f.file === null ? "a commit message" : f.file;
  const paired = (f.related ?? []).map((r) => ` It is paired with ${r.description} ${r.secret} (line ${r.line}).`).join("") + (f.decoded ? ` Found in ${f.decoded.join(" > ")}-decoded text.` : "");
  return {
    id: uuid(`${f.fingerprint}\0${f.file ?? ""}\0${f.line}\0${f.column}\0${f.commit?.sha ?? ""}`),
    name: f.description,
    description: `${f.description} ${f.secret} in ${where}, line ${f.line} (leakguard rule ${f.ruleId}, fingerprint ${f.fingerprint}).${paired}`,
    severity: SEVERITY[f.severity],
    solution: SOLUTION,
    identifiers: [{ type: "leakguard_rule_id", name: `leakguard rule ${f.ruleId}`, value: f.ruleId }],
    location: {
      file: f.file ?? "COMMIT_EDITMSG",
      start_line: f.line,
      end_line: f.endLine,
      commit: f.commit ? { sha: f.commit.sha, author: `${f.commit.author} <${f.commit.email}>`, date: f.commit.date, message: f.commit.message } : { sha: NO_COMMIT }
    }
  };
}
function uuid(key) {
  const h = createHash("sha256").update(key, "utf8").digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
export {
  GITLAB_SCHEMA_VERSION,
  gitlabFormatter
};
