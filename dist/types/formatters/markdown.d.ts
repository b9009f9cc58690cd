import type { Formatter } from './formatter.js';
export declare const MAX_ROWS = 500;
export declare const markdownFormatter: Formatter;
/** Plain text in a table cell. */
export declare function cell(s: string): string;
/** A code span in a table cell: `|` escaped (GFM tables split on it even inside code), a fence longer than any backtick run. */
export declare function code(s: string): string;
