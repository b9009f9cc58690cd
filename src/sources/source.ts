/**
 * A Source turns a place (the index, files, the history, a commit message) into
 * Fragments. Sources decide what is scanned: they list, read and filter paths (path
 * allowlists are applied here and nowhere else), and record per-file errors and notes
 * instead of throwing, so one unreadable file never hides the findings in the others.
 */
import type { Finding, Fragment, ScanError } from '../types.js';
import type { Rule } from '../engine/rule.js';
import type { AddedLines } from './diff.js';
import { detach } from '../util.js';

export interface SourceStats {
  files: number;
  commits: number;
  bytes: number;
}

export interface Source {
  fragments(signal?: AbortSignal): AsyncIterable<Fragment>;
  /** the same fragments, in batches: optional, for sources that produce many small fragments (a history) */
  batches?(signal?: AbortSignal): AsyncIterable<Fragment[]>;
  readonly stats: SourceStats;
  readonly errors: ScanError[];
  /** things skipped on purpose (binary, too large, symlink), shown with --verbose */
  readonly notes: ScanError[];
  /** history sources: age rank of a commit (higher is older); findings are then reported once per secret and file */
  readonly rank?: (sha: string) => number;
  /** history sources: commits to scan, once known (progress) */
  readonly total?: number | undefined;
  /** history sources over several repositories (submodules): marks present / removed with `mark` in each one */
  exposure?(findings: Finding[], mark: (findings: Finding[], cwd: string) => Promise<void>): Promise<void>;
}

export function newStats(): SourceStats {
  return { files: 0, commits: 0, bytes: 0 };
}

/**
 * Path filtering: the config's global allowlist skips a path entirely; a rule's
 * `allow.paths` disables that rule on the path. Results are cached per path (a history
 * sees the same paths again and again).
 */
export class PathFilter {
  private readonly cache = new Map<string, { skip: boolean; disabled: ReadonlySet<number> | undefined }>();

  /** `global`: the config's allowlist of paths, compiled (config/load.ts) */
  constructor(
    private readonly global: ((path: string) => boolean) | undefined,
    private readonly rules: readonly Rule[],
  ) {}

  check(path: string): { skip: boolean; disabled: ReadonlySet<number> | undefined } {
    let r = this.cache.get(path);
    if (r) return r;
    if (this.global?.(path)) r = { skip: true, disabled: undefined };
    else {
      let disabled: Set<number> | undefined;
      for (const rule of this.rules) {
        if (rule.allowPaths?.(path)) (disabled ??= new Set()).add(rule.index);
      }
      r = { skip: false, disabled };
    }
    if (this.cache.size > 10_000) this.cache.clear();
    // the path was cut from a chunk of git output: the cache must not keep that alive
    this.cache.set(detach(path), r);
    return r;
  }
}

/** Added lines of a diff (and their context lines) as a fragment: consecutive line numbers need no line map. */
export function fragmentFromAdded(added: AddedLines, origin: Fragment['origin'], disabled: ReadonlySet<number> | undefined): Fragment {
  const { lines, lineNumbers } = added;
  const first = lineNumbers[0] ?? 1;
  const consecutive = lineNumbers[lineNumbers.length - 1] === first + lineNumbers.length - 1;
  const fragment: Fragment = {
    text: lines.length === 1 ? lines[0]! : lines.join('\n'),
    path: added.path,
    startLine: first,
    origin,
  };
  if (!consecutive) fragment.lineMap = lineNumbers;
  if (added.startColumn !== undefined) fragment.startColumn = added.startColumn;
  if (added.context) {
    const context = new Set<number>();
    added.context.forEach((c, i) => c && context.add(lineNumbers[i]!));
    fragment.contextLines = context;
  }
  if (added.commit) fragment.commit = added.commit;
  if (disabled) fragment.disabledRules = disabled;
  return fragment;
}

/** Most notes kept per scan; past it, only a count (a history can hold thousands of binaries). */
export const MAX_NOTES = 1000;
const dropped = new WeakMap<Source, number>();

/**
 * Records a note (something skipped on purpose), keeping at most MAX_NOTES of them.
 * `unscanned`: content that may hold secrets was left out (see ScanError.unscanned).
 */
export function addNote(source: Source, file: string | null, message: string, unscanned = false): void {
  if (source.notes.length < MAX_NOTES) {
    source.notes.push({ file: file === null ? null : detach(file), message, ...(unscanned ? { unscanned } : {}) });
    return;
  }
  const n = (dropped.get(source) ?? 0) + 1;
  dropped.set(source, n);
  const last: ScanError = { file: null, message: `${n} more notes not shown` };
  if (n === 1) source.notes.push(last);
  else source.notes[source.notes.length - 1] = last;
}
