import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/engine/decode.ts
var DEFAULT_DECODE_DEPTH = 3;
var MAX_DECODE_DEPTH = 10;
var MIN_BASE64 = 16;
var MIN_HEX = 16;
var MAX_SPAN = 64 * 1024;
var MAX_DECODED = 256 * 1024;
var MAX_SPANS = 256;
var MAX_DECODE_MS = 1e3;
var SPANS_BEFORE_CLOCK = 16;
var MAX_LOG_PREFIX = 120;
var MAX_LOG_LINES = 400;
function mapBack(view, start, end) {
  let origStart = -1;
  let origEnd = -1;
  const trail = [...view.trail ?? []];
  let decoded = view.trail !== void 0;
  for (const p of view.pieces) {
    if (p.to <= start) continue;
    if (p.from >= end) break;
    const a = p.trail ? p.origFrom : p.origFrom + Math.max(0, start - p.from);
    const b = p.trail ? p.origTo : p.origFrom + Math.min(p.to, end) - p.from;
    if (origStart === -1 || a < origStart) origStart = a;
    if (b > origEnd) origEnd = b;
    if (p.trail) {
      decoded = true;
      for (const d of p.trail) if (!trail.includes(d)) trail.push(d);
    }
  }
  if (!decoded || origStart === -1) return null;
  return { start: origStart, end: Math.max(origEnd, origStart + 1), trail };
}
var B64 = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") B64[c.charCodeAt(0)] = 1;
var HEX = new Uint8Array(128);
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
function isB64(c) {
  return c < 128 && B64[c] === 1;
}
function alnumRuns(text, out) {
  const L = MIN_BASE64;
  const n = text.length;
  let i = 0;
  while (i + L <= n) {
    if (!isB64(text.charCodeAt(i + L - 1))) {
      i += L;
      continue;
    }
    let j = i + L - 2;
    while (j >= i && isB64(text.charCodeAt(j))) j--;
    if (j >= i) {
      i = j + 1;
      continue;
    }
    let end = i + L;
    while (end < n && isB64(text.charCodeAt(end))) end++;
    let padded = end;
    while (padded < n && padded - end < 2 && text.charCodeAt(padded) === 61) padded++;
    if (padded - i <= MAX_SPAN) out.push({ start: i, end: padded, kind: "alnum" });
    i = padded + 1;
  }
}
function isSpanStop(c) {
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62;
}
var SPAN_REACH = 256;
function delimitedSpans(text, marker, kind, accept, out) {
  const code = marker.charCodeAt(0);
  const isStop = kind === "percent" ? (c) => isSpanStop(c) || c === 61 || c === 38 || c === 63 : isSpanStop;
  let last = -1;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    if (at < last || !accept(text, at)) continue;
    let start = at;
    while (start > 0 && !isStop(text.charCodeAt(start - 1)) && at - start < SPAN_REACH) start--;
    let lastMarker = at;
    let end = at + 1;
    for (; end < text.length && end - lastMarker <= SPAN_REACH && end - start < MAX_SPAN; end++) {
      const c = text.charCodeAt(end);
      if (isStop(c)) break;
      if (c === code && accept(text, end)) lastMarker = end;
    }
    out.push({ start, end, kind });
    last = end;
  }
}
function isPercentAt(text, at) {
  const a = text.charCodeAt(at + 1);
  const b = text.charCodeAt(at + 2);
  return a < 128 && HEX[a] === 1 && b < 128 && HEX[b] === 1;
}
function isEscapeAt(text, at) {
  const c = text.charCodeAt(at + 1);
  if (c === 47) return true;
  if (c !== 117) return false;
  for (let k = 2; k < 6; k++) {
    const h = text.charCodeAt(at + k);
    if (!(h < 128 && HEX[h] === 1)) return false;
  }
  return true;
}
function candidateSpans(text) {
  const spans = [];
  alnumRuns(text, spans);
  const wide = [];
  if (text.includes("%")) delimitedSpans(text, "%", "percent", isPercentAt, wide);
  if (text.includes("\\")) delimitedSpans(text, "\\", "escape", isEscapeAt, wide);
  if (wide.length === 0) return spans;
  const all = [...wide.sort((a, b) => a.start - b.start), ...spans.filter((s) => !wide.some((w) => s.start < w.end && w.start < s.end))];
  all.sort((a, b) => a.start - b.start);
  const out = [];
  for (const s of all) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}
function isMostlyPrintable(s) {
  if (s.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 127 || c === 65533) bad++;
  }
  return bad * 20 <= s.length;
}
function sextet(c) {
  return c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 43 ? 62 : 63;
}
function base64HeadPrintable(s) {
  const v = sextet;
  for (let q = 0; q + 4 <= Math.min(s.length, 8); q += 4) {
    const n = v(s.charCodeAt(q)) << 18 | v(s.charCodeAt(q + 1)) << 12 | v(s.charCodeAt(q + 2)) << 6 | v(s.charCodeAt(q + 3));
    for (const b of [n >> 16, n >> 8 & 255, n & 255]) if (b > 126 || b < 32 && b !== 9 && b !== 10 && b !== 13) return false;
  }
  return true;
}
function decodeBase64(s) {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 61) n--;
  if (n < MIN_BASE64 || n % 4 === 1 || !base64HeadPrintable(s)) return null;
  const text = Buffer.from(s.slice(0, n), "base64").toString("utf8");
  return isMostlyPrintable(text) ? text : null;
}
function decodeHex(s) {
  if (s.length < MIN_HEX || s.length % 2 !== 0) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c < 128 && HEX[c] === 1)) return null;
  }
  const first = parseInt(s.slice(0, 2), 16);
  if (first < 32 || first > 126) return null;
  const text = Buffer.from(s, "hex").toString("utf8");
  return isMostlyPrintable(text) ? text : null;
}
function decodePercent(s) {
  let changed = false;
  const out = s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    changed = true;
    const bytes = Buffer.from(run.replace(/%/g, ""), "hex");
    return bytes.toString("utf8");
  });
  return changed && isMostlyPrintable(out) ? out : null;
}
function decodeEscapes(s) {
  const out = s.replace(/\\u([0-9A-Fa-f]{4})|\\\//g, (m, hex) => hex ? String.fromCharCode(parseInt(hex, 16)) : "/");
  return out !== s && isMostlyPrintable(out) ? out : null;
}
function decodeSpan(s, kind) {
  if (kind === "percent") {
    const t = decodePercent(s);
    return t === null ? null : { text: t, how: "percent" };
  }
  if (kind === "escape") {
    const t = decodeEscapes(s);
    return t === null ? null : { text: t, how: "json-escape" };
  }
  const hex = decodeHex(s);
  if (hex !== null) return { text: hex, how: "hex" };
  const b64 = decodeBase64(s);
  return b64 === null ? null : { text: b64, how: "base64" };
}
function decodeAll(text, depth, budget) {
  const out = [];
  if (depth <= 0) return out;
  for (const span of candidateSpans(text)) {
    if (budget.spans <= 0 || budget.bytes <= 0) break;
    const step = decodeSpan(text.slice(span.start, span.end), span.kind);
    if (!step) continue;
    if (MAX_SPANS - budget.spans >= SPANS_BEFORE_CLOCK && performance.now() > budget.deadline) {
      budget.spans = 0;
      break;
    }
    budget.spans--;
    budget.bytes -= step.text.length;
    let inner = step.text;
    const trail = [step.how];
    const nested = decodeAll(inner, depth - 1, budget);
    if (depth === 1 && candidateSpans(inner).length) budget.nested = true;
    if (nested.length) {
      inner = substitute(inner, nested);
      for (const d of nested) for (const how of d.trail) if (!trail.includes(how)) trail.push(how);
    }
    out.push({ start: span.start, end: span.end, text: inner, trail });
  }
  return out;
}
function substitute(text, spans) {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}
function decodedView(text, maxDepth) {
  const budget = { bytes: MAX_DECODED, spans: MAX_SPANS, nested: false, deadline: performance.now() + MAX_DECODE_MS };
  const decoded = decodeAll(text, maxDepth, budget);
  if (decoded.length === 0) return null;
  const pieces = [];
  let out = "";
  const copy = (from, to) => {
    if (to <= from) return;
    pieces.push({ from: out.length, to: out.length + to - from, origFrom: from, origTo: to, trail: null });
    out += text.slice(from, to);
  };
  let i = 0;
  while (i < decoded.length) {
    const first = decoded[i];
    const from = contextStart(text, first.start);
    if (out.length) {
      pieces.push({ from: out.length, to: out.length + 1, origFrom: from, origTo: from + 1, trail: null });
      out += "\n";
    }
    let at = from;
    let to = contextEnd(text, first.end);
    while (i < decoded.length && decoded[i].start < to) {
      const d = decoded[i];
      copy(at, d.start);
      pieces.push({ from: out.length, to: out.length + d.text.length, origFrom: d.start, origTo: d.end, trail: d.trail });
      out += d.text;
      at = d.end;
      to = Math.max(to, contextEnd(text, d.end));
      i++;
    }
    copy(at, to);
  }
  return { text: out, pieces, ...budget.nested ? { nested: true } : {} };
}
var CONTEXT = 256;
function contextStart(text, at) {
  const from = Math.max(0, at - CONTEXT);
  const nl = text.slice(from, at).lastIndexOf("\n");
  return nl === -1 ? from : from + nl + 1;
}
function contextEnd(text, at) {
  const to = Math.min(text.length, at + CONTEXT);
  const nl = text.slice(at, to).indexOf("\n");
  return nl === -1 ? to : at + nl;
}
var LOG_BREAK = /\r?\n|(?:\\{1,2}r)?\\{1,2}n/g;
function logPrefixViews(text) {
  const views = [];
  let from = 0;
  for (let at = text.indexOf("-----BEGIN ", from); at !== -1; at = text.indexOf("-----BEGIN ", from)) {
    from = at + 11;
    const lineStart = lineStartBefore(text, at);
    const before = text.slice(lineStart, at);
    if (!/[^\s"'`+,;=:([{\\]/.test(before.replace(/\\{1,2}[rn]/g, ""))) continue;
    const view = stripLogPrefix(text, at);
    if (view) {
      views.push(view);
      from = view.pieces[view.pieces.length - 1].origTo;
    }
  }
  return views;
}
function lineStartBefore(text, at) {
  const from = Math.max(0, at - MAX_LOG_PREFIX - 8);
  const head = text.slice(from, at);
  let start = 0;
  LOG_BREAK.lastIndex = 0;
  for (let m = LOG_BREAK.exec(head); m; m = LOG_BREAK.exec(head)) start = m.index + m[0].length;
  return from + start;
}
function stripLogPrefix(text, beginAt) {
  const lines = [];
  LOG_BREAK.lastIndex = beginAt;
  let m = LOG_BREAK.exec(text);
  if (!m) return null;
  const beginEnd = m.index;
  let start = m.index + m[0].length;
  while (lines.length < MAX_LOG_LINES && start < text.length) {
    LOG_BREAK.lastIndex = start;
    m = LOG_BREAK.exec(text);
    const end = m ? m.index : text.length;
    lines.push([start, end]);
    if (text.slice(start, end).includes("-----END ")) break;
    if (!m) break;
    start = m.index + m[0].length;
  }
  if (lines.length === 0) return null;
  const shape = (s) => s.replace(/[0-9]/g, "0");
  let common = shape(text.slice(lines[0][0], Math.min(lines[0][1], lines[0][0] + MAX_LOG_PREFIX)));
  for (const [a, b] of lines.slice(1)) {
    const s = shape(text.slice(a, Math.min(b, a + common.length)));
    let k = 0;
    while (k < common.length && k < s.length && common[k] === s[k]) k++;
    common = common.slice(0, k);
  }
  const cut = Math.max(common.lastIndexOf(" "), common.lastIndexOf("	"), common.lastIndexOf("|"));
  if (cut < 0) return null;
  const prefix = cut + 1;
  const pieces = [];
  let out = "";
  const copy = (a, b) => {
    pieces.push({ from: out.length, to: out.length + b - a, origFrom: a, origTo: b, trail: null });
    out += text.slice(a, b);
  };
  copy(beginAt, beginEnd);
  for (const [a, b] of lines) {
    out += "\n";
    pieces.push({ from: out.length - 1, to: out.length, origFrom: a, origTo: a + 1, trail: null });
    if (b - a > prefix) copy(a + prefix, b);
  }
  return { text: out, pieces, trail: ["log-prefix"] };
}

export {
  DEFAULT_DECODE_DEPTH,
  MAX_DECODE_DEPTH,
  mapBack,
  decodedView,
  logPrefixViews
};
