/**
 * One scan: a source's fragments through the engine into a deduplicated, sorted set of
 * findings, with the source's errors, notes and counters. Stops early (keeping what was
 * found so far) when the signal is aborted.
 */
import type { Config } from './config/load.js';
import { scanFragment } from './engine/engine.js';
import { FindingSet, type Rank } from './findings/dedupe.js';
import { compareFindings, toFinding } from './findings/finding.js';
import type { Source } from './sources/source.js';
import type { ScanResult } from './types.js';

export interface RunOptions {
  signal?: AbortSignal;
  /** history: one finding per secret and file, at the commit that introduced it (`rank`: older is higher) */
  history?: { rank: Rank };
  /** called after each fragment (progress) */
  onFragment?: (source: Source) => void;
}

export async function runScan(source: Source, config: Config, options: RunOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const set = new FindingSet(options.history ? { history: true, rank: options.history.rank } : { history: false });
  for await (const fragment of source.fragments(options.signal)) {
    const { findings } = scanFragment(fragment, config.ruleSet);
    for (const c of findings) set.add(toFinding(c, fragment));
    options.onFragment?.(source);
    if (options.signal?.aborted) break;
  }
  const findings = set.findings().sort(compareFindings);
  return {
    findings,
    errors: source.errors,
    notes: source.notes,
    stats: { ...source.stats, ms: Math.round(performance.now() - started) },
  };
}
