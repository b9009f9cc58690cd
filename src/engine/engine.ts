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
 *
 * Then the rules run again on the fragment's *views* (engine/decode.ts): its encoded spans
 * decoded, a private key printed into a log without the log's line prefixes. What they
 * find there is reported at the location of the encoded text with the trail of decodings,
 * unless the plain text already gave the same secret (or the same rule at that place).
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
import { DEFAULT_DECODE_DEPTH, decodedView, logPrefixViews, mapBack, type Decoding, type View } from './decode.js';

/** Largest text a regex runs over at once (UTF-16 code units); longer texts are cut into overlapping windows. */
export const MAX_WINDOW = 32 * 1024;
/** Overlap of consecutive windows: a match that reaches a window's end is matched again past it (see MAX_EXTENDED). */
export const WINDOW_OVERLAP = 4 * 1024;
/** Longest text a match reaching a window's end is matched again on (a secret is never cut by a window). */
const MAX_EXTENDED = 1024 * 1024;

export interface RuleSet {
  readonly rules: readonly Rule[];
  readonly byId: ReadonlyMap<string, Rule>;
  readonly prefilter: Prefilter;
  /** depth of nested decoding of encoded spans (base64, hex, percent, JSON escapes); 0: off */
  readonly decodeDepth: number;
}

export function buildRuleSet(rules: readonly Rule[], decodeDepth: number = DEFAULT_DECODE_DEPTH): RuleSet {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return { rules, byId, prefilter: new Prefilter(rules.map((r) => r.keywords)), decodeDepth };
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
  /** found in decoded text: how the text at [start, end) was decoded, outermost first */
  decoded?: Decoding[];
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
  const raw = scanText(fragment, ruleSet, explain);
  const views = fragmentViews(fragment.text, ruleSet.decodeDepth);
  if (views.length === 0) return raw;
  const lines = new LineIndex(fragment);
  const found: Candidate[] = [];
  for (const view of views) {
    const scan = scanText({ ...fragment, text: view.text, startLine: 1, lineMap: undefined, startColumn: undefined }, ruleSet, false);
    for (const c of scan.findings) {
      const located = relocate(c, view, lines);
      if (located && !repeats(located, raw.findings) && !repeats(located, found)) found.push(located);
    }
  }
  if (found.length === 0) return raw;
  // a generic (fallback) finding on the encoded text yields to a specific rule's finding in its decoded text
  const specific = [...raw.findings, ...found].filter((c) => !c.rule.fallback);
  const yields = (c: Candidate) => c.rule.fallback && specific.some((s) => overlaps(c, s));
  const findings = [...raw.findings.filter((r) => !yields(r)), ...found.filter((d) => !yields(d))];
  return explain ? { ...raw, findings, candidates: [...(raw.candidates ?? []), ...found] } : { findings };
}

/** The views of a fragment's text the rules also run on: log prefixes stripped (always), encoded spans decoded (unless depth 0). */
function fragmentViews(text: string, depth: number): View[] {
  const views = text.includes('-----BEGIN ') ? logPrefixViews(text) : [];
  // one view per level of nesting: a rule may want the text once decoded (docker's base64
  // `auth` inside a base64 .dockerconfigjson), another the text decoded all the way
  for (let d = 1; d <= depth; d++) {
    const decoded = decodedView(text, d);
    if (!decoded) break;
    views.push(decoded);
    if (!decoded.nested) break;
  }
  return views;
}

/** A candidate found in a view, moved to the original text it came from; null when it lies in copied text only (the plain scan saw it). */
function relocate(c: Candidate, view: View, lines: LineIndex): Candidate | null {
  const where = mapBack(view, c.start, c.end);
  if (!where) return null;
  const related = c.related.map((r) => {
    const w = mapBack(view, r.start, r.end) ?? linear(view, r.start, r.end);
    return w ? place(r, w.start, w.end, lines) : r;
  });
  return { ...place(c, where.start, where.end, lines), related, decoded: where.trail };
}

function linear(view: View, start: number, end: number): { start: number; end: number } | null {
  const p = view.pieces.find((x) => x.from <= start && start < x.to);
  return p ? { start: p.origFrom + (start - p.from), end: p.origFrom + (start - p.from) + (end - start) } : null;
}

function place(c: Candidate, start: number, end: number, lines: LineIndex): Candidate {
  const a = lines.locate(start);
  const b = lines.locate(end - 1);
  return { ...c, start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The same secret already found, or the same rule already found on this text. */
function repeats(c: Candidate, found: readonly Candidate[]): boolean {
  return found.some((f) => f.secret === c.secret || (f.rule === c.rule && overlaps(f, c)));
}

function scanText(fragment: Fragment, ruleSet: RuleSet, explain: boolean): FragmentScan {
  const text = fragment.text;
  // most fragments of a history hold no keyword at all: nothing else is set up for them
  const firstHits = text.length <= MAX_WINDOW ? ruleSet.prefilter.matchAt(text) : undefined;
  if (firstHits?.size === 0 && !explain) return NOTHING;
  const lines = new LineIndex(fragment);
  const all: Candidate[] = [];
  const seen = new Set<string>();
  const hitRules = new Set<Rule>();

  /** `cut`: `part` ends where a window was cut, not where the text ends */
  const run = (ri: number, part: string, base: number, cut: boolean) => {
    const rule = ruleSet.rules[ri]!;
    const re = rule.regex;
    re.lastIndex = 0;
    let found: RegExpExecArray | null;
    while ((found = re.exec(part)) !== null) {
      let m: RegExpExecArray | null = found;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let base0 = base;
      // a match reaching the cut may be a piece of a longer secret: matched again on the text past the cut
      if (cut && m.index + m[0].length === part.length) {
        const at = base + m.index;
        base0 = Math.max(0, at - 256);
        const saved = re.lastIndex;
        re.lastIndex = at - base0;
        const whole = re.exec(text.slice(base0, Math.min(text.length, at + MAX_EXTENDED)));
        re.lastIndex = saved;
        m = whole && whole.index === at - base0 ? whole : null;
        if (!m) continue;
      }
      const group = rule.secretGroup;
      const secret = (typeof group === 'number' ? m[group] : m.groups?.[group]) ?? '';
      const span = typeof group === 'number' ? m.indices![group] : m.indices!.groups?.[group];
      if (!secret || !span) continue;
      const start = base0 + span[0];
      const key = `${ri}:${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(makeCandidate(rule, secret, m[0], start, base0 + span[1], lines));
    }
  };

  const context = fragment.contextLines;
  const cut = windows(text);
  for (const [from, to] of cut) {
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const [ri, at] of firstHits ?? ruleSet.prefilter.matchAt(window)) {
      const rule = ruleSet.rules[ri]!;
      if (fragment.disabledRules?.has(ri)) continue;
      hitRules.add(rule);
      // a rule that cannot match across lines runs on the lines holding its keywords only;
      // on a diff's context lines only if it pairs (what it finds there alone is dropped)
      let spans = at !== null && rule.singleLine ? keywordLines(window, at) : [[0, window.length] as const];
      if (context && at !== null && rule.singleLine && !pairing(ruleSet).has(rule)) {
        spans = spans.filter(([a]) => !context.has(lines.locate(from + a).line));
      }
      for (const [a, b] of spans) run(ri, a === 0 && b === window.length ? window : window.slice(a, b), from + a, b === window.length && to < text.length);
    }
  }
  // a text cut into windows: a pair's parts may sit in different windows, where the pair
  // rule's keywords (its partner's) are not: it runs again on the lines around each partner
  if (cut.length > 1) pairAround(all, fragment, ruleSet, text, lines, run);

  const isRuleId = (id: string) => ruleSet.byId.has(id);
  for (const c of all) c.dropped = dropReason(c, text, lines, isRuleId);
  resolveCandidates(all, ruleSet);
  if (fragment.contextLines) dropContextOnly(all, fragment.contextLines);
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

/** Runs each pair rule on the lines within its `within` of each of its partner's candidates (in windows). */
function pairAround(all: Candidate[], fragment: Fragment, ruleSet: RuleSet, text: string, lines: LineIndex, run: (ri: number, part: string, base: number, cut: boolean) => void): void {
  for (const rule of ruleSet.rules) {
    const pair = rule.pair;
    if (!pair || fragment.disabledRules?.has(rule.index)) continue;
    const around = all.filter((c) => c.rule.id === pair.rule).map((c) => lines.around(c.start, pair.within, text.length));
    const spans: Array<[number, number]> = [];
    for (const [a, b] of around.sort((x, y) => x[0] - y[0])) {
      const last = spans[spans.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else spans.push([a, b]);
    }
    for (const [a, b] of spans) {
      for (const [from, to] of windows(text.slice(a, b))) run(rule.index, text.slice(a + from, a + to), a + from, a + to < b);
    }
  }
}

/**
 * A finding whose every part lies on context lines (unchanged lines of a diff) is not
 * reported: it was not added here. A key ID on a context line with a secret added next to
 * it is reported, with both parts.
 */
function dropContextOnly(all: Candidate[], context: ReadonlySet<number>): void {
  const added = (c: Candidate) => {
    for (let l = c.line; l <= c.endLine; l++) if (!context.has(l)) return true;
    return false;
  };
  for (const c of all) {
    if (c.dropped === undefined && !added(c) && !c.related.some(added)) c.dropped = 'context: on unchanged lines only (not added by this change)';
  }
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
  // git-secrets reports every match of a pattern its users wrote: no placeholder guess for those
  if ((c.secret.length <= 256 || /example/i.test(c.secret)) && !rule.tags.includes('git-secrets')) {
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
const pairRules = new WeakMap<RuleSet, ReadonlySet<Rule>>();

/** The rules that take part in a pair (the pair rule and its partner): the only ones a diff's context lines matter to. */
function pairing(ruleSet: RuleSet): ReadonlySet<Rule> {
  let set = pairRules.get(ruleSet);
  if (!set) {
    const s = new Set<Rule>();
    for (const r of ruleSet.rules) {
      if (!r.pair) continue;
      s.add(r);
      const partner = ruleSet.byId.get(r.pair.rule);
      if (partner) s.add(partner);
    }
    pairRules.set(ruleSet, (set = s));
  }
  return set;
}

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

  /** [start, end) offsets of the lines from `within` lines before the one holding `offset` to `within` lines after it */
  around(offset: number, within: number, length: number): [number, number] {
    const starts = this.lineStarts();
    const i = this.lineIndex(offset);
    const first = starts[Math.max(0, i - within)]!;
    const after = i + within + 1;
    return [first, after < starts.length ? starts[after]! - 1 : length];
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
