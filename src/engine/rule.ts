/**
 * Compiling a RuleSpec into a Rule: the readonly form the engine runs. Compilation checks
 * everything a schema cannot (the regex compiles and is safe to run, the secret group
 * exists, the validator and the paired rule are known) and reports problems as
 * `field: what is wrong`, so the config loader can prefix the file and the rule id.
 */
import type { RuleSpec, Severity } from '../types.js';
import { VALIDATORS, type Validator } from './validators.js';

export interface Rule {
  readonly index: number;
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  /** flags: g, d, m (+ i) */
  readonly regex: RegExp;
  /** group number or name; 0 is the whole match */
  readonly secretGroup: number | string;
  readonly keywords: readonly string[];
  readonly entropy: number | undefined;
  readonly validatorName: string | undefined;
  readonly validator: Validator | undefined;
  /** a generic detector: yields to any other rule's candidate on overlapping text */
  readonly fallback: boolean;
  readonly pair: { readonly rule: string; readonly within: number; readonly required: boolean; readonly severity?: Severity } | undefined;
  readonly allowRegexes: readonly RegExp[];
  readonly allowTarget: 'secret' | 'match' | 'line';
  /** lowercase */
  readonly stopwords: readonly string[];
  readonly allowPaths: ((path: string) => boolean) | undefined;
  readonly tags: readonly string[];
  readonly spec: Readonly<RuleSpec>;
  /** `scope: line` and the regex cannot match a line break: it runs on the lines holding a keyword only */
  readonly singleLine: boolean;
}

export class RuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** Checks a regex source for catastrophic backtracking: engine/regex-safety.ts (loaded lazily, it is heavy). */
export type SafetyCheck = (source: string) => string | null;
/** Compiles path globs into a matcher (picomatch, loaded only when some rule has allow.paths). */
export type GlobCompiler = (globs: string[]) => (path: string) => boolean;

export interface CompileOptions {
  /** given for rules not checked at build time (a user's rules); the built-in ones are checked by the tests */
  safety?: SafetyCheck | undefined;
  /** required when the rule has allow.paths */
  glob?: GlobCompiler | undefined;
}

/** Compiles and checks one rule. */
export function compileRule(spec: RuleSpec, index: number, options: CompileOptions = {}): Rule {
  const { safety, glob } = options;
  const flags = 'gdm' + (spec.ignoreCase ? 'i' : '');
  // A user's rule is compiled now, so that a bad regex is reported before scanning. A
  // built-in one (tested) is compiled on first use: most never run in a small scan, and
  // compiling 170 regexes is a good part of the pre-commit hook's start-up.
  const regex = safety ? compileRegex(spec.regex, flags, 'regex', safety) : undefined;
  // the secret's group: checked now for a user's rule; for a built-in one (tested), worked
  // out on first use, like its regex
  const secretGroupOf = (): number | string => {
    const groups = countGroups(spec.regex);
    const group = spec.secretGroup ?? (groups.count > 0 ? 1 : 0);
    if (typeof group === 'number' && group > groups.count) {
      throw new RuleError('secretGroup', `group ${group} does not exist (the regex has ${groups.count} capture group${groups.count === 1 ? '' : 's'})`);
    }
    if (typeof group === 'string' && !groups.names.includes(group)) {
      throw new RuleError('secretGroup', `no group named "${group}" in the regex`);
    }
    return group;
  };
  let lazySecretGroup = safety ? secretGroupOf() : undefined;
  let validator: Validator | undefined;
  if (spec.validate !== undefined) {
    validator = VALIDATORS[spec.validate];
    if (!validator) throw new RuleError('validate', `unknown validator "${spec.validate}" (known: ${Object.keys(VALIDATORS).join(', ')})`);
  }
  const allow = spec.allow ?? {};
  const allowSources = allow.regexes ?? [];
  const allowRegexes = safety ? allowSources.map((src, i) => compileRegex(src, 'i', `allow.regexes[${i}]`, safety)) : undefined;
  for (const kw of spec.keywords) {
    if (kw !== kw.toLowerCase()) throw new RuleError('keywords', `"${kw}" must be lowercase`);
  }
  let lazyRegex = regex;
  let lazySingleLine: boolean | undefined;
  let lazyAllow = allowRegexes;
  return {
    index,
    id: spec.id,
    description: spec.description,
    severity: spec.severity,
    get regex() {
      return (lazyRegex ??= compileRegex(spec.regex, flags, 'regex', undefined));
    },
    get secretGroup() {
      return (lazySecretGroup ??= secretGroupOf());
    },
    keywords: spec.keywords,
    entropy: spec.entropy,
    validatorName: spec.validate,
    validator,
    fallback: spec.fallback ?? false,
    pair: spec.pair ? { rule: spec.pair.rule, within: spec.pair.within, required: spec.pair.required ?? false, ...(spec.pair.severity ? { severity: spec.pair.severity } : {}) } : undefined,
    get allowRegexes() {
      return (lazyAllow ??= allowSources.map((src, i) => compileRegex(src, 'i', `allow.regexes[${i}]`, undefined)));
    },
    allowTarget: allow.target ?? 'secret',
    stopwords: (allow.stopwords ?? []).map((w) => w.toLowerCase()),
    allowPaths: allow.paths?.length ? compileGlobs(allow.paths, glob) : undefined,
    tags: spec.tags ?? [],
    spec,
    get singleLine() {
      return (lazySingleLine ??= spec.scope === 'line' && !canSpanLines(spec.regex));
    },
  };
}

function compileGlobs(globs: string[], glob: GlobCompiler | undefined): (path: string) => boolean {
  if (!glob) throw new RuleError('allow.paths', 'no glob compiler given');
  return glob(globs);
}

function compileRegex(source: string, flags: string, field: string, safety: SafetyCheck | undefined): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (err) {
    // "Invalid regular expression: /src/flags: Unterminated character class" -> the reason
    const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new RuleError(field, `invalid regular expression: ${reason}`);
  }
  // Built-in rules (no safety check: they were checked at build and test time) skip the
  // probe below, which would compile every regex at start-up; V8 compiles lazily on first use.
  if (!safety) return re;
  const unsafe = safety(source);
  if (unsafe) throw new RuleError(field, unsafe);
  if (re.test('')) throw new RuleError(field, 'matches the empty string');
  re.lastIndex = 0;
  return re;
}

/**
 * The capture groups of a (valid) regex source, in order, found by scanning it (escapes and
 * character classes hold none): each group's name (when named) and the index just inside
 * its opening parenthesis.
 */
export function* captureGroups(source: string): Generator<{ name: string | undefined; inner: number }> {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?') yield { name: undefined, inner: i + 1 };
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        const close = source.indexOf('>', i + 3);
        yield { name: source.slice(i + 3, close), inner: close + 1 };
      }
    }
  }
}

/** Capture groups of a (valid) regex source: how many, and the names of the named ones. */
export function countGroups(source: string): { count: number; names: string[] } {
  let count = 0;
  const names: string[] = [];
  for (const g of captureGroups(source)) {
    count++;
    if (g.name !== undefined) names.push(g.name);
  }
  return { count, names };
}

/**
 * Whether a (valid) regex source may match a line break: conservatively true when it holds
 * \s, \W, \D, \n, \r, a Unicode property, a class that could take a newline (a negated
 * class without \n or \s in it, or one holding \s, \W or \D), or a back-reference.
 * `.` never does (no `s` flag). A false answer lets the engine run the regex on the lines
 * where the rule's keywords are, instead of on the whole text.
 */
export function canSpanLines(source: string): boolean {
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (/[sWDnrpPcux0-9kv]/.test(e)) return true;
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      const negated = source[j] === '^';
      if (negated) j++;
      let body = '';
      for (; j < source.length && source[j] !== ']'; j++) {
        if (source[j] === '\\') {
          body += source.slice(j, j + 2);
          j++;
        } else body += source[j];
      }
      const hasNewline = /\\[sn]/.test(body);
      if (negated ? !hasNewline : /\\[snWDrpPux]/.test(body)) return true;
      i = j + 1;
    } else i++;
  }
  return false;
}
