/**
 * Moving from git-secrets without losing a team's patterns. A repository (or the user's
 * global git config) set up for git-secrets keeps its prohibited patterns in
 * `secrets.patterns`, its exceptions in `secrets.allowed` and in a `.gitallowed` file at
 * the repository root. leakguard reads them (one `git config` call) and uses them next to
 * its own rules, so the switch loses nothing; `leakguard import git-secrets` writes them
 * into the leakguard config instead (config/import.ts).
 *
 * Translation: each pattern becomes a rule `git-secrets-<8 hex of the pattern>` (stable,
 * so fingerprints and ignore entries stay valid) matching like `grep -Ew` does (whole
 * words, one line), after the POSIX ERE is turned into JavaScript (config/posix-ere.ts)
 * and passed the catastrophic-backtracking check; a pattern that fails either is an error
 * naming it. Allowed patterns are allowlist regexes (tested against the line for these
 * rules, against the secret for the built-in ones). The patterns `git secrets
 * --register-aws` installs are left to leakguard's own AWS rules. `secrets.providers` are
 * commands: leakguard runs none (`git secrets --aws-provider` is covered by the AWS rules).
 */
import { createHash } from 'node:crypto';
import { LeakguardError } from '../errors.js';
import type { RuleSpec } from '../types.js';
import type { UserConfig } from './load.js';
import { EreError, ereToJs, wholeWords } from './posix-ere.js';
import type { GitSecrets } from './git-secrets-read.js';

/** What `git secrets --register-aws` adds: leakguard's AWS rules do this job (and do not report principal or account IDs). */
export const REGISTER_AWS_PATTERNS: ReadonlySet<string> = new Set([
  '(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}',
  `("|')?(AWS|aws|Aws)?_?(SECRET|secret|Secret)?_?(ACCESS|access|Access)?_?(KEY|key|Key)("|')?\\s*(:|=>|=)\\s*("|')?[A-Za-z0-9/\\+=]{40}("|')?`,
  `("|')?(AWS|aws|Aws)?_?(ACCOUNT|account|Account)_?(ID|id|Id)?("|')?\\s*(:|=>|=)\\s*("|')?[0-9]{4}\\-?[0-9]{4}\\-?[0-9]{4}("|')?`,
]);
const REGISTER_AWS_ALLOWED: ReadonlySet<string> = new Set(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']);
const AWS_PROVIDER = 'git secrets --aws-provider';

export function gitSecretsRuleId(pattern: string): string {
  return `git-secrets-${createHash('sha256').update(pattern, 'utf8').digest('hex').slice(0, 8)}`;
}

/** Checks a translated regex for catastrophic backtracking (engine/regex-safety.ts, loaded only when needed). */
export type Safety = (source: string) => string | null;

export interface Translated {
  rules: RuleSpec[];
  /** allow regexes (JavaScript) */
  allowed: string[];
  /** what was left out, and why */
  notes: string[];
}

/**
 * git-secrets' configuration as leakguard rules and allow regexes, with notes on what was
 * left out. Throws a LeakguardError naming a pattern that cannot be translated or is unsafe.
 */
export function translateGitSecrets(gs: GitSecrets, safety: Safety): Translated {
  const notes: string[] = [];
  const rules: RuleSpec[] = [];
  const seen = new Set<string>();
  for (const pattern of gs.patterns) {
    if (REGISTER_AWS_PATTERNS.has(pattern)) {
      if (!seen.has('aws')) notes.push('the AWS patterns of `git secrets --register-aws` are covered by leakguard\'s own AWS rules (which do not report principal or account IDs: they are not secrets)');
      seen.add('aws');
      continue;
    }
    if (seen.has(pattern) || !pattern.trim()) continue;
    seen.add(pattern);
    rules.push(ruleFor(pattern, translate(pattern, 'secrets.patterns', safety, true)));
  }
  const allowed: string[] = [];
  for (const [pattern, where] of [...gs.allowed.map((p) => [p, 'secrets.allowed'] as const), ...gs.gitallowed.map((p) => [p, '.gitallowed'] as const)]) {
    if (REGISTER_AWS_ALLOWED.has(pattern) || allowed.includes(pattern)) continue;
    allowed.push(translate(pattern, where, safety, false));
  }
  for (const p of gs.providers) {
    notes.push(
      p.trim() === AWS_PROVIDER
        ? `secrets.providers "${p}": not needed, leakguard's AWS rules find any AWS key`
        : `secrets.providers "${p}": not run (leakguard runs no command from configuration): put its patterns in secrets.patterns or the leakguard config`,
    );
  }
  return { rules, allowed, notes };
}

/** Translated patterns as a config fragment (merged under the user's config file). */
export function asUserConfig(t: Translated): UserConfig {
  return { ...(t.rules.length ? { rules: t.rules } : {}), ...(t.allowed.length ? { allow: { regexes: t.allowed } } : {}) };
}

/** A pattern as a JavaScript regex source; `words`: whole words only, like `grep -w` (allowed patterns are not). */
function translate(pattern: string, where: string, safety: Safety, words: boolean): string {
  let js: string;
  try {
    js = ereToJs(pattern);
    if (words) js = wholeWords(js);
    new RegExp(js, 'gdm');
  } catch (err) {
    const reason = err instanceof EreError ? err.message : (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new LeakguardError(`git config ${where} "${pattern}": cannot be translated from POSIX ERE: ${reason}`);
  }
  if (new RegExp(js, 'm').test('')) throw new LeakguardError(`git config ${where} "${pattern}": matches the empty string`);
  const problem = safety(js);
  if (problem) throw new LeakguardError(`git config ${where} "${pattern}": ${problem}`);
  return js;
}

function ruleFor(pattern: string, regex: string): RuleSpec {
  return {
    id: gitSecretsRuleId(pattern),
    description: `git-secrets pattern ${pattern}`,
    severity: 'high',
    regex,
    secretGroup: 0,
    keywords: [],
    allow: { target: 'line' },
    tags: ['git-secrets'],
  };
}
