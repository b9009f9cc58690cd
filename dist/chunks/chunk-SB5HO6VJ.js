import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  severityRank
} from "./chunk-EQJNLXLZ.js";

// src/engine/entropy.ts
function shannonEntropy(s) {
  if (s.length === 0) return 0;
  const ascii = new Uint32Array(128);
  let other;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 128) ascii[c]++;
    else {
      other ??= /* @__PURE__ */ new Map();
      other.set(c, (other.get(c) ?? 0) + 1);
    }
    n++;
  }
  let h = 0;
  const add = (k) => {
    const p = k / n;
    h -= p * Math.log2(p);
  };
  for (let c = 0; c < 128; c++) if (ascii[c]) add(ascii[c]);
  if (other) for (const k of other.values()) add(k);
  return h;
}

// src/engine/placeholders.ts
var TEMPLATE = /^(?:<[^<>]*>|\$\{[^}]*\}?|\$\([^)]*\)?|\{\{.*\}\}|%\([^)]*\)s?|%[A-Z_]+%|\$[A-Z_][A-Z0-9_]*)$/i;
var REFERENCE = /^(?:process\.env\b|import\.meta\.env\b|os\.(?:environ|getenv)\b|(?:System\.getenv|Environment\.GetEnvironmentVariable|getenv|env|Deno\.env\.get)\(|ENV(?:\[|\.fetch\b)|\$ENV\{|\$env:|#\{|@[\w.-]+@$|%env\()/i;
var WORDS = /example|placeholder|your[-_ ]?(?:aws|access|secret|key|api|token|own)|changeme|change[-_]me|redacted|dummy|sample[-_]?key|_here\b|^insert|replace[-_]?(?:me|with)|fake[-_]?key|xxxx/i;
var RUN = /([B-Za-z0-9])\1{5,}|(A)\2{15,}/;
var MASKED = /^[*\u2022#.?-]+$/;
var SEQUENCES = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl"];
var SEQUENCE_RUN = 6;
function placeholderReason(secret) {
  if (TEMPLATE.test(secret) || /^(?:\$\{|\{\{|\$\()/.test(secret)) return "template or variable reference";
  if (/\$\{[^}]{1,80}\}|\{\{[^}]{1,80}\}\}|#\{[^}]{1,80}\}/.test(secret)) return "template interpolation (${...}, {{...}}, #{...})";
  if (REFERENCE.test(secret)) return "reads the environment or a variable (process.env, os.environ, getenv, ENV[...])";
  if (MASKED.test(secret)) return "masked value";
  const word = WORDS.exec(secret);
  if (word) return `placeholder word "${word[0]}"`;
  const run = RUN.exec(secret);
  if (run) return `repeated character "${run[0].slice(0, 8)}"`;
  const lower = secret.toLowerCase();
  if (lower.length >= 8 && runCoverage(lower) >= 0.6) return 'made up of short runs ("abc123def456")';
  for (const seq of SEQUENCES) {
    for (let i = 0; i + SEQUENCE_RUN <= seq.length; i++) {
      const up = seq.slice(i, i + SEQUENCE_RUN);
      if (lower.includes(up)) return `ascending sequence "${up}"`;
      const down = [...up].reverse().join("");
      if (lower.includes(down)) return `descending sequence "${down}"`;
    }
  }
  return null;
}
function runCoverage(s) {
  let covered = 0;
  let run = 1;
  const isAlnum = (c) => c >= 48 && c <= 57 || c >= 97 && c <= 122;
  for (let i = 1; i <= s.length; i++) {
    const prev = s.charCodeAt(i - 1);
    const cur = i < s.length ? s.charCodeAt(i) : -1;
    if (cur === prev + 1 && isAlnum(cur) && isAlnum(prev)) run++;
    else {
      if (run >= 3) covered += run;
      run = 1;
    }
  }
  return covered / s.length;
}

// src/engine/prefilter.ts
var ALPHABET = 128;
var UNKNOWN = -1;
var Prefilter = class {
  /** rules without keywords: they run on every text */
  always;
  /** the DFA, row per state; UNKNOWN where not worked out yet (16-bit when the states fit: half the memory to clear) */
  delta;
  /** each state's failure link (the longest proper suffix that is a trie state) */
  fail;
  /** 1 for states where a keyword ends */
  accepting;
  /** for each state, the rule indices its matched keywords belong to (including via failure links) */
  outputs;
  ruleCount;
  /** keywords[i] are the keywords of rule i */
  constructor(keywords) {
    this.ruleCount = keywords.length;
    this.always = [];
    const maxStates = 1 + keywords.reduce((n2, list) => n2 + list.reduce((m, kw) => m + kw.length, 0), 0);
    const delta = (maxStates < 32768 ? new Int16Array(maxStates * ALPHABET) : new Int32Array(maxStates * ALPHABET)).fill(UNKNOWN);
    const out = [[]];
    const edges = [[]];
    keywords.forEach((list, rule) => {
      if (list.length === 0) this.always.push(rule);
      for (const kw of list) {
        let s = 0;
        for (let i = 0; i < kw.length; i++) {
          const c = fold(kw.charCodeAt(i));
          if (c >= ALPHABET) throw new Error(`keyword is not ASCII: ${JSON.stringify(kw)}`);
          let next = delta[s * ALPHABET + c];
          if (next === UNKNOWN) {
            next = out.length;
            out.push([]);
            edges.push([]);
            edges[s].push(c);
            delta[s * ALPHABET + c] = next;
            if (c >= 97 && c <= 122) delta[s * ALPHABET + c - 32] = next;
          }
          s = next;
        }
        if (!out[s].includes(rule)) out[s].push(rule);
      }
    });
    for (let c = 0; c < ALPHABET; c++) if (delta[c] === UNKNOWN) delta[c] = 0;
    const n = out.length;
    const fail = new Int32Array(n);
    const queue = [0];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const c of edges[s]) {
        const t = delta[s * ALPHABET + c];
        if (s !== 0) {
          let f = fail[s];
          while (f !== 0 && delta[f * ALPHABET + c] === UNKNOWN) f = fail[f];
          fail[t] = delta[f * ALPHABET + c];
        }
        for (const r of out[fail[t]]) if (!out[t].includes(r)) out[t].push(r);
        queue.push(t);
      }
    }
    this.delta = delta.subarray(0, n * ALPHABET);
    this.fail = fail;
    this.outputs = out.map((list) => list.length ? list : null);
    this.accepting = Uint8Array.from(out, (list) => list.length ? 1 : 0);
  }
  /** The transition from state `s` on 7-bit character `c`, worked out and kept when unknown. */
  step(s, c) {
    const i = s * ALPHABET + c;
    let t = this.delta[i];
    if (t === UNKNOWN) {
      t = this.step(this.fail[s], c);
      this.delta[i] = t;
    }
    return t;
  }
  /**
   * The rules whose keywords occur in `text` (and the rules without keywords), each with
   * the offsets just past its keyword occurrences, or null when there are more than `cap`
   * of them (or the rule has no keywords): the caller then treats the whole text as relevant.
   */
  matchAt(text, cap = 32) {
    const hits = /* @__PURE__ */ new Map();
    for (const r of this.always) hits.set(r, null);
    const delta = this.delta;
    const accepting = this.accepting;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i) & 127;
      const t = delta[s << 7 | c];
      s = t === UNKNOWN ? this.step(s, c) : t;
      if (accepting[s] === 1) {
        for (const r of this.outputs[s]) {
          const at = hits.get(r);
          if (at === void 0) hits.set(r, [i + 1]);
          else if (at !== null) {
            if (at.length >= cap) hits.set(r, null);
            else at.push(i + 1);
          }
        }
      }
    }
    return hits;
  }
};
function fold(c) {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

// src/engine/inline-allow.ts
var MARKER = "leakguard:allow";
var ID = /^[\s,:=(]*([a-z0-9]+(?:-[a-z0-9]+)+)/;
function inlineAllow(lineText, ruleId, isRuleId) {
  let at = lineText.indexOf(MARKER);
  while (at !== -1) {
    const ids = [];
    let rest = lineText.slice(at + MARKER.length, at + MARKER.length + 400);
    for (let m = ID.exec(rest); m && isRuleId(m[1]); m = ID.exec(rest)) {
      ids.push(m[1]);
      rest = rest.slice(m[0].length);
    }
    if (ids.length === 0) return `inline: ${MARKER} on the line`;
    if (ids.includes(ruleId)) return `inline: ${MARKER} ${ruleId} on the line`;
    at = lineText.indexOf(MARKER, at + MARKER.length);
  }
  return void 0;
}

// src/engine/resolve.ts
function resolveCandidates(all, ruleSet) {
  dedupeSpans(all);
  pairCandidates(all, ruleSet);
  yieldFallbacks(all);
}
function dedupeSpans(all) {
  const bySpan = /* @__PURE__ */ new Map();
  for (const c of all) {
    if (c.dropped !== void 0 || c.rule.fallback) continue;
    const key = `${c.start}:${c.end}`;
    const prior = bySpan.get(key);
    if (prior && outranks(prior, c)) c.dropped = `duplicate: same secret as rule ${prior.rule.id}`;
    else {
      if (prior) prior.dropped = `duplicate: same secret as rule ${c.rule.id}`;
      bySpan.set(key, c);
    }
  }
}
function pairCandidates(all, ruleSet) {
  for (const c of all) {
    const pair = c.rule.pair;
    if (!pair || c.dropped !== void 0) continue;
    const partner = ruleSet.byId.get(pair.rule);
    let best;
    for (const p of all) {
      if (p.rule !== partner || p.dropped !== void 0 || p.rule.pair) continue;
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
var PAIRED = "paired:";
function outranks(a, b) {
  if (a.rule.fallback !== b.rule.fallback) return !a.rule.fallback;
  return a.rule.index <= b.rule.index;
}
function yieldFallbacks(all) {
  if (!all.some((c) => c.rule.fallback && c.dropped === void 0)) return;
  const claims = (c) => c.dropped === void 0 || !/^(?:unpaired|duplicate|overlap):/.test(c.dropped);
  const sorted = all.filter(claims).sort((a, b) => a.start - b.start || b.end - a.end);
  let active = [];
  for (const c of sorted) {
    active = active.filter((a) => a.end > c.start);
    for (const a of active) {
      if (!claims(a) || !claims(c)) continue;
      if (c.rule.fallback && c.dropped === void 0 && outranks(a, c)) c.dropped = yieldReason(a);
      else if (a.rule.fallback && a.dropped === void 0 && outranks(c, a)) a.dropped = yieldReason(c);
    }
    active.push(c);
  }
}
function yieldReason(to) {
  const verdict = to.dropped && !to.dropped.startsWith(PAIRED) ? ` (which dropped it: ${to.dropped})` : "";
  return `overlap: yields to rule ${to.rule.id} on the same text${verdict}`;
}

// src/engine/engine.ts
var MAX_WINDOW = 32 * 1024;
var WINDOW_OVERLAP = 4 * 1024;
function buildRuleSet(rules) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return { rules, byId, prefilter: new Prefilter(rules.map((r) => r.keywords)) };
}
var NOTHING = Object.freeze({ findings: Object.freeze([]) });
function scanFragment(fragment, ruleSet, explain = false) {
  const text = fragment.text;
  const firstHits = text.length <= MAX_WINDOW ? ruleSet.prefilter.matchAt(text) : void 0;
  if (firstHits?.size === 0 && !explain) return NOTHING;
  const lines = new LineIndex(fragment);
  const all = [];
  const seen = /* @__PURE__ */ new Set();
  const hitRules = /* @__PURE__ */ new Set();
  for (const [from, to] of windows(text)) {
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const [ri, at] of firstHits ?? ruleSet.prefilter.matchAt(window)) {
      const rule = ruleSet.rules[ri];
      if (fragment.disabledRules?.has(ri)) continue;
      hitRules.add(rule);
      const spans = at !== null && rule.singleLine ? keywordLines(window, at) : [[0, window.length]];
      for (const [a, b] of spans) {
        const part = a === 0 && b === window.length ? window : window.slice(a, b);
        const base = from + a;
        const re = rule.regex;
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(part)) !== null) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const group = rule.secretGroup;
          const secret = (typeof group === "number" ? m[group] : m.groups?.[group]) ?? "";
          const span = typeof group === "number" ? m.indices[group] : m.indices.groups?.[group];
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
  const isRuleId = (id) => ruleSet.byId.has(id);
  for (const c of all) c.dropped = dropReason(c, text, lines, isRuleId);
  resolveCandidates(all, ruleSet);
  const findings = all.filter((c) => c.dropped === void 0);
  if (!explain) return { findings };
  return { findings, keywordHits: [...hitRules].sort((a, b) => a.index - b.index), candidates: all };
}
function makeCandidate(rule, secret, match, start, end, lines) {
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
    related: []
  };
}
function dropReason(c, text, lines, isRuleId) {
  const rule = c.rule;
  const lineText = lines.textAround(text, c.start, c.end);
  const allowed = inlineAllow(lineText, rule.id, isRuleId);
  if (allowed) return allowed;
  if (c.secret.length <= 256 || /example/i.test(c.secret)) {
    const placeholder = placeholderReason(c.secret);
    if (placeholder) return `placeholder: ${placeholder}`;
  }
  if (rule.stopwords.length) {
    const lower = c.secret.toLowerCase();
    const word = rule.stopwords.find((w) => lower.includes(w));
    if (word !== void 0) return `stopword: "${word}"`;
  }
  for (const re of rule.allowRegexes) {
    const target = rule.allowTarget === "secret" ? c.secret : rule.allowTarget === "match" ? c.match : lineText;
    if (re.test(target)) return `allowlist: /${re.source}/ matches the ${rule.allowTarget}`;
  }
  if (rule.entropy !== void 0 && c.entropy < rule.entropy) {
    return `entropy: ${c.entropy.toFixed(2)} bits/char is below the rule's minimum ${rule.entropy}`;
  }
  if (rule.validator) {
    const invalid = rule.validator(c.secret, { match: c.match, line: lineText });
    if (invalid) return `${rule.validatorName}: ${invalid}`;
  }
  return void 0;
}
function keywordLines(text, at) {
  const out = [];
  let lastEnd = -1;
  for (const p of at) {
    if (p <= lastEnd) continue;
    const start = text.lastIndexOf("\n", p - 1) + 1;
    let end = text.indexOf("\n", p);
    if (end === -1) end = text.length;
    out.push([start, end]);
    lastEnd = end;
  }
  return out;
}
function windows(text) {
  if (text.length <= MAX_WINDOW) return [[0, text.length]];
  const out = [];
  for (let from = 0; ; from += MAX_WINDOW - WINDOW_OVERLAP) {
    const to = Math.min(text.length, from + MAX_WINDOW);
    out.push([from, to]);
    if (to === text.length) return out;
  }
}
var LineIndex = class {
  constructor(fragment) {
    this.fragment = fragment;
  }
  fragment;
  starts;
  lineStarts() {
    if (this.starts) return this.starts;
    const text = this.fragment.text;
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return this.starts = starts;
  }
  /** index of the fragment line holding `offset` */
  lineIndex(offset) {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  locate(offset) {
    const i = this.lineIndex(offset);
    const map = this.fragment.lineMap;
    const shift = i === 0 && this.fragment.startColumn ? this.fragment.startColumn - 1 : 0;
    return { line: map ? map[i] : this.fragment.startLine + i, column: offset - this.lineStarts()[i] + 1 + shift };
  }
  /** the full text of the lines from the one holding `start` to the one holding `end - 1` */
  textAround(text, start, end) {
    const starts = this.lineStarts();
    const first = starts[this.lineIndex(start)];
    const lastIdx = this.lineIndex(Math.max(start, end - 1));
    const stop = lastIdx + 1 < starts.length ? starts[lastIdx + 1] - 1 : text.length;
    return text.slice(first, stop);
  }
};

export {
  shannonEntropy,
  buildRuleSet,
  scanFragment
};
