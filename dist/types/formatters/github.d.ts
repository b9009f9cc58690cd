import type { Formatter } from './formatter.js';
export declare const githubFormatter: Formatter;
/** A workflow command's message: UNSAFE_CHARS (ESC, bidi overrides) as visible escapes, then GitHub's own escaping. */
export declare function data(s: string): string;
/** A workflow command's property value. */
export declare function prop(s: string): string;
