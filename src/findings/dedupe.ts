/**
 * Findings are reported once. Within one scan the same rule at the same position is one
 * finding (overlapping windows of a long line can see a match twice). In a history, the
 * same secret added to the same file by several commits is one finding, at the commit
 * that introduced it (the oldest, by the source's age rank), with the number of commits
 * that added it and every file the secret was added to. A finding's paired parts are part
 * of what it is: a key ID committed alone, then a secret pasted next to it by a later
 * commit, are two findings (the second names both parts); the same position seen twice
 * in one scan (chunks that overlap) keeps the paired parts of both.
 */
import { severityRank, type Finding } from '../types.js';

/** Age rank of a commit: higher is older. */
export type Rank = (sha: string) => number;

interface Entry {
  finding: Finding;
  commits: Set<string>;
}

export class FindingSet {
  private readonly byKey = new Map<string, Entry>();
  private readonly plain = new Map<string, Finding>();
  /** history: the files each secret was added to */
  private readonly filesOf = new Map<string, Set<string>>();

  constructor(private readonly options: { history: boolean; rank?: Rank }) {}

  add(f: Finding): void {
    if (!this.options.history) {
      const key = `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}`;
      const prior = this.plain.get(key);
      if (!prior) this.plain.set(key, f);
      else this.plain.set(key, mergeRelated(prior, f));
      return;
    }
    const related = f.related?.length ? `\0${f.related.map((r) => r.fingerprint ?? r.ruleId).sort().join('\0')}` : '';
    const key = `${f.file ?? (f.gitTag !== undefined ? `\0tag ${f.gitTag}` : '\0message')}\0${f.ruleId}\0${f.secretHash}${related}`;
    if (f.file !== null) {
      let files = this.filesOf.get(f.secretHash);
      if (!files) this.filesOf.set(f.secretHash, (files = new Set()));
      files.add(f.file);
    }
    const sha = f.commit?.sha ?? '';
    const entry = this.byKey.get(key);
    if (!entry) {
      this.byKey.set(key, { finding: f, commits: new Set([sha]) });
      return;
    }
    entry.commits.add(sha);
    const rank = this.options.rank ?? (() => 0);
    const current = entry.finding.commit?.sha ?? '';
    // an older commit introduced it; within one commit, the first line
    if (rank(sha) > rank(current) || (sha === current && f.line < entry.finding.line)) entry.finding = f;
  }

  findings(): Finding[] {
    if (!this.options.history) return [...this.plain.values()];
    return [...this.byKey.values()].map(({ finding, commits }) => ({
      ...finding,
      history: { occurrences: commits.size, files: [...(this.filesOf.get(finding.secretHash) ?? [])].sort() },
    }));
  }
}

/** `a` with the paired parts of `b` it lacks (the same finding seen by two overlapping chunks). */
function mergeRelated(a: Finding, b: Finding): Finding {
  const extra = (b.related ?? []).filter((r) => !(a.related ?? []).some((q) => q.fingerprint === r.fingerprint && q.line === r.line && q.column === r.column));
  if (extra.length === 0) return a;
  const severity = severityRank(b.severity) > severityRank(a.severity) ? b.severity : a.severity;
  return { ...a, severity, related: [...(a.related ?? []), ...extra] };
}
