/**
 * Findings are reported once. Within one scan the same rule at the same position is one
 * finding (overlapping windows of a long line can see a match twice). In a history, the
 * same secret added to the same file by several commits is one finding, at the commit
 * that introduced it (the oldest: git log lists newest first), with the number of commits
 * that added it and every file the secret was added to.
 */
import type { Finding } from '../types.js';

export class FindingSet {
  private readonly byKey = new Map<string, Finding>();
  private readonly history: boolean;
  /** history: the files each secret was added to */
  private readonly filesOf = new Map<string, Set<string>>();
  private readonly lastCommit = new Map<string, string>();

  constructor(options: { history: boolean }) {
    this.history = options.history;
  }

  add(f: Finding): void {
    if (!this.history) {
      const key = `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}`;
      if (!this.byKey.has(key)) this.byKey.set(key, f);
      return;
    }
    const key = `${f.file ?? '\0message'}\0${f.ruleId}\0${f.secretHash}`;
    if (f.file !== null) {
      let files = this.filesOf.get(f.secretHash);
      if (!files) this.filesOf.set(f.secretHash, (files = new Set()));
      files.add(f.file);
    }
    const prior = this.byKey.get(key);
    const sha = f.commit?.sha ?? '';
    if (!prior) {
      this.byKey.set(key, { ...f, history: { occurrences: 1, files: [] } });
      this.lastCommit.set(key, sha);
      return;
    }
    const sameCommit = this.lastCommit.get(key) === sha;
    const occurrences = prior.history!.occurrences + (sameCommit ? 0 : 1);
    this.lastCommit.set(key, sha);
    // later in git log's order = older: that commit introduced it (unless it is the same commit)
    this.byKey.set(key, sameCommit ? prior : { ...f, history: { ...prior.history!, occurrences } });
  }

  get size(): number {
    return this.byKey.size;
  }

  findings(): Finding[] {
    const out = [...this.byKey.values()];
    if (this.history) {
      for (const f of out) f.history = { ...f.history!, files: [...(this.filesOf.get(f.secretHash) ?? [])].sort() };
    }
    return out;
  }
}
