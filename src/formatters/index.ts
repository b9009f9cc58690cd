/**
 * Formatter registry: built-ins by name. (Custom formatters by path or package name are
 * loaded by formatters/load.ts.)
 */
import type { Formatter } from './formatter.js';
import { jsonFormatter } from './json.js';
import { textFormatter } from './text.js';

export const BUILTIN_FORMATTERS: ReadonlyMap<string, Formatter> = new Map([
  ['text', textFormatter],
  ['json', jsonFormatter],
]);

export type { Formatter, FormatOptions, Command } from './formatter.js';
