/**
 * The organisation report: one incident per secret across every repository (linked by
 * `secretHash`, the same 16 hex digits every single-repository report gives), each with
 * every place it was added (repository, file, line, commit) and whether it is still at
 * HEAD there. Shard reports merge by the same rule, so `org merge` of N shards equals the
 * report of one machine that audited them all.
 */
import { SEVERITIES, severityRank, type Severity } from '../types.js';

/** A finding as the single-repository JSON report gives it (secrets already redacted). */
export interface OrgFinding {
  ruleId: string;
  description: string;
  severity: Severity;
  file: string | null;
  line: number;
  secret: string;
  secretHash: string;
  fingerprint: string;
  tags?: string[];
  related?: Array<{ ruleId: string; secret: string; line: number; fingerprint?: string }>;
  commit?: { sha: string; author: string; email: string; date: string; message: string };
  status?: 'present' | 'removed';
  removedIn?: string | null;
  aws?: { keyType: string; account: string | null; paired: boolean; sessionToken?: boolean };
}

export interface Location {
  repo: string;
  file: string | null;
  line: number;
  commit: { sha: string; author: string; email: string; date: string; message: string } | null;
  status: 'present' | 'removed' | null;
  removedIn: string | null;
}

export interface Incident {
  secretHash: string;
  ruleId: string;
  description: string;
  severity: Severity;
  /** redacted, as in every report */
  secret: string;
  fingerprint: string;
  /** the paired parts' fingerprints (an AWS key's secret access key, ...): what `org hunt --secret-hash` also matches */
  related: Array<{ ruleId: string; fingerprint: string; secret: string }>;
  aws?: { keyType: string; account: string | null; paired: boolean };
  locations: Location[];
}

export interface RepoSummary {
  repo: string;
  /** commits audited so far (all runs) */
  commits: number;
  /** commits audited by this run (0: unchanged since the last run) */
  newCommits?: number;
  scannedTips: string[];
  /** this run audited only what was new since the scanned tips */
  incremental?: boolean;
  error?: string;
}

export interface OrgReport {
  version: 1;
  incidents: Incident[];
  repos: RepoSummary[];
  errors: Array<{ repo: string | null; message: string }>;
  stats: { repos: number; failed: number; commits: number; newCommits: number; ms: number };
}

/** One repository's findings as incidents (one per secret). */
export function incidentsOf(repo: string, findings: readonly OrgFinding[]): Incident[] {
  return mergeIncidents(
    findings.map((f) => ({
      secretHash: f.secretHash,
      ruleId: f.ruleId,
      description: f.description,
      severity: f.severity,
      secret: f.secret,
      fingerprint: f.fingerprint,
      related: (f.related ?? []).filter((r) => r.fingerprint).map((r) => ({ ruleId: r.ruleId, fingerprint: r.fingerprint!, secret: r.secret })),
      ...(f.aws ? { aws: { keyType: f.aws.keyType, account: f.aws.account, paired: f.aws.paired } } : {}),
      locations: [
        {
          repo,
          file: f.file,
          line: f.line,
          commit: f.commit ? { sha: f.commit.sha, author: f.commit.author, email: f.commit.email, date: f.commit.date, message: f.commit.message } : null,
          status: f.status ?? null,
          removedIn: f.removedIn ?? null,
        },
      ],
    })),
  );
}

const locationKey = (l: Location) => JSON.stringify([l.repo, l.file, l.line, l.commit?.sha ?? null]);

/** Incidents of one secret become one: every location once, the worst severity, AWS facts combined. */
export function mergeIncidents(list: readonly Incident[]): Incident[] {
  const byHash = new Map<string, Incident>();
  for (const inc of list) {
    const have = byHash.get(inc.secretHash);
    if (!have) {
      byHash.set(inc.secretHash, { ...inc, related: [...inc.related], locations: [...inc.locations] });
      continue;
    }
    if (severityRank(inc.severity) > severityRank(have.severity)) have.severity = inc.severity;
    const seen = new Set(have.locations.map(locationKey));
    for (const l of inc.locations) if (!seen.has(locationKey(l))) (seen.add(locationKey(l)), have.locations.push(l));
    const rel = new Set(have.related.map((r) => r.fingerprint));
    for (const r of inc.related) if (!rel.has(r.fingerprint)) (rel.add(r.fingerprint), have.related.push(r));
    if (inc.aws) have.aws = have.aws ? { ...have.aws, account: have.aws.account ?? inc.aws.account, paired: have.aws.paired || inc.aws.paired } : inc.aws;
  }
  const out = [...byHash.values()];
  for (const inc of out) inc.locations.sort((a, b) => cmp(a.repo, b.repo) || cmp(a.file ?? '', b.file ?? '') || a.line - b.line || cmp(a.commit?.date ?? '', b.commit?.date ?? ''));
  return out.sort(bySeverityAndExposure);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Worst first: severity, then still present somewhere, then the number of repositories, then rule and hash. */
function bySeverityAndExposure(a: Incident, b: Incident): number {
  const present = (i: Incident) => (i.locations.some((l) => l.status === 'present') ? 1 : 0);
  const repos = (i: Incident) => new Set(i.locations.map((l) => l.repo)).size;
  return severityRank(b.severity) - severityRank(a.severity) || present(b) - present(a) || repos(b) - repos(a) || cmp(a.ruleId, b.ruleId) || cmp(a.secretHash, b.secretHash);
}

/** Shard reports (or any reports) as one: a repository listed twice keeps its last entry. */
export function mergeReports(reports: readonly OrgReport[]): OrgReport {
  const repos = new Map<string, RepoSummary>();
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
      ms: Math.max(0, ...reports.map((r) => r.stats.ms)),
    },
  };
}

/** Checks a file's JSON is an organisation report (for `org merge`); returns why not, or null. */
export function reportProblem(data: unknown): string | null {
  const r = data as Partial<OrgReport> | null;
  if (!r || typeof r !== 'object') return 'not a JSON object';
  if (r.version !== 1) return 'not an organisation report (version 1 expected)';
  if (!Array.isArray(r.incidents) || !Array.isArray(r.repos) || !Array.isArray(r.errors)) return 'not an organisation report (incidents, repos and errors expected)';
  for (const i of r.incidents) if (!i || typeof i.secretHash !== 'string' || !Array.isArray(i.locations) || !SEVERITIES.includes(i.severity)) return 'an incident lacks secretHash, severity or locations';
  return null;
}
