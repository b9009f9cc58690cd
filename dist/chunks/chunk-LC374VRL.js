import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  SEVERITIES,
  severityRank
} from "./chunk-WWMHRRQY.js";

// src/org/report.ts
function incidentsOf(repo, findings) {
  return mergeIncidents(
    findings.map((f) => ({
      secretHash: f.secretHash,
      ruleId: f.ruleId,
      description: f.description,
      severity: f.severity,
      secret: f.secret,
      fingerprint: f.fingerprint,
      related: (f.related ?? []).filter((r) => r.fingerprint).map((r) => ({ ruleId: r.ruleId, fingerprint: r.fingerprint, secret: r.secret })),
      ...f.aws ? { aws: { keyType: f.aws.keyType, account: f.aws.account, paired: f.aws.paired } } : {},
      locations: [
        {
          repo,
          file: f.file,
          line: f.line,
          commit: f.commit ? { sha: f.commit.sha, author: f.commit.author, email: f.commit.email, date: f.commit.date, message: f.commit.message } : null,
          status: f.status ?? null,
          removedIn: f.removedIn ?? null
        }
      ]
    }))
  );
}
var locationKey = (l) => JSON.stringify([l.repo, l.file, l.line, l.commit?.sha ?? null]);
function mergeIncidents(list) {
  const byHash = /* @__PURE__ */ new Map();
  for (const inc of list) {
    const have = byHash.get(inc.secretHash);
    if (!have) {
      byHash.set(inc.secretHash, { ...inc, related: [...inc.related], locations: [...inc.locations] });
      continue;
    }
    if (severityRank(inc.severity) > severityRank(have.severity)) have.severity = inc.severity;
    const seen = new Set(have.locations.map(locationKey));
    for (const l of inc.locations) if (!seen.has(locationKey(l))) seen.add(locationKey(l)), have.locations.push(l);
    const rel = new Set(have.related.map((r) => r.fingerprint));
    for (const r of inc.related) if (!rel.has(r.fingerprint)) rel.add(r.fingerprint), have.related.push(r);
    if (inc.aws) have.aws = have.aws ? { ...have.aws, account: have.aws.account ?? inc.aws.account, paired: have.aws.paired || inc.aws.paired } : inc.aws;
  }
  const out = [...byHash.values()];
  for (const inc of out) inc.locations.sort((a, b) => cmp(a.repo, b.repo) || cmp(a.file ?? "", b.file ?? "") || a.line - b.line || cmp(a.commit?.date ?? "", b.commit?.date ?? ""));
  return out.sort(bySeverityAndExposure);
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function bySeverityAndExposure(a, b) {
  const present = (i) => i.locations.some((l) => l.status === "present") ? 1 : 0;
  const repos = (i) => new Set(i.locations.map((l) => l.repo)).size;
  return severityRank(b.severity) - severityRank(a.severity) || present(b) - present(a) || repos(b) - repos(a) || cmp(a.ruleId, b.ruleId) || cmp(a.secretHash, b.secretHash);
}
function mergeReports(reports) {
  const repos = /* @__PURE__ */ new Map();
  for (const r of reports) for (const s of r.repos) repos.set(s.repo, s);
  const list = [...repos.values()].sort((a, b) => cmp(a.repo, b.repo));
  const known = new Set(list.map((s) => s.repo));
  const incidents = mergeIncidents(reports.flatMap((r) => r.incidents)).map((i) => ({ ...i, locations: i.locations.filter((l) => known.has(l.repo)) }));
  return {
    version: 1,
    incidents: incidents.filter((i) => i.locations.length),
    repos: list,
    errors: reports.flatMap((r) => r.errors),
    stats: {
      repos: list.length,
      failed: list.filter((s) => s.error).length,
      commits: list.reduce((n, s) => n + s.commits, 0),
      newCommits: list.reduce((n, s) => n + (s.newCommits ?? 0), 0),
      ms: Math.max(0, ...reports.map((r) => r.stats.ms))
    }
  };
}
function reportProblem(data) {
  const r = data;
  if (!r || typeof r !== "object") return "not a JSON object";
  if (r.version !== 1) return "not an organisation report (version 1 expected)";
  if (!Array.isArray(r.incidents) || !Array.isArray(r.repos) || !Array.isArray(r.errors)) return "not an organisation report (incidents, repos and errors expected)";
  for (const i of r.incidents) if (!i || typeof i.secretHash !== "string" || !Array.isArray(i.locations) || !SEVERITIES.includes(i.severity)) return "an incident lacks secretHash, severity or locations";
  return null;
}

export {
  incidentsOf,
  mergeIncidents,
  mergeReports,
  reportProblem
};
