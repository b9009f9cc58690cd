/**
 * One scan as the CLI runs it, shared by the scanning commands and `leakguard baseline`:
 * config (plus git-secrets' patterns) -> source -> engine -> deduplicated findings ->
 * suppression (ignore file, baseline). The result still holds whole secrets: redaction
 * and formatting come after (scan-command.ts), the baseline is written from it.
 */
import { relative, resolve, sep } from 'node:path';
import { readGitSecrets } from '../config/git-secrets-read.js';
import { findRepoRoot, loadConfig, type Config, type UserConfig } from '../config/load.js';
import { compareFindings } from '../findings/finding.js';
import type { Command } from '../formatters/formatter.js';
import { GitStopped } from '../errors.js';
import { runScan, type RunOptions } from '../scan.js';
import { PathFilter, type Source } from '../sources/source.js';
import type { Finding, Fragment, ScanResult } from '../types.js';
import type { Io } from './io.js';
import type { CommonArgs } from './scan-command.js';
import { makeSource } from './sources.js';
import { progress } from './progress.js';
import { loadSuppressions, withSaltedForms } from './suppression.js';
import { parseDecodeDepth } from './scan-options.js';

export interface ScanRun {
  /** findings after suppression, whole secrets; `suppressed` only when explaining */
  result: ScanResult;
  config: Config;
  /** ISO-8601 */
  startedAt: string;
  /** a finding's path relative to the repository root (null for a commit message) */
  repoPath(f: Finding): string | null;
}

/** A path relative to the repository root, from a finding's or a fragment's path. */
type RepoPath = (f: { file: string | null; origin: Finding['origin'] }) => string | null;

export interface RunSettings {
  /** --explain-suppressed */
  explain: boolean;
  /** --baseline FILE */
  baseline?: string | undefined;
}

export async function scanRun(command: Command, a: CommonArgs, io: Io, cwd: string, settings: RunSettings): Promise<ScanRun | null> {
  const root = findRepoRoot(cwd) ?? cwd;
  const extra = a.config === false ? undefined : await gitSecretsExtra(cwd, root, a, io);
  const config = withDecodeDepth(
    await loadConfig({ cwd, ...(typeof a.config === 'string' ? { configFile: a.config } : {}), noConfig: a.config === false, ...(extra ? { extra } : {}) }),
    parseDecodeDepth(a.decode, a.maxDecodeDepth),
  );
  const repoPath = repoPathOf(cwd, root);
  const filter = new PathFilter(config.allowPath, config.ruleSet.rules);
  // explaining: the sources skip nothing, path allowlists are decided per fragment (findings/explain.ts)
  const sourceFilter = settings.explain ? new PathFilter(undefined, []) : filter;
  const source = await makeSource(command, a, io, { cwd, root, filter: sourceFilter, maxFileSize: config.maxFileSize });
  if (!source) return null;
  const explain = settings.explain ? await explainer(filter, repoPath, command === 'history') : undefined;
  const startedAt = new Date().toISOString();
  const result = await interruptible(source, config, { ...(explain ? { explain } : {}) }, { io, quiet: a.quiet ?? false, cwd });
  const loaded = await loadSuppressions(root, cwd, settings.baseline);
  if (loaded) {
    const { applySuppressions } = await import('../findings/suppress.js');
    const salted = loaded.salts ? await withSaltedForms(loaded, result.findings) : loaded;
    const { findings, suppressed } = applySuppressions(result.findings, { ...salted, repoPath });
    result.findings = findings;
    if (result.suppressed) result.suppressed = [...result.suppressed, ...suppressed].sort(compareFindings);
  }
  return { result, config, startedAt, repoPath };
}

/** --no-decode / --max-decode-depth over the config's `maxDecodeDepth`. */
function withDecodeDepth(config: Config, depth: number | undefined): Config {
  return depth === undefined || depth === config.ruleSet.decodeDepth ? config : { ...config, ruleSet: { ...config.ruleSet, decodeDepth: depth } };
}

/**
 * Runs the scan; Ctrl-C or SIGTERM stops it cleanly (cli/interrupt.ts), keeping (and reporting) what was found so far.
 * A history (a source with an age rank) shows progress on a terminal, reports each secret
 * once per file at its oldest commit, and says where each one stands at HEAD.
 */
async function interruptible(source: Source, config: Config, options: RunOptions, ctx: { io: Io; quiet: boolean; cwd: string }): Promise<ScanResult> {
  const { interruptSignal, interruptedMessage, noteInterrupt } = await import('./interrupt.js');
  const rank = source.rank;
  const bar = progress(ctx.io, rank !== undefined && !ctx.quiet);
  let stopped: GitStopped | undefined;
  let result: ScanResult;
  try {
    result = await runScan(source, config, {
      ...options,
      signal: interruptSignal,
      onGitStopped: (err) => {
        // Ctrl-C reaches git before (or instead of) leakguard: the same interruption
        if (err.signal === 'SIGINT' || err.signal === 'SIGTERM' || err.signal === 'SIGHUP') noteInterrupt(err.signal);
        else stopped = err;
      },
      ...(rank ? { history: { rank } } : {}),
      onFragment: () => bar.update(source.stats.commits, source.total),
    });
  } finally {
    bar.end();
  }
  const interrupted = interruptedMessage();
  if (interrupted) result.errors.push({ file: null, message: interrupted });
  else if (stopped) result.errors.push({ file: null, message: `${stopped.message}: the report holds what was found before` });
  else if (rank && result.findings.length) {
    const { markExposure } = await import('../git/exposure.js');
    try {
      if (source.exposure) await source.exposure(result.findings, markExposure);
      else await markExposure(result.findings, ctx.cwd);
    } catch (err) {
      // Ctrl-C after the scan, while git was asked where each secret stands: the findings stand
      if (!(err instanceof GitStopped)) throw err;
      if (err.signal === 'SIGINT' || err.signal === 'SIGTERM' || err.signal === 'SIGHUP') noteInterrupt(err.signal);
      result.errors.push({ file: null, message: interruptedMessage() ?? err.message });
      return result;
    }
    // interrupted while git was asked: where each secret stands may be incomplete
    const late = interruptedMessage();
    if (late) result.errors.push({ file: null, message: late });
  }
  return result;
}

/** Paths of `scan` are relative to the working directory; ignore globs and baselines use the repository root's. */
function repoPathOf(cwd: string, root: string): RepoPath {
  return (f) => {
    if (f.file === null || f.origin !== 'file' || cwd === root) return f.file;
    return relative(root, resolve(cwd, f.file)).split(sep).join('/');
  };
}

async function explainer(filter: PathFilter, repoPath: RepoPath, history: boolean) {
  const { Explainer } = await import('../findings/explain.js');
  return new Explainer((fragment: Fragment, rule) => {
    if (fragment.origin === 'stdin' || fragment.origin === 'message') return undefined;
    const path = repoPath({ file: fragment.path, origin: fragment.origin });
    if (path === null) return undefined;
    const { skip, disabled } = filter.check(path);
    if (skip) return `path ${path} matches the config's allow.paths`;
    if (disabled?.has(rule.index)) return `path ${path} matches allow.paths of rule ${rule.id}`;
    return undefined;
  }, history);
}

/** git-secrets' patterns and allowed regexes, when the repository (or the user) has any. */
export async function gitSecretsExtra(cwd: string, root: string, a: Pick<CommonArgs, 'verbose'>, io: Io): Promise<UserConfig | undefined> {
  const gs = await readGitSecrets(cwd, root);
  if (!gs) return undefined;
  const { translateGitSecrets, asUserConfig } = await import('../config/git-secrets.js');
  const { regexSafetyProblem } = await import('../engine/regex-safety.js');
  const translated = translateGitSecrets(gs, (src) => regexSafetyProblem(src));
  if (a.verbose) for (const n of translated.notes) io.stderr(`leakguard: git-secrets: ${n}\n`);
  return asUserConfig(translated);
}
