/**
 * `--format sarif`: SARIF 2.1.0, the format GitHub code scanning (and most security
 * dashboards) ingest. Every rule in force is described in `tool.driver.rules`; each
 * finding is a result with its region (SARIF's `endColumn` is exclusive, ours inclusive),
 * a content-based `partialFingerprints` entry (the finding's `rule-id:secret-hash`, so an
 * alert survives line moves, renames and rebases) and, for history findings, the commit.
 * Scan errors become tool execution notifications; with --explain-suppressed the
 * suppressed findings are results carrying SARIF `suppressions`.
 *
 * GitHub rejects a whole SARIF file if one result has no artifact URI: a finding in a
 * commit message (no file) points at `COMMIT_EDITMSG`, with the commit in its message.
 */
import type { Finding, RelatedPart, Severity, SuppressedFinding } from '../types.js';
import type { FormatOptions, Formatter, RuleInfo } from './formatter.js';
import { safeJson } from '../util.js';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub's scale: 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.5' };
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** the key of leakguard's fingerprint in `partialFingerprints` */
export const FINGERPRINT_KEY = 'leakguardFingerprint/v1';
const MESSAGE_URI = 'COMMIT_EDITMSG';
const HELP =
  'A secret in a repository must be treated as leaked: revoke (rotate) it first, then remove it from the code and read it from ' +
  'the environment or a secret manager. Not a secret? Run `leakguard ignore <fingerprint>` (the fingerprint is in the result).';

export const sarifFormatter: Formatter = {
  name: 'sarif',
  format(result, options) {
    const rules = options.rules.map(ruleDescriptor);
    const index = new Map(options.rules.map((r, i) => [r.id, i]));
    const results = [...result.findings.map((f) => sarifResult(f, index)), ...(result.suppressed ?? []).map((f) => suppressedResult(f, index))];
    const log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'leakguard', semanticVersion: options.version, version: options.version, rules } },
          invocations: [invocation(result.errors, result.stats.ms, options)],
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    };
    return safeJson(log, 2) + '\n';
  },
};

function ruleDescriptor(r: RuleInfo) {
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} (leakguard rule ${r.id})` },
    help: { text: HELP },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [...new Set(['security', 'secret', ...r.tags])], precision: 'high', 'security-severity': SECURITY_SEVERITY[r.severity] },
  };
}

function invocation(errors: ReadonlyArray<{ file: string | null; message: string }>, ms: number, options: FormatOptions) {
  const end = new Date(Date.parse(options.startedAt) + ms).toISOString();
  return {
    executionSuccessful: errors.length === 0,
    startTimeUtc: options.startedAt,
    endTimeUtc: end,
    toolExecutionNotifications: errors.map((e) => ({
      level: 'error',
      message: { text: e.file === null ? e.message : `${e.file}: ${e.message}` },
      ...(e.file !== null ? { locations: [{ physicalLocation: { artifactLocation: { uri: toUri(e.file) } } }] } : {}),
    })),
  };
}

function sarifResult(f: Finding, index: ReadonlyMap<string, number>) {
  const ruleIndex = index.get(f.ruleId);
  const related = f.related ?? [];
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: messageText(f) },
    locations: [{ physicalLocation: physical(f.file, f) }],
    ...(related.length ? { relatedLocations: related.map((r, i) => relatedLocation(f.file, r, i)) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: properties(f),
  };
}

function suppressedResult(f: SuppressedFinding, index: ReadonlyMap<string, number>) {
  const kind = f.suppression.kind === 'inline' ? 'inSource' : 'external';
  return { ...sarifResult(f, index), suppressions: [{ kind, status: 'accepted', justification: `${f.suppression.kind}: ${f.suppression.reason}` }] };
}

function messageText(f: Finding): string {
  const parts = [`${f.description}: ${f.secret}`];
  if (f.decoded) parts.push(`found in ${f.decoded.join(' > ')}-decoded text`);
  for (const r of f.related ?? []) parts.push(`paired with ${r.description} ${r.secret} on line ${r.line}`);
  if (f.file === null) parts.push(f.commit ? `in the message of commit ${f.commit.sha}` : 'in the commit message');
  else if (f.commit) parts.push(`added by commit ${f.commit.sha.slice(0, 12)} (${f.commit.author}, ${f.commit.date.slice(0, 10)})`);
  return parts.join(', ') + '.';
}

function physical(file: string | null, at: { line: number; column: number; endLine: number; endColumn: number }) {
  return {
    artifactLocation: { uri: toUri(file ?? MESSAGE_URI) },
    region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn + 1 },
  };
}

function relatedLocation(file: string | null, r: RelatedPart, i: number) {
  return { id: i + 1, physicalLocation: physical(file, r), message: { text: `${r.description}: ${r.secret}` } };
}

function properties(f: Finding): Record<string, unknown> {
  const p: Record<string, unknown> = { severity: f.severity, secret: f.secret, fingerprint: f.fingerprint, tags: f.tags };
  if (f.decoded) p.decoded = f.decoded;
  if (f.related?.length) p.related = f.related.map((r) => ({ ruleId: r.ruleId, secret: r.secret, line: r.line, fingerprint: r.fingerprint }));
  if (f.commit) {
    const { sha, author, email, date, message } = f.commit;
    p.commit = { sha, author, email, date, message };
  }
  if (f.history) {
    p.occurrences = f.history.occurrences;
    p.files = f.history.files;
  }
  return p;
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, `%`, `#`, `?`, quotes, newlines, non-ASCII). */
export function toUri(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg.replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => (isPaired(s, i) ? c : '\uFFFD'))))
    .join('/');
}

function isPaired(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c <= 0xdbff) return i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}
