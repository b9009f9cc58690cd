/**
 * Deciding between candidates after each was judged on its own: the same secret matched by
 * two rules is kept once; composite rules (`pair`) merge a secret into its partner's
 * finding or drop it when the partner is required and absent; fallback rules (generic
 * detectors) yield to the rules that know the format.
 */
import { severityRank } from '../types.js';
import type { Candidate, RuleSet } from './engine.js';

export function resolveCandidates(all: Candidate[], ruleSet: RuleSet): void {
  dedupeSpans(all);
  pairCandidates(all, ruleSet);
  yieldFallbacks(all);
}

/** The same secret (same offsets) matched by two specific rules is kept once, for the rule listed first (fallbacks: yieldFallbacks). */
function dedupeSpans(all: Candidate[]): void {
  const bySpan = new Map<string, Candidate>();
  for (const c of all) {
    if (c.dropped !== undefined || c.rule.fallback) continue;
    const key = `${c.start}:${c.end}`;
    const prior = bySpan.get(key);
    if (prior && outranks(prior, c)) c.dropped = `duplicate: same secret as rule ${prior.rule.id}`;
    else {
      if (prior) prior.dropped = `duplicate: same secret as rule ${c.rule.id}`;
      bySpan.set(key, c);
    }
  }
}

/**
 * Composite rules: a candidate whose rule has `pair` is merged into the nearest kept
 * candidate of the partner rule within `within` lines (which then names both parts); a
 * `required` pair without a partner is dropped.
 */
function pairCandidates(all: Candidate[], ruleSet: RuleSet): void {
  for (const c of all) {
    const pair = c.rule.pair;
    if (!pair || c.dropped !== undefined) continue;
    const partner = ruleSet.byId.get(pair.rule);
    let best: Candidate | undefined;
    for (const p of all) {
      if (p.rule !== partner || p.dropped !== undefined || p.rule.pair) continue;
      const d = Math.abs(p.line - c.line);
      if (d <= pair.within && (!best || d < Math.abs(best.line - c.line))) best = p;
    }
    if (best) {
      best.related.push(c);
      if (pair.severity && severityRank(pair.severity) > severityRank(best.severity)) best.severity = pair.severity;
      c.dropped = `${PAIRED} reported with the ${best.rule.id} finding on line ${best.line}`;
    } else if (pair.required) {
      c.dropped = `unpaired: no ${pair.rule} match within ${pair.within} lines`;
    }
  }
}

const PAIRED = 'paired:';

/** Whether candidate `a` wins over `b` for the same text: a specific rule over a fallback, then the rule listed first. */
function outranks(a: Candidate, b: Candidate): boolean {
  if (a.rule.fallback !== b.rule.fallback) return !a.rule.fallback;
  return a.rule.index <= b.rule.index;
}

/**
 * Fallback rules (generic detectors) yield: a kept fallback candidate whose secret overlaps
 * a candidate that outranks it (a specific rule, or an earlier-listed fallback) is dropped.
 * A specific rule's candidate claims its text even when it was dropped for what the value
 * is (a bad checksum, a placeholder, low entropy, an allowlist): the specific rule knows
 * the format best, so a generic rule must not report what it rejected. Candidates dropped
 * for where they are (unpaired, duplicate, overlap) claim nothing. One sweep over offsets.
 */
function yieldFallbacks(all: Candidate[]): void {
  if (!all.some((c) => c.rule.fallback && c.dropped === undefined)) return;
  const claims = (c: Candidate) => c.dropped === undefined || !/^(?:unpaired|duplicate|overlap):/.test(c.dropped);
  const sorted = all.filter(claims).sort((a, b) => a.start - b.start || b.end - a.end);
  let active: Candidate[] = [];
  for (const c of sorted) {
    active = active.filter((a) => a.end > c.start);
    for (const a of active) {
      if (!claims(a) || !claims(c)) continue;
      if (c.rule.fallback && c.dropped === undefined && outranks(a, c)) c.dropped = yieldReason(a);
      else if (a.rule.fallback && a.dropped === undefined && outranks(c, a)) a.dropped = yieldReason(c);
    }
    active.push(c);
  }
}

function yieldReason(to: Candidate): string {
  const verdict = to.dropped && !to.dropped.startsWith(PAIRED) ? ` (which dropped it: ${to.dropped})` : '';
  return `overlap: yields to rule ${to.rule.id} on the same text${verdict}`;
}
