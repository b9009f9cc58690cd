import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  commitTips
} from "./chunk-CU3XLQBR.js";
import {
  incidentsOf,
  mergeIncidents
} from "./chunk-7W2HRHUU.js";
import {
  VERSION
} from "./chunk-CDREP44S.js";
import {
  gitOutput
} from "./chunk-MWLPOBSF.js";
import {
  mkdtempSync,
  readFileSync,
  rmSync
} from "./chunk-GDYWKFCI.js";
import {
  errorMessage
} from "./chunk-HWRS3BVT.js";
import {
  nodeCrypto
} from "./chunk-Y6BKULSA.js";

// src/org/audit.ts
import { spawn } from "node:child_process";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
function rulesKey(specs, configText) {
  return nodeCrypto().createHash("sha256").update(JSON.stringify([VERSION, specs, configText])).digest("hex").slice(0, 16);
}
async function auditOrg(entries, options) {
  const started = Date.now();
  const results = new Array(entries.length);
  let next = 0;
  let done = 0;
  let commits = 0;
  const childJobs = Math.max(1, Math.floor(cpus().length / Math.max(1, options.jobs)));
  const worker = async () => {
    while (next < entries.length && !options.signal?.aborted) {
      const i = next++;
      results[i] = await auditRepo(entries[i], options, childJobs);
      done++;
      commits += results[i].summary.newCommits ?? 0;
      options.onRepo?.(done, entries.length, commits);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs, entries.length) }, worker));
  const errors = [];
  if (options.signal?.aborted) errors.push({ repo: null, message: `interrupted: the report holds the ${done} of ${entries.length} repositories audited before Ctrl-C` });
  return buildReport(entries, (_, i) => results[i] ?? { error: "not audited: interrupted" }, errors, Date.now() - started);
}
function buildReport(entries, resultOf, extra, ms) {
  const errors = [];
  const repos = [];
  const incidents = [];
  entries.forEach((e, i) => {
    const r = resultOf(e, i);
    if (!("summary" in r)) {
      repos.push({ repo: e.name, commits: 0, scannedTips: [], error: r.error });
      errors.push({ repo: e.name, message: r.error });
      return;
    }
    repos.push(r.summary);
    if (r.summary.error) errors.push({ repo: e.name, message: r.summary.error });
    incidents.push(...incidentsOf(e.name, r.findings));
  });
  errors.push(...extra);
  return {
    version: 1,
    incidents: mergeIncidents(incidents),
    repos,
    errors,
    stats: {
      repos: entries.length,
      failed: repos.filter((r) => r.error).length,
      commits: repos.reduce((n, r) => n + r.commits, 0),
      newCommits: repos.reduce((n, r) => n + (r.newCommits ?? 0), 0),
      ms
    }
  };
}
async function auditRepo(entry, options, childJobs) {
  const { cache } = options;
  const failed = (message, state2) => ({
    summary: { repo: entry.name, commits: state2?.commits ?? 0, newCommits: 0, scannedTips: state2?.tips ?? [], error: message },
    // what an earlier run found stays in the report: a repository that cannot be fetched today still leaked yesterday
    findings: state2?.findings ?? []
  });
  const previous = cache.readState(entry);
  const state = previous && previous.rulesKey === options.rulesKey && !options.full ? previous : null;
  let tips;
  try {
    tips = await cache.update(entry, options.signal);
  } catch (err) {
    return failed(`cannot clone or fetch: ${errorMessage(err)}`, previous);
  }
  if (state && same(state.tips, tips)) {
    return { summary: { repo: entry.name, commits: state.commits, newCommits: 0, scannedTips: tips, incremental: true }, findings: state.findings };
  }
  const mirror = cache.mirrorOf(entry);
  const newTips = commitTips(tips).filter((t) => !state?.tips.includes(t));
  const oldTips = state ? await existing(commitTips(state.tips), mirror) : [];
  let scanned = { findings: [], commits: 0 };
  if (newTips.length) {
    try {
      scanned = await historyOf(mirror, [...newTips, ...oldTips.map((t) => `^${t}`)], options, childJobs);
    } catch (err) {
      return failed(errorMessage(err), previous);
    }
  }
  const findings = state ? union(state.findings, scanned.findings) : scanned.findings;
  const total = (state?.commits ?? 0) + scanned.commits;
  cache.writeState(entry, { version: 1, repo: entry.name, rulesKey: options.rulesKey, tips, commits: total, findings, auditedAt: (/* @__PURE__ */ new Date()).toISOString() });
  return { summary: { repo: entry.name, commits: total, newCommits: scanned.commits, scannedTips: tips, incremental: state !== null }, findings };
}
var same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
async function existing(tips, mirror) {
  if (!tips.length) return [];
  const out = (await gitOutput(["cat-file", "--batch-check=%(objectname) %(objecttype)"], { cwd: mirror, input: tips.join("\n") + "\n" })).toString("latin1");
  return out.split("\n").filter((l) => / (commit|tag)$/.test(l)).map((l) => l.split(" ")[0]);
}
function union(old, added) {
  const key = (f) => `${f.fingerprint}\0${f.file}\0${f.commit?.sha ?? ""}`;
  const seen = new Set(old.map(key));
  return [...old, ...added.filter((f) => !seen.has(key(f)))];
}
async function historyOf(mirror, revs, options, jobs) {
  const out = mkdtempSync(join(tmpdir(), "leakguard-org-"));
  const file = join(out, "report.json");
  const args = [options.bin, "history", "--format", "json", "--output", file, "--jobs", String(jobs), ...options.configFile ? ["--config", options.configFile] : ["--no-config"], "--", ...revs];
  try {
    const { code, stderr } = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: mirror, stdio: ["ignore", "ignore", "pipe"], signal: options.signal });
      let err = "";
      child.stderr.setEncoding("utf8").on("data", (d) => err = (err + d).slice(-4e3));
      child.on("error", (e) => e.name === "AbortError" ? resolve({ code: null, stderr: "interrupted" }) : reject(e));
      child.on("close", (c) => resolve({ code: c, stderr: err }));
    });
    if (code !== 0 && code !== 1) {
      const why = stderr.split("\n").filter((l) => l.startsWith("leakguard:") && !/secrets? found|no secrets found/i.test(l)).pop();
      throw new Error(`audit failed: ${why?.replace(/^leakguard: /, "") ?? `exit ${code}`}`);
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    return { findings: report.findings, commits: report.stats.commits };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export {
  rulesKey,
  auditOrg,
  buildReport,
  auditRepo
};
