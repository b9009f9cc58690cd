/**
 * The suppression stage: a pure filter between deduplication and redaction that drops the
 * findings an ignore entry or the baseline covers, and says why. It sees whole secrets
 * (their hashes are what entries name) and decides nothing about what is a secret.
 *
 * A finding is dropped only when every one of its fingerprints is covered (a key ID's
 * finding also carries the secret key found next to it): ignoring a key ID never hides a
 * new secret pasted beside it.
 */
import type { Finding, SuppressedFinding, Suppression } from '../types.js';
import { fingerprintsOf } from './finding.js';
import type { IgnoreEntry } from './ignore-file.js';

/** A report fingerprint -> its salted form under the file's salt (salted.ts), computed before this pure stage. */
export type SaltedForms = ReadonlyMap<string, string>;

export interface SuppressOptions {
  ignore?: { label: string; entries: readonly IgnoreEntry[]; salted?: SaltedForms | undefined } | undefined;
  baseline?: { label: string; fingerprints: ReadonlySet<string>; salted?: SaltedForms | undefined } | undefined;
  /** a finding's path relative to the repository root, what ignore globs match (null: a commit message) */
  repoPath(f: Finding): string | null;
}

export function applySuppressions(findings: readonly Finding[], options: SuppressOptions): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const byFingerprint = new Map<string, IgnoreEntry[]>();
  for (const e of options.ignore?.entries ?? []) byFingerprint.set(e.fingerprint, [...(byFingerprint.get(e.fingerprint) ?? []), e]);
  for (const f of findings) {
    const why = suppression(f, options, byFingerprint);
    if (why) suppressed.push({ ...f, suppression: why });
    else kept.push(f);
  }
  return { findings: kept, suppressed };
}

function suppression(f: Finding, options: SuppressOptions, entries: ReadonlyMap<string, IgnoreEntry[]>): Suppression | undefined {
  const reasons: string[] = [];
  let ignored = false;
  let path: string | null | undefined;
  for (const fp of fingerprintsOf(f)) {
    const ignoreSalted = options.ignore?.salted?.get(fp);
    const candidates = [...(entries.get(fp) ?? []), ...(ignoreSalted ? (entries.get(ignoreSalted) ?? []) : [])];
    const entry = candidates.find((e) => !e.matches || ((path ??= options.repoPath(f)) !== null && e.matches(path)));
    const baselineSalted = options.baseline?.salted?.get(fp);
    if (entry) {
      ignored = true;
      reasons.push(`${options.ignore!.label}:${entry.line}${entry.path ? ` (path ${entry.path})` : ''}${entry.reason ? `: ${entry.reason}` : ''}`);
    } else if (options.baseline?.fingerprints.has(fp) || (baselineSalted !== undefined && options.baseline?.fingerprints.has(baselineSalted))) {
      reasons.push(`in ${options.baseline.label}`);
    } else {
      return undefined;
    }
  }
  return { kind: ignored ? 'ignore' : 'baseline', reason: [...new Set(reasons)].join('; ') };
}
