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
export declare const DEFAULT_DECODE_DEPTH = 3;
/** Largest depth accepted from a flag or a config. */
export declare const MAX_DECODE_DEPTH = 10;
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
export declare function mapBack(view: View, start: number, end: number): {
    start: number;
    end: number;
    trail: Decoding[];
} | null;
/**
 * The view of `text` with its encoded spans decoded, or null when nothing decodes: around
 * each span its line (at most CONTEXT characters either side, so that a minified file's
 * megabyte-long line is not copied again for each escape in it), the span replaced by its
 * decoded text. The rest of the text is left out: it was scanned as it is.
 */
export declare function decodedView(text: string, maxDepth: number): View | null;
/**
 * Views of `text` in which a private key printed into a log (a BEGIN line with text before
 * the marker, then body lines sharing a prefix) has the prefixes stripped; one view per
 * such key. Digits are compared as one class (timestamps change from line to line), and
 * the prefix ends at its last space, tab or `|`.
 */
export declare function logPrefixViews(text: string): View[];
