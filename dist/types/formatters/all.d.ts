/**
 * Every built-in formatter, loaded at once: for API users (`import { formatters } from
 * 'leakguard'`). The CLI never imports this module: it loads formatters by name, lazily
 * (formatters/index.ts).
 */
import type { Formatter } from './formatter.js';
export declare const formatters: ReadonlyMap<string, Formatter>;
