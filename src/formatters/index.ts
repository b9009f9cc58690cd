/**
 * Formatter registry: the built-ins by name. `text` and `json` are loaded with the CLI;
 * the others are imported only when asked for, so that the hooks' start-up pays for none
 * of them. (Custom formatters by path or package name: formatters/load.ts.)
 */
import type { Formatter } from './formatter.js';
import { jsonFormatter } from './json.js';
import { textFormatter } from './text.js';

const LAZY: Record<string, () => Promise<Formatter>> = {
  text: async () => textFormatter,
  json: async () => jsonFormatter,
  sarif: async () => (await import('./sarif.js')).sarifFormatter,
  junit: async () => (await import('./junit.js')).junitFormatter,
  csv: async () => (await import('./csv.js')).csvFormatter,
  github: async () => (await import('./github.js')).githubFormatter,
  gitlab: async () => (await import('./gitlab.js')).gitlabFormatter,
  markdown: async () => (await import('./markdown.js')).markdownFormatter,
  html: async () => (await import('./html.js')).htmlFormatter,
};

/** Names of the built-in formats, in the order the help lists them. */
export const FORMAT_NAMES: readonly string[] = Object.keys(LAZY);

/** The built-in formatter of that name, or undefined. */
export async function builtinFormatter(name: string): Promise<Formatter | undefined> {
  return Object.hasOwn(LAZY, name) ? LAZY[name]!() : undefined;
}

export type { Formatter, FormatOptions, Command, RuleInfo } from './formatter.js';
