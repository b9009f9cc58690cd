/**
 * Configuration: the built-in rules from rules/*.yaml with the user's config merged over
 * them by rule id. The user's config is found by cosmiconfig (module name `leakguard`) from
 * the working directory up to the repository root, unless `--config FILE` names one.
 * Everything is validated before anything is scanned; a problem is one line of the form
 * `file: rule-id: field: what is wrong` (a LeakguardError, exit code 2).
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import builtinFiles from '../generated/builtin-rules.js';
import { LeakguardError, errorMessage } from '../errors.js';
import { noJavaScript } from './no-js.js';
import type { AllowSpec, RuleSpec } from '../types.js';
import { buildRuleSet, type RuleSet } from '../engine/engine.js';
import { DEFAULT_DECODE_DEPTH } from '../engine/decode.js';
import { compileRule, RuleError, type GlobCompiler, type Rule, type SafetyCheck } from '../engine/rule.js';

export const MODULE_NAME = 'leakguard';
export const SEARCH_PLACES = [
  'package.json',
  '.leakguardrc',
  '.leakguardrc.json',
  '.leakguardrc.yaml',
  '.leakguardrc.yml',
  'leakguard.config.js',
  'leakguard.config.mjs',
  'leakguard.config.cjs',
];
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface UserConfig {
  rules?: Array<Partial<RuleSpec> & { id: string }>;
  disabledRules?: string[];
  allow?: AllowSpec;
  maxFileSize?: number | string;
  /** nested encodings decoded (engine/decode.ts); 0: off; default DEFAULT_DECODE_DEPTH */
  maxDecodeDepth?: number;
  aws?: { accounts?: Record<string, string> };
  /** hide identifiers in reports too (the same as --redact-ids) */
  redactIds?: boolean;
}

export interface AwsConfig {
  /** the team's accounts: 12-digit id -> label (config `aws.accounts`); empty when none */
  readonly accounts: Readonly<Record<string, string>>;
}

export interface Config {
  readonly ruleSet: RuleSet;
  /** global allowlist of paths (picomatch globs), applied by the sources */
  readonly allowPaths: readonly string[];
  /** allowPaths compiled; undefined when there are none */
  readonly allowPath: ((path: string) => boolean) | undefined;
  /** bytes */
  readonly maxFileSize: number;
  /** the config file used, relative to cwd; null when none */
  readonly file: string | null;
  readonly aws: AwsConfig;
  /** config `redactIds`: identifiers are hidden in reports too (default false) */
  readonly redactIds: boolean;
}

export interface LoadOptions {
  cwd: string;
  /** --config FILE */
  configFile?: string;
  /** --no-config: ignore any discovered config file */
  noConfig?: boolean;
  /** rules and allow regexes from elsewhere (git-secrets' git config), merged under the config file's */
  extra?: UserConfig;
}

export async function loadConfig(options: LoadOptions): Promise<Config> {
  const specs = loadBuiltinSpecs();
  const found = options.noConfig ? null : await findUserConfig(options);
  const label = found ? displayPath(options.cwd, found.filepath) : null;
  const own = (found?.config ?? {}) as UserConfig;
  if (found && label) {
    const { validateConfig } = await import('../generated/validate-config.js');
    checkSchema(validateConfig, own, label, (path) => ruleIdAt(own, path));
  }
  const user = options.extra ? mergeUnder(options.extra, own) : own;
  return buildConfig(specs, user, label ?? '<config>', label);
}

/** `extra`'s rules and allow regexes first: the config file's entries (same rule id) win. */
function mergeUnder(extra: UserConfig, own: UserConfig): UserConfig {
  const regexes = [...(extra.allow?.regexes ?? []), ...(own.allow?.regexes ?? [])];
  return {
    ...own,
    rules: [...(extra.rules ?? []), ...(own.rules ?? [])],
    ...(regexes.length ? { allow: { ...own.allow, regexes } } : {}),
  };
}

/**
 * The built-in rule specs, in file order. The build (scripts/build.mjs) has validated them
 * against rules/schema.json and checked their ids are unique, so nothing is checked here:
 * this runs at every start of the pre-commit hook. (Their examples are not part of the
 * bundle: the tests read them from the rule files, see rule-files.ts.)
 */
export function loadBuiltinSpecs(): RuleSpec[] {
  return builtinFiles.flatMap(({ data }) => (data as { rules: RuleSpec[] }).rules);
}

/**
 * Merges a (validated) user config over the built-in specs and compiles the result.
 * `file` prefixes error messages.
 */
export async function buildConfig(builtin: readonly RuleSpec[], user: UserConfig, file: string, label: string | null): Promise<Config> {
  const specs = new Map(builtin.map((s) => [s.id, s]));
  const userIds = new Set<string>();
  // the rule validator is only needed for rules a config defines
  const validateRule = user.rules?.length ? (await import('../generated/validate-rule.js')).validateRule : undefined;
  for (const entry of user.rules ?? []) {
    const base = specs.get(entry.id);
    const merged = { ...(base ?? {}), ...entry } as RuleSpec;
    if (!base) checkSchema(validateRule!, merged, file, () => entry.id, `${entry.id}: `);
    specs.set(entry.id, merged);
    userIds.add(entry.id);
  }
  for (const id of user.disabledRules ?? []) {
    const spec = specs.get(id);
    if (!spec) throw new LeakguardError(`${file}: disabledRules: unknown rule "${id}"`);
    specs.set(id, { ...spec, enabled: false });
  }
  const global = user.allow ?? {};
  const safety: SafetyCheck | undefined = userIds.size || global.regexes?.length ? (await import('../engine/regex-safety.js')).regexSafetyProblem : undefined;
  const needsGlobs = global.paths?.length || [...specs.values()].some((s) => s.allow?.paths?.length);
  const glob: GlobCompiler | undefined = needsGlobs ? await globCompiler() : undefined;
  (global.regexes ?? []).forEach((src, i) => {
    const problem = safety?.(src);
    if (problem) throw new LeakguardError(`${file}: allow.regexes[${i}]: ${problem}`);
  });
  const enabled = [...specs.values()].filter((s) => s.enabled !== false);
  const rules: Rule[] = enabled.map((spec, index) => {
    const withGlobal: RuleSpec = global.regexes?.length || global.stopwords?.length
      ? {
          ...spec,
          allow: {
            ...spec.allow,
            regexes: [...(spec.allow?.regexes ?? []), ...(global.regexes ?? [])],
            stopwords: [...(spec.allow?.stopwords ?? []), ...(global.stopwords ?? [])],
          },
        }
      : spec;
    try {
      return compileRule(withGlobal, index, { safety: userIds.has(spec.id) ? safety : undefined, glob });
    } catch (err) {
      const where = builtin.includes(spec) ? builtinFileOf(spec.id) : file;
      if (err instanceof RuleError) throw new LeakguardError(`${where}: ${spec.id}: ${err.message}`);
      throw err;
    }
  });
  const ids = new Set(rules.map((r) => r.id));
  for (const r of rules) {
    if (r.pair && !ids.has(r.pair.rule)) {
      const where = userIds.has(r.id) ? file : builtinFileOf(r.id);
      throw new LeakguardError(`${where}: ${r.id}: pair.rule: unknown or disabled rule "${r.pair.rule}"`);
    }
  }
  return {
    ruleSet: buildRuleSet(rules, user.maxDecodeDepth ?? DEFAULT_DECODE_DEPTH),
    allowPaths: global.paths ?? [],
    allowPath: global.paths?.length ? glob!(global.paths) : undefined,
    maxFileSize: parseSize(user.maxFileSize, file),
    file: label,
    aws: { accounts: { ...(user.aws?.accounts ?? {}) } },
    redactIds: user.redactIds ?? false,
  };
}

function builtinFileOf(id: string): string {
  for (const { file, data } of builtinFiles) {
    if ((data as { rules: RuleSpec[] }).rules.some((r) => r.id === id)) return file;
  }
  return 'rules';
}

async function globCompiler(): Promise<GlobCompiler> {
  const { default: picomatch } = await import('picomatch');
  return (globs) => picomatch(globs, { dot: true });
}

/**
 * Whether any place cosmiconfig would look at exists between `dir` and `stopDir`. Only a
 * fast path: without a candidate, cosmiconfig (and its YAML parser) is not even loaded,
 * which keeps the pre-commit hook's start-up short; with one, cosmiconfig decides.
 */
function hasCandidate(dir: string, stopDir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const place of SEARCH_PLACES) {
      const p = join(d, place);
      if (!existsSync(p)) continue;
      checkCandidate(p, dir);
      if (place !== 'package.json') return true;
      try {
        if (readFileSync(p, 'utf8').includes(`"${MODULE_NAME}"`)) return true;
      } catch {
        return true;
      }
    }
    if (d === stopDir || dirname(d) === d) return false;
  }
}

/** The first JavaScript config file between `dir` and `stopDir`, if any. */
function jsCandidate(dir: string, stopDir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const place of SEARCH_PLACES.filter(isJs)) if (existsSync(join(d, place))) return join(d, place);
    if (d === stopDir || dirname(d) === d) return null;
  }
}

/**
 * A config place that exists must be a readable file: cosmiconfig would skip a folder named
 * `.leakguardrc.yaml` (or fail on an unreadable file with a stack of its own), and a config
 * the user meant to apply would silently not apply.
 */
function checkCandidate(path: string, cwd: string): void {
  const shown = displayPath(cwd, path);
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    throw new LeakguardError(`${shown}: cannot read: ${errorMessage(err)}`);
  }
  if (!stat.isFile()) throw new LeakguardError(`${shown}: is a ${stat.isDirectory() ? 'directory' : 'special file'}, not a config file (leakguard looks for its config there)`);
  try {
    accessSync(path, constants.R_OK);
  } catch (err) {
    throw new LeakguardError(`${shown}: cannot read: ${errorMessage(err)}`);
  }
}

async function loadCosmiconfig(): Promise<typeof import('cosmiconfig').cosmiconfig> {
  // a CommonJS module: bundled, its exports may only be reachable through `default`
  const mod = (await import('cosmiconfig')) as typeof import('cosmiconfig') & { default?: typeof import('cosmiconfig') };
  return mod.cosmiconfig ?? mod.default!.cosmiconfig;
}

function refuseJs(shown: string): never {
  throw new LeakguardError(
    `${shown}: a JavaScript config is not loaded when LEAKGUARD_NO_JS is set (code from the checked-out tree, e.g. a pull request from a fork): use .leakguardrc.yaml or .leakguardrc.json`,
  );
}

const isJs = (path: string) => /\.[cm]?[jt]s$/i.test(path);

async function findUserConfig(options: LoadOptions): Promise<{ filepath: string; config: unknown } | null> {
  if (options.configFile) {
    const cosmiconfig = await loadCosmiconfig();
    const path = resolve(options.cwd, options.configFile);
    if (!existsSync(path)) throw new LeakguardError(`--config: ${options.configFile}: no such file`);
    if (noJavaScript() && isJs(path)) refuseJs(`--config: ${options.configFile}`);
    if (!statSync(path).isFile()) throw new LeakguardError(`--config: ${options.configFile}: not a file`);
    const explorer = cosmiconfig(MODULE_NAME, { searchPlaces: SEARCH_PLACES, cache: false });
    try {
      const result = await explorer.load(path);
      return { filepath: path, config: result?.config ?? {} };
    } catch (err) {
      throw new LeakguardError(`${options.configFile}: ${firstLine(errorMessage(err))}`);
    }
  }
  const stopDir = findRepoRoot(options.cwd) ?? options.cwd;
  if (!hasCandidate(options.cwd, stopDir)) return null;
  // refused before cosmiconfig runs anything: searching would execute the module
  if (noJavaScript()) {
    const js = jsCandidate(options.cwd, stopDir);
    if (js) refuseJs(displayPath(options.cwd, js));
  }
  const cosmiconfig = await loadCosmiconfig();
  const explorer = cosmiconfig(MODULE_NAME, { searchPlaces: SEARCH_PLACES, searchStrategy: 'global', stopDir, cache: false });
  try {
    const result = await explorer.search(options.cwd);
    return result && !result.isEmpty ? { filepath: result.filepath, config: result.config } : result ? { filepath: result.filepath, config: {} } : null;
  } catch (err) {
    const e = err as { filepath?: string };
    const where = e.filepath ? displayPath(options.cwd, e.filepath) : 'config';
    throw new LeakguardError(`${where}: ${firstLine(errorMessage(err))}`);
  }
}

/** The nearest directory at or above `dir` holding `.git` (a folder, or a file for worktrees). */
export function findRepoRoot(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return null;
  }
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** The first informative line of a parser's message ("YAML Error in <file>:" headers dropped). */
function firstLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() && !/^(YAML|JSON) Error in /.test(l));
  return (lines[0] ?? s).trim();
}

const SIZE_UNITS: Record<string, number> = { '': 1, B: 1, K: 1024, KB: 1024, KIB: 1024, M: 1024 ** 2, MB: 1024 ** 2, MIB: 1024 ** 2, G: 1024 ** 3, GB: 1024 ** 3, GIB: 1024 ** 3 };

/** "10MB" -> bytes (units are powers of 1024) */
export function parseSize(value: number | string | undefined, file: string, field = 'maxFileSize'): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  if (typeof value === 'number') return value;
  const m = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/.exec(value.trim());
  const unit = m ? SIZE_UNITS[m[2]!.toUpperCase()] : undefined;
  if (!m || unit === undefined) throw new LeakguardError(`${file}: ${field}: "${value}" is not a size (e.g. 5000000, "512KB", "10MB")`);
  return Math.round(Number(m[1]) * unit);
}

/** The id of the rule an ajv instancePath points into, if any (e.g. /rules/3/regex). */
function ruleIdAt(data: unknown, instancePath: string): string | undefined {
  const m = /^\/rules\/(\d+)/.exec(instancePath);
  if (!m) return undefined;
  const rule = (data as { rules?: Array<{ id?: unknown }> }).rules?.[Number(m[1])];
  return typeof rule?.id === 'string' ? rule.id : `rules[${m[1]}]`;
}

function checkSchema(validate: ValidateFunction, data: unknown, file: string, idAt: (path: string) => string | undefined, prefix = ''): void {
  if (validate(data)) return;
  const errors = (validate.errors ?? []).filter((e) => !['anyOf', 'allOf', 'if'].includes(e.keyword));
  const e = errors[0] ?? validate.errors?.[0];
  if (!e) throw new LeakguardError(`${file}: invalid`);
  const id = prefix ? '' : idAt(e.instancePath);
  const missing = e.keyword === 'required' ? String((e.params as { missingProperty: string }).missingProperty) : '';
  const field = [fieldOf(e), missing].filter(Boolean).join('.');
  throw new LeakguardError(`${file}: ${prefix}${id ? `${id}: ` : ''}${field ? `${field}: ` : ''}${describe(e)}`);
}

/** `regex`, `allow.paths[0]`, ... : the path inside the rule (or the config) */
function fieldOf(e: ErrorObject): string {
  const parts = e.instancePath.split('/').slice(1);
  const inRule = parts[0] === 'rules' && /^\d+$/.test(parts[1] ?? '');
  const rest = inRule ? parts.slice(2) : parts;
  return rest.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)+$': 'must be kebab-case provider-kind (e.g. acme-api-key)',
  '^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$': 'must be a lowercase ASCII literal of 2 or more characters (inner spaces allowed)',
  '^[0-9]{12}$': 'must be a 12-digit AWS account id (quote it in YAML: "012345678901")',
  '\\S': 'must not be empty',
  '[\\s\\S]': 'must not be empty',
};

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown field "${String(p.additionalProperty)}"`;
    case 'required':
      return 'is required';
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'pattern': {
      // propertyNames: the offending key itself, e.g. aws.accounts: "1234": ...
      const key = e.propertyName !== undefined ? `"${e.propertyName}": ` : '';
      return key + (PATTERN_HINTS[String(p.pattern)] ?? `must match ${String(p.pattern)}`);
    }
    default:
      return e.message ?? 'invalid';
  }
}
