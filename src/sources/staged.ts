/**
 * `leakguard staged`: exactly what `git commit` would record now, i.e. the lines the index
 * adds against HEAD (against the empty tree before the first commit, which
 * `git diff --cached` does by itself). Work-tree-only edits, deleted lines, untouched files
 * and pure renames yield nothing; partially staged files yield only their staged hunks.
 * A file git prints as binary (attributes, UTF-16) is read from the index and decided by
 * leakguard (sources/binary-diff.ts).
 * The unchanged lines around each change come as context (a secret pasted next to a key
 * ID committed earlier pairs with it), never reported by themselves.
 */
import { PATCH_ARGS, prefetch, streamGit } from '../git/spawn.js';
import type { Fragment, ScanError } from '../types.js';
import { addNote, newStats, type PathFilter, type Source } from './source.js';
import { patchFragments } from './patch.js';
import { binaryChangeFragments, type BinaryChange } from './binary-diff.js';
import { CONTEXT_LINES } from './diff.js';

export const STAGED_DIFF_ARGS = ['diff', '--cached', `-U${CONTEXT_LINES}`, '-M', ...PATCH_ARGS, '--ignore-submodules'];

export class StagedSource implements Source {
  readonly stats = newStats();
  readonly errors: ScanError[] = [];
  readonly notes: ScanError[] = [];

  /** `started`: the diff, when startStagedDiff() began it earlier; `maxSize`: files git prints as binary larger than this are not read (bytes) */
  constructor(
    private readonly cwd: string,
    private readonly paths: PathFilter,
    private readonly started?: AsyncIterable<Buffer>,
    private readonly maxSize = 10 * 1024 * 1024,
  ) {}

  async *fragments(signal?: AbortSignal): AsyncGenerator<Fragment> {
    const chunks = this.started ?? streamGit(STAGED_DIFF_ARGS, { cwd: this.cwd, ...(signal ? { signal } : {}) });
    const binaries: BinaryChange[] = [];
    const fragments = patchFragments(chunks, {
      origin: 'staged',
      paths: this.paths,
      source: this,
      countFiles: true,
      onBinary: (path, commit, blob, oldBlobs) => {
        // a deleted file adds nothing
        if (blob && !this.paths.check(path).skip) binaries.push({ path, commit, blob, oldBlobs });
        return true;
      },
    });
    for await (const f of fragments) {
      yield f;
      if (f.text.includes('oid sha256:')) yield* await this.lfsObject(f);
    }
    this.stats.files += binaries.length;
    yield* binaryChangeFragments(binaries, { cwd: this.cwd, maxSize: this.maxSize, strings: false, paths: this.paths, origin: 'staged', source: this, signal });
  }

  /**
   * A staged Git LFS pointer: `git add` has just put its object in the local LFS store, so
   * the object is scanned instead (sources/lfs.ts); a note when it is not there.
   */
  private async lfsObject(f: Fragment): Promise<Fragment[]> {
    const { LfsObjects, lfsFragments } = await import('./lfs.js');
    this.lfs ??= await LfsObjects.open(this.cwd);
    return lfsFragments([f], this.lfs, 64 * 1024 * 1024, (path, message, unscanned) => addNote(this, path, message, unscanned));
  }

  private lfs: import('./lfs.js').LfsObjects | undefined;
}

/** Starts `git diff --cached` right away (the pre-commit hook does, before loading the rest). */
export function startStagedDiff(cwd: string): AsyncIterable<Buffer> {
  return prefetch(streamGit(STAGED_DIFF_ARGS, { cwd }));
}
