/** Small helpers shared by several stages. */

/** 1536 -> "1.5 KB" (powers of 1024) */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

/**
 * Characters that must never reach a terminal or a CI log raw, whatever the output format:
 * C0 controls but tab, LF and CR (ESC starts a terminal escape sequence), DEL, C1 controls
 * (U+009B is a one-byte CSI on some terminals), and the invisible Unicode format characters
 * that reorder or hide text (bidi embeddings, overrides and isolates U+202A-202E and
 * U+2066-2069, marks U+200E/200F/061C, line and paragraph separators U+2028/2029, zero-width
 * characters U+200B-200D and U+2060, the BOM U+FEFF): "Trojan Source" file names and commit
 * messages. Each output kind escapes them its own way (its formatter), never drops them.
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** `\xNN` for a character up to U+00FF, `\uNNNN` above. */
export function escapeChar(c: string): string {
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/**
 * A string safe to print to a terminal: control characters (a file name can hold an escape
 * sequence or a newline) and the invisible format characters of UNSAFE_CHARS are shown as
 * escapes (\n, \r, \t, \xNN, \uNNNN) instead of being interpreted, so untrusted text can
 * neither drive the terminal, reorder what is shown, nor break a report's lines.
 */
export function printable(s: string): string {
  return s.replace(/[\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t')).replace(UNSAFE_CHARS, escapeChar);
}

/**
 * JSON text with UNSAFE_CHARS written as `\uNNNN` escapes: JSON.stringify escapes C0
 * controls but leaves DEL, C1 controls and bidi overrides raw, and a JSON report is read in
 * terminals and CI logs too. The escapes are JSON's own: parsers read the same strings.
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A copy of `s` that holds on to nothing else. V8 makes a substring a view of the string
 * it was cut from, so a file name cut from a 128 KB piece of `git log` output keeps the
 * whole piece alive for as long as the name lives (in a cache, in a finding): tens of MB
 * on a history of a few thousand commits, more the longer the history. What outlives the
 * parsing of its chunk is detached.
 */
export function detach(s: string): string {
  // V8 copies substrings shorter than 13 characters anyway
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
