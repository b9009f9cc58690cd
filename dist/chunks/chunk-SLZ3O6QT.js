import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  DEFAULT_DECODE_DEPTH,
  decodedView,
  logPrefixViews,
  mapBack
} from "./chunk-4ZEJ4JV7.js";
import {
  lowerContext,
  shannonEntropy
} from "./chunk-VA4KEGOX.js";
import {
  severityRank
} from "./chunk-EQJNLXLZ.js";

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
  if (/^\^?\[[^\]]{1,40}\][{*+?]/.test(secret)) return "a regular expression, not a value";
  if (/\$\{[^}]{1,80}\}|\{\{[^}]{1,80}\}\}|#\{[^}]{1,80}\}/.test(secret)) return "template interpolation (${...}, {{...}}, #{...})";
  if (REFERENCE.test(secret)) return "reads the environment or a variable (process.env, os.environ, getenv, ENV[...])";
  if (MASKED.test(secret)) return "masked value";
  if (/\.{3}|\u2026/.test(secret)) return 'elided ("..." stands for a part left out)';
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

// src/generated/known-examples.js
var known_examples_default = JSON.parse('[["dpf43f3p2l4k3l03","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["kd94hf93k423kf44","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["hh5s93j4hdidpola","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["hdhd0244k9j7ao03","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["hfdp7dh39dks9884","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["nnch734d00sl2jdk","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["pfkkdhi9sl3r4s00","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["kllo9940pd9333jh","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["wIjqoS","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["9djdj82h48djs9d2","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["kkk9d7dh3k39sjv7","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["7d8f3e4a","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["j49sk3j29djd","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["dh893hdasih9","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["0685bd9184jfhq22","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["ad180jjd733klru7","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["4572616e48616d6d65724c61686176","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["wOJIO9A2W5mFwDgiDvZbTSMK/PY=","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["djr9rjt0jd78jf88","OAuth Core 1.0 appendix A example (PLAINTEXT signatures)"],["jjd99$tj88uiths3","OAuth Core 1.0 appendix A example (PLAINTEXT signatures)"],["s6BhdRkqt3","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["7Fjfp0ZBr1KtDRbW","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["gX1fBat3bV","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["czZCaGRSa3F0MzpnWDFmQmF0M2JW","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["SplxlOBeZQQYbYS6WxSbIA","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["2YotnFZFEjr1zCsicMWpAA","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["tGzv3JOkF0XG5Qx2TlKWIA","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["h480djs93hd8","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["adijq39jdlaska9asud","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["SlAV32hkKG","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["mF_9.B5f-4.1JqM","RFC 6750 (OAuth 2.0 bearer tokens) example"],["dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk","RFC 7636 (PKCE) appendix B example (code verifier and challenge)"],["E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM","RFC 7636 (PKCE) appendix B example (code verifier and challenge)"],["QWxhZGRpbjpvcGVuIHNlc2FtZQ==","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["dGVzdDoxMjPCow==","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["dcd98b7102dd2f0e8b11d0f600bfb0c093","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["5ccc069c403ebaf9f0171e9517f40e41","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["6629fae49393a05397450978507c4ef1","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ","RFC 6238 / RFC 4226 (TOTP, HOTP) test vector seed"],["12345678901234567890","RFC 6238 / RFC 4226 (TOTP, HOTP) test vector seed"],["192b9bdd22ab9ed4d12e236c78afcb9a393ec15f71bbf5dc987d54727823bcbf","Flask documentation sample SECRET_KEY values (configuration and deployment guides)"],["5f352379324c22463451387a0aec5d2f","Flask documentation sample SECRET_KEY values (configuration and deployment guides)"],["sk_test_4eC39HqLyjWDarjtT1zdp7dc","Stripe documentation test-mode sample keys"],["pk_test_TYooMQauvdEDq54NiTphI7jx","Stripe documentation test-mode sample keys"],["9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b","Django REST framework documentation sample token (TokenAuthentication)"],["key-3ax6xnjp29jd6fds4gc373sgvjxteol0","Mailgun documentation sample API key (samples.mailgun.org)"]]');

// src/engine/known-examples.ts
var bySecret;
function knownExampleSource(secret) {
  return (bySecret ??= new Map(known_examples_default)).get(secret);
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
var MAX_EXTENDED = 1024 * 1024;
function buildRuleSet(rules, decodeDepth = DEFAULT_DECODE_DEPTH) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return { rules, byId, prefilter: new Prefilter(rules.map((r) => r.keywords)), decodeDepth };
}
var NOTHING = Object.freeze({ findings: Object.freeze([]) });
function scanFragment(fragment, ruleSet, explain = false) {
  const raw = scanText(fragment, ruleSet, explain);
  const views = fragmentViews(fragment.text, ruleSet.decodeDepth);
  if (views.length === 0) return raw;
  const lines = new LineIndex(fragment);
  const found = [];
  for (const view of views) {
    const scan = scanText({ ...fragment, text: view.text, startLine: 1, lineMap: void 0, startColumn: void 0 }, ruleSet, false);
    for (const c of scan.findings) {
      const located = relocate(c, view, lines);
      if (located && !repeats(located, raw.findings) && !repeats(located, found)) found.push(located);
    }
  }
  if (found.length === 0) return raw;
  const specific = [...raw.findings, ...found].filter((c) => !c.rule.fallback);
  const yields = (c) => c.rule.fallback && specific.some((s) => overlaps(c, s));
  const findings = [...raw.findings.filter((r) => !yields(r)), ...found.filter((d) => !yields(d))];
  return explain ? { ...raw, findings, candidates: [...raw.candidates ?? [], ...found] } : { findings };
}
function fragmentViews(text, depth) {
  const views = text.includes("-----BEGIN ") ? logPrefixViews(text) : [];
  for (let d = 1; d <= depth; d++) {
    const decoded = decodedView(text, d);
    if (!decoded) break;
    views.push(decoded);
    if (!decoded.nested) break;
  }
  return views;
}
function relocate(c, view, lines) {
  const where = mapBack(view, c.start, c.end);
  if (!where) return null;
  const related = c.related.map((r) => {
    const w = mapBack(view, r.start, r.end) ?? linear(view, r.start, r.end);
    return w ? place(r, w.start, w.end, lines) : r;
  });
  return { ...place(c, where.start, where.end, lines), related, decoded: where.trail };
}
function linear(view, start, end) {
  const p = view.pieces.find((x) => x.from <= start && start < x.to);
  return p ? { start: p.origFrom + (start - p.from), end: p.origFrom + (start - p.from) + (end - start) } : null;
}
function place(c, start, end, lines) {
  const a = lines.locate(start);
  const b = lines.locate(end - 1);
  return { ...c, start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}
function repeats(c, found) {
  return found.some((f) => f.secret === c.secret || f.rule === c.rule && overlaps(f, c));
}
function scanText(fragment, ruleSet, explain) {
  const text = fragment.text;
  const firstHits = text.length <= MAX_WINDOW ? ruleSet.prefilter.matchAt(text) : void 0;
  if (firstHits?.size === 0 && !explain) return NOTHING;
  const lines = new LineIndex(fragment);
  const all = [];
  const seen = /* @__PURE__ */ new Set();
  const hitRules = /* @__PURE__ */ new Set();
  const run = (ri, part, base, cut2) => {
    const rule = ruleSet.rules[ri];
    const re = rule.regex;
    re.lastIndex = 0;
    let found;
    while ((found = re.exec(part)) !== null) {
      let m = found;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let base0 = base;
      if (cut2 && m.index + m[0].length === part.length) {
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
      const secret = (typeof group === "number" ? m[group] : m.groups?.[group]) ?? "";
      const span = typeof group === "number" ? m.indices[group] : m.indices.groups?.[group];
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
      const rule = ruleSet.rules[ri];
      if (fragment.disabledRules?.has(ri)) continue;
      hitRules.add(rule);
      let spans = at !== null && rule.singleLine ? keywordLines(window, at) : [[0, window.length]];
      if (context && at !== null && rule.singleLine && !pairing(ruleSet).has(rule)) {
        spans = spans.filter(([a]) => !context.has(lines.locate(from + a).line));
      }
      for (const [a, b] of spans) run(ri, a === 0 && b === window.length ? window : window.slice(a, b), from + a, b === window.length && to < text.length);
    }
  }
  if (cut.length > 1) pairAround(all, fragment, ruleSet, text, lines, run);
  const isRuleId = (id) => ruleSet.byId.has(id);
  for (const c of all) c.dropped = dropReason(c, text, lines, isRuleId);
  resolveCandidates(all, ruleSet);
  if (fragment.contextLines) dropContextOnly(all, fragment.contextLines);
  const findings = all.filter((c) => c.dropped === void 0);
  for (const c of findings) {
    const context2 = lowerContext(c, fragment.path, lines.textAround(text, c.start, c.end));
    if (context2) {
      c.context = context2;
      c.severity = "low";
    }
  }
  if (!explain) return { findings };
  return { findings, keywordHits: [...hitRules].sort((a, b) => a.index - b.index), candidates: all };
}
function pairAround(all, fragment, ruleSet, text, lines, run) {
  for (const rule of ruleSet.rules) {
    const pair = rule.pair;
    if (!pair || fragment.disabledRules?.has(rule.index)) continue;
    const around = all.filter((c) => c.rule.id === pair.rule).map((c) => lines.around(c.start, pair.within, text.length));
    const spans = [];
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
function dropContextOnly(all, context) {
  const added = (c) => {
    for (let l = c.line; l <= c.endLine; l++) if (!context.has(l)) return true;
    return false;
  };
  for (const c of all) {
    if (c.dropped === void 0 && !added(c) && !c.related.some(added)) c.dropped = "context: on unchanged lines only (not added by this change)";
  }
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
  const example = knownExampleSource(c.secret);
  if (example) return `known example: published in ${example}`;
  if ((c.secret.length <= 256 || /example/i.test(c.secret)) && !rule.tags.includes("git-secrets")) {
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
    const invalid = rule.validator(c.secret, {
      match: c.match,
      line: lineText,
      get around() {
        return lines.textAround(text, Math.max(0, lines.lineStartBefore(c.start, AROUND_LINES)), lines.lineEndAfter(c.end, AROUND_LINES));
      }
    });
    if (invalid) return `${rule.validatorName}: ${invalid}`;
  }
  return void 0;
}
var pairRules = /* @__PURE__ */ new WeakMap();
function pairing(ruleSet) {
  let set = pairRules.get(ruleSet);
  if (!set) {
    const s = /* @__PURE__ */ new Set();
    for (const r of ruleSet.rules) {
      if (!r.pair) continue;
      s.add(r);
      const partner = ruleSet.byId.get(r.pair.rule);
      if (partner) s.add(partner);
    }
    pairRules.set(ruleSet, set = s);
  }
  return set;
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
var AROUND_LINES = 5;
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
  /** [start, end) offsets of the lines from `within` lines before the one holding `offset` to `within` lines after it */
  around(offset, within, length) {
    const starts = this.lineStarts();
    const i = this.lineIndex(offset);
    const first = starts[Math.max(0, i - within)];
    const after = i + within + 1;
    return [first, after < starts.length ? starts[after] - 1 : length];
  }
  /** offset of the start of the line `n` lines before the one holding `offset` (or of the first line) */
  lineStartBefore(offset, n) {
    return this.lineStarts()[Math.max(0, this.lineIndex(offset) - n)];
  }
  /** offset just past the line `n` lines after the one holding `offset - 1` (or the end of the text) */
  lineEndAfter(offset, n) {
    const starts = this.lineStarts();
    const i = this.lineIndex(Math.max(0, offset - 1)) + n + 1;
    return i < starts.length ? starts[i] - 1 : this.fragment.text.length;
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
  buildRuleSet,
  scanFragment
};
