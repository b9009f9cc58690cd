/**
 * One scan: a source's fragments through the engine into a deduplicated, sorted set of
 * findings, with the source's errors, notes and counters. Stops early (keeping what was
 * found so far) when the signal is aborted.
 */
import type { Config } from './config/load.js';
import { GitStopped } from './errors.js';
import { scanFragment } from './engine/engine.js';
import { FindingSet, type Rank } from './findings/dedupe.js';
import { compareFindings, toFinding } from './findings/finding.js';
import type { Source } from './sources/source.js';
import type { Finding, Fragment, ScanResult, SuppressedFinding } from './types.js';
import type { RuleSet } from './engine/engine.js';

export interface RunOptions {
  signal?: AbortSignal;
  /** history: one finding per secret and file, at the commit that introduced it (`rank`: older is higher) */
  history?: { rank: Rank };
  /**
   * A git process of the source was ended by a signal (Ctrl-C reaching the process group,
   * an OOM kill): with this callback the scan stops there and returns what it found so far;
   * without it, the GitStopped error is thrown.
   */
  onGitStopped?: (error: GitStopped) => void;
  /** called after each fragment (progress) */
  onFragment?: (source: Source) => void;
  /**
   * --explain-suppressed: scans each fragment instead of the engine's fast path, keeping
   * what inline markers and allowlists dropped (findings/explain.ts); its list becomes
   * `result.suppressed`. Without it the normal path is unchanged.
   */
  explain?: { scan(fragment: Fragment, ruleSet: RuleSet): Finding[]; suppressed(): SuppressedFinding[] };
}

export async function runScan(source: Source, config: Config, options: RunOptions = {}): Promise<ScanResult> {
  const started = Date.now();
  const set = new FindingSet(options.history ? { history: true, rank: options.history.rank } : { history: false });
  const explain = options.explain;
  const scan = (fragment: Fragment) => {
    if (explain) for (const f of explain.scan(fragment, config.ruleSet)) set.add(f);
    else for (const c of scanFragment(fragment, config.ruleSet).findings) set.add(toFinding(c, fragment));
  };
  try {
    if (source.batches) {
      for await (const batch of source.batches(options.signal)) {
        for (const fragment of batch) scan(fragment);
        options.onFragment?.(source);
        if (options.signal?.aborted) break;
      }
    } else {
      for await (const fragment of source.fragments(options.signal)) {
        scan(fragment);
        options.onFragment?.(source);
        if (options.signal?.aborted) break;
      }
    }
  } catch (err) {
    if (!(err instanceof GitStopped) || !options.onGitStopped) throw err;
    options.onGitStopped(err);
  }
  const findings = set.findings().sort(compareFindings);
  return {
    findings,
    errors: source.errors,
    notes: source.notes,
    stats: { ...source.stats, ms: Math.round(Date.now() - started) },
    ...(explain ? { suppressed: explain.suppressed().sort(compareFindings) } : {}),
  };
}
