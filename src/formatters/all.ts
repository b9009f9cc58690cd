/**
 * Every built-in formatter, loaded at once: for API users (`import { formatters } from
 * 'leakguard'`). The CLI never imports this module: it loads formatters by name, lazily
 * (formatters/index.ts).
 */
import type { Formatter } from './formatter.js';
import { csvFormatter } from './csv.js';
import { githubFormatter } from './github.js';
import { gitlabFormatter } from './gitlab.js';
import { htmlFormatter } from './html.js';
import { jsonFormatter } from './json.js';
import { junitFormatter } from './junit.js';
import { markdownFormatter } from './markdown.js';
import { sarifFormatter } from './sarif.js';
import { textFormatter } from './text.js';

export const formatters: ReadonlyMap<string, Formatter> = new Map(
  [textFormatter, jsonFormatter, sarifFormatter, junitFormatter, csvFormatter, githubFormatter, gitlabFormatter, markdownFormatter, htmlFormatter].map((f) => [f.name, f]),
);
