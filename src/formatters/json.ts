/**
 * `--format json`: one object, the versioned wire format documented in the README
 * (`version`, `findings`, `errors`, `notes` when there are any, `stats`, and `suppressed` with
 * --explain-suppressed).
 * Fields are only ever added.
 */
import type { Finding, SuppressedFinding } from '../types.js';
import type { Formatter } from './formatter.js';
import { safeJson } from '../util.js';

export const JSON_VERSION = 1;

export function findingToJson(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: f.secret,
    match: f.match,
    fingerprint: f.fingerprint,
    secretHash: f.secretHash,
    entropy: f.entropy,
    tags: f.tags,
  };
  if (f.context) out.context = f.context;
  if (f.related) out.related = f.related;
  if (f.decoded) out.decoded = f.decoded;
  if (f.aws) out.aws = f.aws;
  if (f.commit) {
    const { sha, author, email, date, message } = f.commit;
    out.commit = { sha, author, email, date, message };
  }
  if (f.gitTag !== undefined) out.gitTag = f.gitTag;
  if (f.history) {
    out.occurrences = f.history.occurrences;
    out.files = f.history.files;
    if (f.history.status) out.status = f.history.status;
    if (f.history.removedIn !== undefined) out.removedIn = f.history.removedIn;
  }
  return out;
}

/** --explain-suppressed: a finding's fields plus `suppression: { kind, reason }`. */
function suppressedToJson(f: SuppressedFinding): Record<string, unknown> {
  return { ...findingToJson(f), suppression: f.suppression };
}

export const jsonFormatter: Formatter = {
  name: 'json',
  format(result) {
    const body = {
      version: JSON_VERSION,
      findings: result.findings.map(findingToJson),
      errors: result.errors,
      // what was skipped (binaries, large files) or left out unscanned (submodules, LFS objects)
      ...(result.notes.length ? { notes: result.notes } : {}),
      stats: result.stats,
      ...(result.suppressed ? { suppressed: result.suppressed.map(suppressedToJson) } : {}),
    };
    return safeJson(body, 2) + '\n';
  },
};
