/**
 * Formatter registry: the built-ins by name. `text` and `json` are loaded with the CLI;
 * the others are imported only when asked for, so that the hooks' start-up pays for none
 * of them. (Custom formatters by path or package name: formatters/load.ts.)
 */
import type { Formatter } from './formatter.js';
/** Names of the built-in formats, in the order the help lists them. */
export declare const FORMAT_NAMES: readonly string[];
/** The built-in formatter of that name, or undefined. */
export declare function builtinFormatter(name: string): Promise<Formatter | undefined>;
export type { Formatter, FormatOptions, Command, RuleInfo } from './formatter.js';
