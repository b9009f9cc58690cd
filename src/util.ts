/** Small helpers shared by several stages. */

/** 1536 -> "1.5 KB" (powers of 1024) */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

/**
 * A string safe to print to a terminal: control characters (a file name can hold an escape
 * sequence or a newline) are shown as escapes (\n, \r, \t, \xNN) instead of being
 * interpreted, so untrusted text can neither drive the terminal nor break a report's lines.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
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
