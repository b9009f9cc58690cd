/**
 * One scan: a source's fragments through the engine into a deduplicated, sorted set of
 * findings, with the source's errors, notes and counters. Stops early (keeping what was
 * found so far) when the signal is aborted.
 */
import type { Config } from './config/load.js';
import { scanFragment } from './engine/engine.js';
import { FindingSet, type Rank } from './findings/dedupe.js';
import { compareFindings, secretHash, toFinding } from './findings/finding.js';
import type { Source } from './sources/source.js';
import type { ScanResult } from './types.js';

export interface RunOptions {
  signal?: AbortSignal;
  /** history: one finding per secret and file, at the commit that introduced it (`rank`: older is higher) */
  history?: { rank: Rank };
  /** called after each fragment (progress) */
  onFragment?: (source: Source) => void;
}

export interface RunResult extends ScanResult {
  /** the findings' set: in a history, it also knows which commits deleted each secret */
  set: FindingSet;
}

export async function runScan(source: Source, config: Config, options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  const set = new FindingSet(options.history ? { history: true, rank: options.history.rank } : { history: false });
  for await (const fragment of source.fragments(options.signal)) {
    const { findings } = scanFragment(fragment, config.ruleSet);
    if (fragment.removed) {
      for (const c of findings) set.noteRemoval(fragment.path!, secretHash(c.secret), fragment.commit!.sha);
    } else for (const c of findings) set.add(toFinding(c, fragment));
    options.onFragment?.(source);
    if (options.signal?.aborted) break;
  }
  const findings = set.findings().sort(compareFindings);
  return {
    findings,
    errors: source.errors,
    notes: source.notes,
    stats: { ...source.stats, ms: Math.round(performance.now() - started) },
    set,
  };
}
