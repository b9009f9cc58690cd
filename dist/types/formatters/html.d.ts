import type { Formatter } from './formatter.js';
export declare const htmlFormatter: Formatter;
/**
 * The one way a string from the repository (or any data) enters the page: control,
 * bidirectional-override and other invisible characters become visible escapes (`\n`,
 * `\x1b`, `\u202e`: util.ts printable, as in the text report), then the five HTML-special
 * characters become entities. Safe in text and in quoted attributes.
 */
export declare function text(s: string): string;
