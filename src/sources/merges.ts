/**
 * The history's merge commits: what each merge added by itself (a conflict resolution can
 * add a secret that neither branch had). `git log --cc` gives each merge's combined diff,
 * whose lines in no parent the diff parser keeps. Rename detection is off here: on the
 * combined diffs of merges it is most of git's time (git/git: 16 s for 3,000 merges with
 * it, 3.4 s without), and a rename inside a merge is no new secret.
 */
import { LOG_PIN_ARGS, PATCH_ARGS, streamGit } from '../git/spawn.js';
import type { Fragment } from '../types.js';
import { LOG_FORMAT } from './diff.js';
import { patchBatches, type PatchOptions } from './patch.js';
import type { PathFilter, Source } from './source.js';

export const MERGE_LOG_ARGS = ['--cc', '--no-renames', '-p', '-U0', ...PATCH_ARGS, ...LOG_PIN_ARGS, `--format=${LOG_FORMAT}`];

/** Fragments of what the given merges added (their lines in no parent), in batches. */
export function mergeBatches(
  merges: readonly string[],
  source: Source,
  options: { cwd: string; paths: PathFilter; signal?: AbortSignal | undefined; onCommit?: PatchOptions['onCommit']; onBinary?: PatchOptions['onBinary']; gitArgs: readonly string[] },
): AsyncIterable<Fragment[]> {
  const chunks = streamGit([...options.gitArgs, 'log', '--no-walk=unsorted', '--stdin', ...MERGE_LOG_ARGS, '--'], {
    cwd: options.cwd,
    input: merges.join('\n') + '\n',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return patchBatches(chunks, { origin: 'commit', paths: options.paths, source, ...(options.onCommit ? { onCommit: options.onCommit } : {}), ...(options.onBinary ? { onBinary: options.onBinary } : {}) });
}
