/**
 * How the organisation report reads: `json` (the contract in the README), `text` (one block
 * per incident, every location on a line), `markdown` (a table per incident, for a ticket)
 * and `html` (the HTML report's page, each location a row, so one secret's locations link
 * up in its timeline). Every string from a repository goes through the same escaping as in
 * the single-repository formats.
 */
import { LeakguardError } from '../errors.js';
import type { AwsKeyType, Finding, ScanResult } from '../types.js';
import { SEVERITIES } from '../types.js';
import { printable } from '../util.js';
import { VERSION } from '../version.js';
import type { Incident, Location, OrgReport } from './report.js';

export const ORG_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type OrgFormat = (typeof ORG_FORMATS)[number];

export function checkOrgFormat(value: string): OrgFormat {
  if ((ORG_FORMATS as readonly string[]).includes(value)) return value as OrgFormat;
  throw new LeakguardError(`--format: ${value}: the organisation report's formats are ${ORG_FORMATS.join(', ')}`);
}

export async function formatOrg(report: OrgReport, format: OrgFormat, startedAt: string): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'markdown':
      return markdown(report);
    case 'html': {
      const { htmlFormatter } = await import('../formatters/html.js');
      return htmlFormatter.format(asScanResult(report), { color: false, command: 'history', verbose: false, version: VERSION, rules: [], startedAt, scope: `${report.stats.repos} repositories` });
    }
    default:
      return text(report);
  }
}

export function orgSummary(report: OrgReport): string {
  const n = report.incidents.length;
  const counts = SEVERITIES.map((s) => [s, report.incidents.filter((i) => i.severity === s).length] as const)
    .filter(([, k]) => k > 0)
    .map(([s, k]) => `${k} ${s}`)
    .join(', ');
  const repos = new Set(report.incidents.flatMap((i) => i.locations.map((l) => l.repo))).size;
  const head = n === 0 ? 'No secrets found' : `${n} secret${n === 1 ? '' : 's'} (${counts}) in ${repos} repositor${repos === 1 ? 'y' : 'ies'}`;
  const s = report.stats;
  return `${head} · ${s.repos} repositor${s.repos === 1 ? 'y' : 'ies'} audited${s.failed ? ` (${s.failed} failed)` : ''}, ${s.commits} commits (${s.newCommits} new), ${s.ms} ms`;
}

function where(l: Location): string {
  const status = l.status === 'present' ? 'present at HEAD' : l.status === 'removed' ? `history only${l.removedIn ? ` (removed in ${l.removedIn.slice(0, 12)})` : ''}` : '';
  const commit = l.commit ? `${l.commit.sha.slice(0, 12)} ${l.commit.date.slice(0, 10)} ${printable(l.commit.author)}` : '';
  return [`${printable(l.repo)}: ${l.file === null ? 'commit message' : printable(l.file)}:${l.line}`, commit, status].filter(Boolean).join('  ');
}

function awsText(i: Incident): string {
  return i.aws ? `  AWS ${i.aws.keyType}, account ${i.aws.account ?? 'not encoded'}${i.aws.paired ? ', secret found next to it' : ''}` : '';
}

function text(report: OrgReport): string {
  const out: string[] = [];
  for (const i of report.incidents) {
    const repos = new Set(i.locations.map((l) => l.repo)).size;
    out.push(`${i.severity}  ${i.ruleId}  ${printable(i.secret)}${awsText(i)}`, `    in ${repos} repositor${repos === 1 ? 'y' : 'ies'}, ${i.locations.length} location${i.locations.length === 1 ? '' : 's'}; id ${i.fingerprint}`);
    for (const l of i.locations) out.push(`    ${where(l)}`);
    out.push('');
  }
  for (const e of report.errors) out.push(`error: ${e.repo ? `${printable(e.repo)}: ` : ''}${printable(e.message)}`);
  if (report.errors.length) out.push('');
  out.push(orgSummary(report));
  return out.join('\n') + '\n';
}

function cell(s: string): string {
  return printable(s).replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function markdown(report: OrgReport): string {
  const out = [`### leakguard organisation audit: ${cell(orgSummary(report))}`, ''];
  for (const i of report.incidents) {
    out.push(`#### ${i.severity}: \`${i.ruleId}\` ${cell(i.secret)}${cell(awsText(i))}`, '', '| Repository | Location | Commit | Status |', '| --- | --- | --- | --- |');
    for (const l of i.locations) {
      const status = l.status === 'present' ? 'present at HEAD' : l.status === 'removed' ? `history only${l.removedIn ? ` (removed in ${l.removedIn.slice(0, 12)})` : ''}` : '';
      out.push(`| ${cell(l.repo)} | ${cell(l.file ?? 'commit message')}:${l.line} | ${l.commit ? `${l.commit.sha.slice(0, 12)} ${cell(l.commit.date.slice(0, 10))}` : ''} | ${status} |`);
    }
    out.push('');
  }
  if (report.errors.length) out.push('**Errors**', '', ...report.errors.map((e) => `- ${e.repo ? `${cell(e.repo)}: ` : ''}${cell(e.message)}`), '');
  return out.join('\n');
}

/** The organisation report as a single report whose findings are its locations (`repo: file`). */
function asScanResult(report: OrgReport): ScanResult {
  const findings: Finding[] = report.incidents.flatMap((i) =>
    i.locations.map((l) => ({
      ruleId: i.ruleId,
      description: i.description,
      severity: i.severity,
      file: l.file === null ? null : `${l.repo}: ${l.file}`,
      line: l.line,
      column: 1,
      endLine: l.line,
      endColumn: 1,
      secret: i.secret,
      match: i.secret,
      tags: [i.ruleId.split('-')[0]!],
      fingerprint: i.fingerprint,
      secretHash: i.secretHash,
      related: i.related.map((r) => ({ ruleId: r.ruleId, description: '', secret: r.secret, line: l.line, column: 1, endLine: l.line, endColumn: 1, fingerprint: r.fingerprint })),
      origin: 'commit' as const,
      ...(l.commit ? { commit: { ...l.commit } } : {}),
      history: { occurrences: 1, status: l.status ?? undefined, removedIn: l.removedIn, files: [] },
      ...(i.aws && ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'].includes(i.aws.keyType)
        ? { aws: { keyType: i.aws.keyType as AwsKeyType, account: i.aws.account, paired: i.aws.paired, sessionToken: false, verification: null } }
        : {}),
    })),
  );
  return {
    findings,
    errors: report.errors.map((e) => ({ file: e.repo, message: e.message })),
    notes: [],
    stats: { files: 0, commits: report.stats.commits, bytes: 0, ms: report.stats.ms },
  };
}
