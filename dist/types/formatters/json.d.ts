/**
 * `--format json`: one object, the versioned wire format documented in the README
 * (`version`, `findings`, `errors`, `notes` when there are any, `stats`, and `suppressed` with
 * --explain-suppressed).
 * Fields are only ever added.
 */
import type { Finding } from '../types.js';
import type { Formatter } from './formatter.js';
export declare const JSON_VERSION = 1;
export declare function findingToJson(f: Finding): Record<string, unknown>;
export declare const jsonFormatter: Formatter;
