import type { Formatter } from './formatter.js';
export declare const CSV_COLUMNS: readonly ["severity", "rule", "file", "line", "column", "end_line", "end_column", "secret", "fingerprint", "description", "commit", "author", "email", "date"];
export declare const csvFormatter: Formatter;
/** One RFC 4180 field (numbers as they are); UNSAFE_CHARS (ESC, bidi overrides) as `\xNN` / `\uNNNN`. */
export declare function field(value: string | number): string;
