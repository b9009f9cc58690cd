/**
 * Decoding, the engine's front: a secret that is merely encoded (a Kubernetes Secret's
 * base64 `data:` values, a base64 PEM `LS0tLS1CRUdJTi...`, a basic-auth header, a
 * percent-encoded URL, a JSON string with `\/` or `\uXXXX` escapes, hex) is still a secret.
 *
 * For a fragment's text this module finds the *candidate spans* (long runs of the base64
 * or hex alphabet, `%XX` sequences, `\u`/`\/` escapes), decodes each, keeps only decoded
 * text that is mostly printable, decodes again inside it (to a bounded depth), and builds
 * a *view*: the lines holding the spans with each span replaced by its decoded text, and a
 * map from every offset of the view back to the original text. The engine runs the rules
 * on the view, and reports what it finds there at the location of the encoded text, with
 * the trail of decodings (`["base64"]`, `["base64", "percent"]`).
 *
 * It must cost next to nothing on text without encoded spans (every fragment of a history
 * audit passes here): base64 runs are found by a skip search (a run of L characters must
 * cover every L-th position, so most positions are never read), `%` and `\` by indexOf.
 * Work on one fragment is bounded in bytes (MAX_SPAN, MAX_DECODED), spans (MAX_SPANS) and
 * time (MAX_DECODE_MS).
 *
 * The same view mechanism strips the prefix of log lines from a private key printed into a
 * log (`2024-01-01T00:00:00Z INFO -----BEGIN RSA PRIVATE KEY-----`, then body lines with
 * the same prefix): the trail is `["log-prefix"]`.
 */

/** How a span was decoded. */
export type Decoding = 'base64' | 'hex' | 'percent' | 'json-escape' | 'log-prefix';

/** Default depth of nested decoding (`--max-decode-depth`); 0 turns decoding off. */
export const DEFAULT_DECODE_DEPTH = 3;
/** Largest depth accepted from a flag or a config. */
export const MAX_DECODE_DEPTH = 10;

/** Shortest run of the base64 alphabet tried as base64 (12 bytes decoded). */
const MIN_BASE64 = 16;
/** Shortest run of hex digits tried as hex (8 bytes decoded). */
const MIN_HEX = 16;
/** Longest encoded span decoded (characters): longer runs are data, not a credential. */
const MAX_SPAN = 64 * 1024;
/** Decoded characters per fragment, over all spans and depths. */
const MAX_DECODED = 256 * 1024;
/** Spans decoded per fragment (tried spans that do not decode are not counted: they cost a few character tests each). */
const MAX_SPANS = 256;
/**
 * Time spent decoding one fragment (milliseconds) before the rest of its spans are left
 * encoded: a safety net behind the byte and span bounds, which decide in all but
 * pathological cases (the first spans are always decoded, however busy the machine).
 */
const MAX_DECODE_MS = 1000;
const SPANS_BEFORE_CLOCK = 16;
/** Longest log prefix stripped (characters), and body lines followed after a BEGIN line. */
const MAX_LOG_PREFIX = 120;
const MAX_LOG_LINES = 400;

/**
 * A piece of a view: [from, to) in the view's text comes from [origFrom, origTo) of the
 * original. `trail` null: the same characters (offsets map one to one); otherwise the
 * piece is decoded text, and all of it maps to the whole encoded span.
 */
export interface Piece {
  from: number;
  to: number;
  origFrom: number;
  origTo: number;
  trail: readonly Decoding[] | null;
}

/** A derived text to run the rules on, with the map back to the original. */
export interface View {
  text: string;
  pieces: Piece[];
  /** set for a view whose every piece is copied text (a log with its prefixes stripped) */
  trail?: readonly Decoding[];
  /** some decoded text was decoded again inside: a view one level deeper differs */
  nested?: boolean;
}

/** Where a range [start, end) of a view comes from in the original, and how it was decoded; null when no decoded piece is involved. */
export function mapBack(view: View, start: number, end: number): { start: number; end: number; trail: Decoding[] } | null {
  let origStart = -1;
  let origEnd = -1;
  const trail: Decoding[] = [...(view.trail ?? [])];
  let decoded = view.trail !== undefined;
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

// ---------------------------------------------------------------------------------------
// finding candidate spans

/**
 * The alphabet of the runs tried: standard base64 (hex is part of it). URL-safe base64's
 * `-` and `_` are left out: they join most identifiers of code (snake_case, kebab-case) into
 * long runs, and its common uses (JWTs, provider tokens) are matched as they are.
 */
const B64 = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') B64[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

function isB64(c: number): boolean {
  return c < 128 && B64[c] === 1;
}

interface Span {
  start: number;
  end: number;
  kind: 'alnum' | 'percent' | 'escape';
}

/**
 * Runs of at least MIN_BASE64 characters of the base64 alphabet (with `=` padding): a skip search that reads about one position in L on ordinary text.
 */
function alnumRuns(text: string, out: Span[]): void {
  const L = MIN_BASE64;
  const n = text.length;
  let i = 0;
  while (i + L <= n) {
    // a run of L starting anywhere in [i, i + L) covers position i + L - 1
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
    // text[i, i + L) is a run; position i - 1 is not in the alphabet (or i is 0)
    let end = i + L;
    while (end < n && isB64(text.charCodeAt(end))) end++;
    let padded = end;
    while (padded < n && padded - end < 2 && text.charCodeAt(padded) === 61) padded++;
    if (padded - i <= MAX_SPAN) out.push({ start: i, end: padded, kind: 'alnum' });
    i = padded + 1;
  }
}

/** Characters that end a percent-encoded or escaped span: space, quotes, brackets of markup. */
function isSpanStop(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62;
}

/** How far a percent or escape span reaches beyond its first and last marker (characters). */
const SPAN_REACH = 256;

/**
 * Runs without a stop character around each `%XX` (percent) or `\u`/`\/` (escape), reaching
 * at most SPAN_REACH characters beyond the first and the last marker (minified code has no
 * stop characters for pages).
 */
function delimitedSpans(text: string, marker: string, kind: Span['kind'], accept: (text: string, at: number) => boolean, out: Span[]): void {
  const code = marker.charCodeAt(0);
  // each part of a query string is encoded on its own: `key=p%40ss&next=...`
  const isStop = kind === 'percent' ? (c: number) => isSpanStop(c) || c === 61 || c === 38 || c === 63 : isSpanStop;
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

function isPercentAt(text: string, at: number): boolean {
  const a = text.charCodeAt(at + 1);
  const b = text.charCodeAt(at + 2);
  return a < 128 && HEX[a] === 1 && b < 128 && HEX[b] === 1;
}

function isEscapeAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 1);
  if (c === 47) return true; // \/
  if (c !== 117) return false; // \u
  for (let k = 2; k < 6; k++) {
    const h = text.charCodeAt(at + k);
    if (!(h < 128 && HEX[h] === 1)) return false;
  }
  return true;
}

/** The candidate spans of `text`, in order, not overlapping (an escape or percent span wins over a base64 run inside it). */
function candidateSpans(text: string): Span[] {
  const spans: Span[] = [];
  alnumRuns(text, spans);
  const wide: Span[] = [];
  if (text.includes('%')) delimitedSpans(text, '%', 'percent', isPercentAt, wide);
  if (text.includes('\\')) delimitedSpans(text, '\\', 'escape', isEscapeAt, wide);
  if (wide.length === 0) return spans;
  const all = [...wide.sort((a, b) => a.start - b.start), ...spans.filter((s) => !wide.some((w) => s.start < w.end && w.start < s.end))];
  all.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of all) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

// ---------------------------------------------------------------------------------------
// decoders

/** Mostly printable text: at most 1 in 20 characters outside printable ASCII, tab, CR, LF (UTF-8 letters count as printable). */
function isMostlyPrintable(s: string): boolean {
  if (s.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) bad++;
  }
  return bad * 20 <= s.length;
}

/** First bytes of a base64 string decode to printable ASCII (a cheap test before decoding it all). */
function sextet(c: number): number {
  return c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 43 ? 62 : 63;
}

function base64HeadPrintable(s: string): boolean {
  const v = sextet;
  for (let q = 0; q + 4 <= Math.min(s.length, 8); q += 4) {
    const n = (v(s.charCodeAt(q)) << 18) | (v(s.charCodeAt(q + 1)) << 12) | (v(s.charCodeAt(q + 2)) << 6) | v(s.charCodeAt(q + 3));
    for (const b of [n >> 16, (n >> 8) & 255, n & 255]) if (b > 126 || (b < 32 && b !== 9 && b !== 10 && b !== 13)) return false;
  }
  return true;
}

function decodeBase64(s: string): string | null {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 61) n--;
  if (n < MIN_BASE64 || n % 4 === 1 || !base64HeadPrintable(s)) return null;
  const text = Buffer.from(s.slice(0, n), 'base64').toString('utf8');
  return isMostlyPrintable(text) ? text : null;
}

function decodeHex(s: string): string | null {
  if (s.length < MIN_HEX || s.length % 2 !== 0) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c < 128 && HEX[c] === 1)) return null;
  }
  // first byte printable before decoding all
  const first = parseInt(s.slice(0, 2), 16);
  if (first < 32 || first > 126) return null;
  const text = Buffer.from(s, 'hex').toString('utf8');
  return isMostlyPrintable(text) ? text : null;
}

function decodePercent(s: string): string | null {
  let changed = false;
  const out = s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    changed = true;
    const bytes = Buffer.from(run.replace(/%/g, ''), 'hex');
    return bytes.toString('utf8');
  });
  return changed && isMostlyPrintable(out) ? out : null;
}

function decodeEscapes(s: string): string | null {
  const out = s.replace(/\\u([0-9A-Fa-f]{4})|\\\//g, (m, hex: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : '/'));
  return out !== s && isMostlyPrintable(out) ? out : null;
}

/** The span decoded (one step), with how; null when it does not decode to printable text. */
function decodeSpan(s: string, kind: Span['kind']): { text: string; how: Decoding } | null {
  if (kind === 'percent') {
    const t = decodePercent(s);
    return t === null ? null : { text: t, how: 'percent' };
  }
  if (kind === 'escape') {
    const t = decodeEscapes(s);
    return t === null ? null : { text: t, how: 'json-escape' };
  }
  const hex = decodeHex(s);
  if (hex !== null) return { text: hex, how: 'hex' };
  const b64 = decodeBase64(s);
  return b64 === null ? null : { text: b64, how: 'base64' };
}

// ---------------------------------------------------------------------------------------
// views

interface Budget {
  bytes: number;
  spans: number;
  /** set when a decoded text held an encoded span itself */
  nested: boolean;
  /** performance.now() past which nothing more is decoded */
  deadline: number;
}

interface Decoded {
  start: number;
  end: number;
  text: string;
  trail: Decoding[];
}

/**
 * The decoded spans of `text`: each span decoded, and decoded again inside (depth - 1
 * more levels), its trail outermost first.
 */
function decodeAll(text: string, depth: number, budget: Budget): Decoded[] {
  const out: Decoded[] = [];
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
    const trail: Decoding[] = [step.how];
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

function substitute(text: string, spans: readonly Decoded[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * The view of `text` with its encoded spans decoded, or null when nothing decodes: around
 * each span its line (at most CONTEXT characters either side, so that a minified file's
 * megabyte-long line is not copied again for each escape in it), the span replaced by its
 * decoded text. The rest of the text is left out: it was scanned as it is.
 */
export function decodedView(text: string, maxDepth: number): View | null {
  const budget: Budget = { bytes: MAX_DECODED, spans: MAX_SPANS, nested: false, deadline: performance.now() + MAX_DECODE_MS };
  const decoded = decodeAll(text, maxDepth, budget);
  if (decoded.length === 0) return null;
  const pieces: Piece[] = [];
  let out = '';
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    pieces.push({ from: out.length, to: out.length + to - from, origFrom: from, origTo: to, trail: null });
    out += text.slice(from, to);
  };
  let i = 0;
  while (i < decoded.length) {
    const first = decoded[i]!;
    const from = contextStart(text, first.start);
    if (out.length) {
      pieces.push({ from: out.length, to: out.length + 1, origFrom: from, origTo: from + 1, trail: null });
      out += '\n';
    }
    let at = from;
    let to = contextEnd(text, first.end);
    // further spans within this context join it
    while (i < decoded.length && decoded[i]!.start < to) {
      const d = decoded[i]!;
      copy(at, d.start);
      pieces.push({ from: out.length, to: out.length + d.text.length, origFrom: d.start, origTo: d.end, trail: d.trail });
      out += d.text;
      at = d.end;
      to = Math.max(to, contextEnd(text, d.end));
      i++;
    }
    copy(at, to);
  }
  return { text: out, pieces, ...(budget.nested ? { nested: true } : {}) };
}

/** Text kept around a decoded span on its line (characters either side). */
const CONTEXT = 256;

function contextStart(text: string, at: number): number {
  const from = Math.max(0, at - CONTEXT);
  const nl = text.slice(from, at).lastIndexOf('\n');
  return nl === -1 ? from : from + nl + 1;
}

function contextEnd(text: string, at: number): number {
  const to = Math.min(text.length, at + CONTEXT);
  const nl = text.slice(at, to).indexOf('\n');
  return nl === -1 ? to : at + nl;
}

/** Line breaks of a log body: real ones, or escaped in a JSON or code string (`\n`, `\r\n`, doubled backslashes). */
const LOG_BREAK = /\r?\n|(?:\\{1,2}r)?\\{1,2}n/g;

/**
 * Views of `text` in which a private key printed into a log (a BEGIN line with text before
 * the marker, then body lines sharing a prefix) has the prefixes stripped; one view per
 * such key. Digits are compared as one class (timestamps change from line to line), and
 * the prefix ends at its last space, tab or `|`.
 */
export function logPrefixViews(text: string): View[] {
  const views: View[] = [];
  let from = 0;
  for (let at = text.indexOf('-----BEGIN ', from); at !== -1; at = text.indexOf('-----BEGIN ', from)) {
    from = at + 11;
    const lineStart = lineStartBefore(text, at);
    const before = text.slice(lineStart, at);
    // only when something other than indentation, quotes or string syntax precedes the marker
    if (!/[^\s"'`+,;=:([{\\]/.test(before.replace(/\\{1,2}[rn]/g, ''))) continue;
    const view = stripLogPrefix(text, at);
    if (view) {
      views.push(view);
      from = view.pieces[view.pieces.length - 1]!.origTo;
    }
  }
  return views;
}

/** Offset of the start of the (real or escaped) line holding `at`. */
function lineStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - MAX_LOG_PREFIX - 8);
  const head = text.slice(from, at);
  let start = 0;
  LOG_BREAK.lastIndex = 0;
  for (let m = LOG_BREAK.exec(head); m; m = LOG_BREAK.exec(head)) start = m.index + m[0].length;
  return from + start;
}

function stripLogPrefix(text: string, beginAt: number): View | null {
  // the body lines after the BEGIN line: [start, end) of each, up to the END line
  const lines: Array<[number, number]> = [];
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
    if (text.slice(start, end).includes('-----END ')) break;
    if (!m) break;
    start = m.index + m[0].length;
  }
  if (lines.length === 0) return null;
  // the common prefix of the body lines, digits as one class, cut after its last separator
  const shape = (s: string) => s.replace(/[0-9]/g, '0');
  let common = shape(text.slice(lines[0]![0], Math.min(lines[0]![1], lines[0]![0] + MAX_LOG_PREFIX)));
  for (const [a, b] of lines.slice(1)) {
    const s = shape(text.slice(a, Math.min(b, a + common.length)));
    let k = 0;
    while (k < common.length && k < s.length && common[k] === s[k]) k++;
    common = common.slice(0, k);
  }
  const cut = Math.max(common.lastIndexOf(' '), common.lastIndexOf('\t'), common.lastIndexOf('|'));
  if (cut < 0) return null;
  const prefix = cut + 1;
  // the BEGIN line's body, then each body line without its prefix, joined by real newlines
  const pieces: Piece[] = [];
  let out = '';
  const copy = (a: number, b: number) => {
    pieces.push({ from: out.length, to: out.length + b - a, origFrom: a, origTo: b, trail: null });
    out += text.slice(a, b);
  };
  copy(beginAt, beginEnd);
  for (const [a, b] of lines) {
    out += '\n';
    pieces.push({ from: out.length - 1, to: out.length, origFrom: a, origTo: a + 1, trail: null });
    if (b - a > prefix) copy(a + prefix, b);
  }
  return { text: out, pieces, trail: ['log-prefix'] };
}
