/** Small helpers shared by several stages. */
/** 1536 -> "1.5 KB" (powers of 1024) */
export declare function formatBytes(n: number): string;
/**
 * Characters that must never reach a terminal or a CI log raw, whatever the output format:
 * C0 controls but tab, LF and CR (ESC starts a terminal escape sequence), DEL, C1 controls
 * (U+009B is a one-byte CSI on some terminals), and the invisible Unicode format characters
 * that reorder or hide text (bidi embeddings, overrides and isolates U+202A-202E and
 * U+2066-2069, marks U+200E/200F/061C, line and paragraph separators U+2028/2029, zero-width
 * characters U+200B-200D and U+2060, the BOM U+FEFF): "Trojan Source" file names and commit
 * messages. Each output kind escapes them its own way (its formatter), never drops them.
 */
export declare const UNSAFE_CHARS: RegExp;
/** `\xNN` for a character up to U+00FF, `\uNNNN` above. */
export declare function escapeChar(c: string): string;
/**
 * A string safe to print to a terminal: control characters (a file name can hold an escape
 * sequence or a newline) and the invisible format characters of UNSAFE_CHARS are shown as
 * escapes (\n, \r, \t, \xNN, \uNNNN) instead of being interpreted, so untrusted text can
 * neither drive the terminal, reorder what is shown, nor break a report's lines.
 */
export declare function printable(s: string): string;
/**
 * JSON text with UNSAFE_CHARS written as `\uNNNN` escapes: JSON.stringify escapes C0
 * controls but leaves DEL, C1 controls and bidi overrides raw, and a JSON report is read in
 * terminals and CI logs too. The escapes are JSON's own: parsers read the same strings.
 */
export declare function safeJson(value: unknown, space?: number): string;
/**
 * A copy of `s` that holds on to nothing else. V8 makes a substring a view of the string
 * it was cut from, so a file name cut from a 128 KB piece of `git log` output keeps the
 * whole piece alive for as long as the name lives (in a cache, in a finding): tens of MB
 * on a history of a few thousand commits, more the longer the history. What outlives the
 * parsing of its chunk is detached.
 */
export declare function detach(s: string): string;
