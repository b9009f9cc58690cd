/**
 * The engine decides what is a secret. It is pure: fragments in, matches out, no I/O.
 *
 * For each fragment: the keyword prefilter picks the rules that can match; each of those
 * rules' regex runs over the text (in windows of at most MAX_WINDOW characters, so that no
 * regex ever sees an unbounded input); every match becomes a candidate that must pass the
 * inline `leakguard:allow` marker, the published example values, the placeholder check, the rule's stopwords, allow
 * regexes, minimum entropy and validator; finally composite rules pair their candidates
 * with the partner rule's matches within N lines; a person-chosen password in a test,
 * example, documentation or comment is lowered to `low` (context.ts). With `explain`,
 * dropped candidates are kept with the reason, for `leakguard rules test`.
 */
import type { Fragment, Severity } from '../types.js';
import { shannonEntropy } from './entropy.js';
import { placeholderReason } from './placeholders.js';
import { knownExampleSource } from './known-examples.js';
import { lowerContext, type ContextKind } from './context.js';
import { Prefilter } from './prefilter.js';
import type { Rule } from './rule.js';
import { inlineAllow } from './inline-allow.js';
import { resolveCandidates } from './resolve.js';

/** Largest text a regex runs over at once (UTF-16 code units); longer texts are cut into overlapping windows. */
export const MAX_WINDOW = 32 * 1024;
/** Overlap of consecutive windows: the longest match guaranteed to be found across a cut. */
export const WINDOW_OVERLAP = 4 * 1024;

export interface RuleSet {
  readonly rules: readonly Rule[];
  readonly byId: ReadonlyMap<string, Rule>;
  readonly prefilter: Prefilter;
}

export function buildRuleSet(rules: readonly Rule[]): RuleSet {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return { rules, byId, prefilter: new Prefilter(rules.map((r) => r.keywords)) };
}

/** A match of a rule in a fragment, located in file coordinates (1-based lines and columns). */
export interface Candidate {
  rule: Rule;
  secret: string;
  match: string;
  /** offsets of the secret in the fragment text */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  entropy: number;
  severity: Severity;
  /** candidates of pair rules merged into this one */
  related: Candidate[];
  /** why the candidate is not a finding (explain mode only keeps dropped candidates) */
  dropped?: string;
  /** set when the severity was lowered to `low` because of where the value sits (context.ts) */
  context?: ContextKind;
}

export interface FragmentScan {
  findings: Candidate[];
  /** explain mode: every rule whose keywords occur in the text */
  keywordHits?: Rule[];
  /** explain mode: every candidate, kept or dropped */
  candidates?: Candidate[];
}

const NOTHING: FragmentScan = Object.freeze({ findings: Object.freeze([]) as unknown as Candidate[] });

export function scanFragment(fragment: Fragment, ruleSet: RuleSet, explain = false): FragmentScan {
  const text = fragment.text;
  // most fragments of a history hold no keyword at all: nothing else is set up for them
  const firstHits = text.length <= MAX_WINDOW ? ruleSet.prefilter.matchAt(text) : undefined;
  if (firstHits?.size === 0 && !explain) return NOTHING;
  const lines = new LineIndex(fragment);
  const all: Candidate[] = [];
  const seen = new Set<string>();
  const hitRules = new Set<Rule>();

  for (const [from, to] of windows(text)) {
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const [ri, at] of firstHits ?? ruleSet.prefilter.matchAt(window)) {
      const rule = ruleSet.rules[ri]!;
      if (fragment.disabledRules?.has(ri)) continue;
      hitRules.add(rule);
      // a rule that cannot match across lines runs on the lines holding its keywords only
      const spans = at !== null && rule.singleLine ? keywordLines(window, at) : [[0, window.length] as const];
      for (const [a, b] of spans) {
        const part = a === 0 && b === window.length ? window : window.slice(a, b);
        const base = from + a;
        const re = rule.regex;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(part)) !== null) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const group = rule.secretGroup;
          const secret = (typeof group === 'number' ? m[group] : m.groups?.[group]) ?? '';
          const span = typeof group === 'number' ? m.indices![group] : m.indices!.groups?.[group];
          if (!secret || !span) continue;
          const start = base + span[0];
          const key = `${ri}:${start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          all.push(makeCandidate(rule, secret, m[0], start, base + span[1], lines));
        }
      }
    }
  }

  const isRuleId = (id: string) => ruleSet.byId.has(id);
  for (const c of all) c.dropped = dropReason(c, text, lines, isRuleId);
  resolveCandidates(all, ruleSet);
  const findings = all.filter((c) => c.dropped === undefined);
  for (const c of findings) {
    const context = lowerContext(c, fragment.path, lines.textAround(text, c.start, c.end));
    if (context) {
      c.context = context;
      c.severity = 'low';
    }
  }
  if (!explain) return { findings };
  return { findings, keywordHits: [...hitRules].sort((a, b) => a.index - b.index), candidates: all };
}

function makeCandidate(rule: Rule, secret: string, match: string, start: number, end: number, lines: LineIndex): Candidate {
  const a = lines.locate(start);
  const b = lines.locate(end - 1);
  return {
    rule,
    secret,
    match,
    start,
    end,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    entropy: shannonEntropy(secret),
    severity: rule.severity,
    related: [],
  };
}

function dropReason(c: Candidate, text: string, lines: LineIndex, isRuleId: (id: string) => boolean): string | undefined {
  const rule = c.rule;
  const lineText = lines.textAround(text, c.start, c.end);
  const allowed = inlineAllow(lineText, rule.id, isRuleId);
  if (allowed) return allowed;
  const example = knownExampleSource(c.secret);
  if (example) return `known example: published in ${example}`;
  if (c.secret.length <= 256 || /example/i.test(c.secret)) {
    const placeholder = placeholderReason(c.secret);
    if (placeholder) return `placeholder: ${placeholder}`;
  }
  if (rule.stopwords.length) {
    const lower = c.secret.toLowerCase();
    const word = rule.stopwords.find((w) => lower.includes(w));
    if (word !== undefined) return `stopword: "${word}"`;
  }
  for (const re of rule.allowRegexes) {
    const target = rule.allowTarget === 'secret' ? c.secret : rule.allowTarget === 'match' ? c.match : lineText;
    if (re.test(target)) return `allowlist: /${re.source}/ matches the ${rule.allowTarget}`;
  }
  if (rule.entropy !== undefined && c.entropy < rule.entropy) {
    return `entropy: ${c.entropy.toFixed(2)} bits/char is below the rule's minimum ${rule.entropy}`;
  }
  if (rule.validator) {
    const invalid = rule.validator(c.secret, {
      match: c.match,
      line: lineText,
      get around() {
        return lines.textAround(text, Math.max(0, lines.lineStartBefore(c.start, AROUND_LINES)), lines.lineEndAfter(c.end, AROUND_LINES));
      },
    });
    if (invalid) return `${rule.validatorName}: ${invalid}`;
  }
  return undefined;
}

/**
 * The lines of `text` holding the keyword ends `at` (offsets just past a keyword), as
 * [start, end) ranges without their newline, each once, in order.
 */
export function keywordLines(text: string, at: readonly number[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let lastEnd = -1;
  for (const p of at) {
    if (p <= lastEnd) continue;
    const start = text.lastIndexOf('\n', p - 1) + 1;
    let end = text.indexOf('\n', p);
    if (end === -1) end = text.length;
    out.push([start, end]);
    lastEnd = end;
  }
  return out;
}

/** Window bounds [from, to) covering `text`, each at most MAX_WINDOW long, overlapping by WINDOW_OVERLAP. */
export function windows(text: string): Array<[number, number]> {
  if (text.length <= MAX_WINDOW) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  for (let from = 0; ; from += MAX_WINDOW - WINDOW_OVERLAP) {
    const to = Math.min(text.length, from + MAX_WINDOW);
    out.push([from, to]);
    if (to === text.length) return out;
  }
}

/** Lines on either side of a secret that a validator may read (ValidatorContext.around). */
const AROUND_LINES = 5;

/** Maps offsets in a fragment's text to file lines and columns (1-based). */
class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly fragment: Fragment) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const text = this.fragment.text;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.starts = starts);
  }

  /** index of the fragment line holding `offset` */
  private lineIndex(offset: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  locate(offset: number): { line: number; column: number } {
    const i = this.lineIndex(offset);
    const map = this.fragment.lineMap;
    const shift = i === 0 && this.fragment.startColumn ? this.fragment.startColumn - 1 : 0;
    return { line: map ? map[i]! : this.fragment.startLine + i, column: offset - this.lineStarts()[i]! + 1 + shift };
  }

  /** offset of the start of the line `n` lines before the one holding `offset` (or of the first line) */
  lineStartBefore(offset: number, n: number): number {
    return this.lineStarts()[Math.max(0, this.lineIndex(offset) - n)]!;
  }

  /** offset just past the line `n` lines after the one holding `offset - 1` (or the end of the text) */
  lineEndAfter(offset: number, n: number): number {
    const starts = this.lineStarts();
    const i = this.lineIndex(Math.max(0, offset - 1)) + n + 1;
    return i < starts.length ? starts[i]! - 1 : this.fragment.text.length;
  }

  /** the full text of the lines from the one holding `start` to the one holding `end - 1` */
  textAround(text: string, start: number, end: number): string {
    const starts = this.lineStarts();
    const first = starts[this.lineIndex(start)]!;
    const lastIdx = this.lineIndex(Math.max(start, end - 1));
    const stop = lastIdx + 1 < starts.length ? starts[lastIdx + 1]! - 1 : text.length;
    return text.slice(first, stop);
  }
}
