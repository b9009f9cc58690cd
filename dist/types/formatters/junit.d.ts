import type { Formatter } from './formatter.js';
export declare const junitFormatter: Formatter;
/** Element content. */
export declare function text(s: string): string;
/** Attribute value (double-quoted): line breaks and tabs as references so that parsers keep them. */
export declare function attr(s: string): string;
