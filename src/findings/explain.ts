/**
 * `--explain-suppressed` for what the engine and the sources decide: candidates dropped by
 * an inline `leakguard:allow` marker, a rule's stopwords or allow regexes, and findings in
 * paths an allowlist excludes. The normal scan never pays for this: only with the flag
 * does the scan run the engine in explain mode (which keeps dropped candidates with their
 * reasons) and, since the sources then skip no allowlisted path, decide path allowlists
 * here, per fragment.
 *
 * Other reasons the engine drops a candidate (placeholder, entropy, validator, pairing,
 * duplicate) say "this is not a secret", not "this secret is suppressed": not listed.
 */
import { scanFragment, type RuleSet } from '../engine/engine.js';
import type { Rule } from '../engine/rule.js';
import type { Finding, Fragment, SuppressedFinding, Suppression } from '../types.js';
import { toFinding } from './finding.js';

/** Why a fragment's findings of `rule` fall under a path allowlist, or undefined. */
export type PathReason = (fragment: Fragment, rule: Rule) => string | undefined;

/** An engine drop reason that is a suppression, as a Suppression (see engine.ts dropReason). */
export function engineSuppression(dropped: string): Suppression | undefined {
  if (dropped.startsWith('inline:')) return { kind: 'inline', reason: dropped.slice('inline:'.length).trim() };
  if (dropped.startsWith('stopword:')) return { kind: 'allowlist', reason: dropped };
  if (dropped.startsWith('allowlist:')) return { kind: 'allowlist', reason: dropped.slice('allowlist:'.length).trim() };
  return undefined;
}

export class Explainer {
  private readonly byKey = new Map<string, SuppressedFinding>();

  /** `history`: one entry per secret, file and reason (like the findings' deduplication). */
  constructor(
    private readonly pathReason: PathReason | undefined,
    private readonly history: boolean,
  ) {}

  /** Scans a fragment; returns the findings to report and keeps the suppressed ones. */
  scan(fragment: Fragment, ruleSet: RuleSet): Finding[] {
    const { candidates } = scanFragment(fragment, ruleSet, true);
    const findings: Finding[] = [];
    for (const c of candidates ?? []) {
      let why = c.dropped === undefined ? undefined : engineSuppression(c.dropped);
      if (c.dropped !== undefined && !why) continue;
      const pathWhy = why ? undefined : this.pathReason?.(fragment, c.rule);
      if (pathWhy) why = { kind: 'allowlist', reason: pathWhy };
      const finding = toFinding(c, fragment);
      if (why) this.keep({ ...finding, suppression: why });
      else findings.push(finding);
    }
    return findings;
  }

  private keep(s: SuppressedFinding): void {
    const where = this.history ? `${s.secretHash}` : `${s.line}\0${s.column}`;
    // later in git log's order is older: keep the commit that introduced it
    this.byKey.set(`${s.file}\0${s.ruleId}\0${where}\0${s.suppression.reason}`, s);
  }

  suppressed(): SuppressedFinding[] {
    return [...this.byKey.values()];
  }
}
