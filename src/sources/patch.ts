/**
 * Git's patch output -> fragments, shared by the staged and history sources. Fragments are
 * handed out after each chunk of git output is parsed, so git is paused (back-pressure)
 * while the engine works.
 */
import { DiffParser } from './diff.js';
import { LineSplitter } from './lines.js';
import type { CommitInfo, Fragment } from '../types.js';
import { addNote, fragmentFromAdded, type PathFilter, type Source } from './source.js';

export interface PatchOptions {
  origin: Fragment['origin'];
  paths: PathFilter;
  source: Source;
  /** a commit header was read (log output): may return a fragment for its message */
  onCommit?: (commit: CommitInfo, message: string) => Fragment | undefined;
  /**
   * git printed a file as binary (see sources/binary-diff.ts): return true when it was
   * taken care of (no note needed)
   */
  onBinary?: (path: string, commit: CommitInfo | undefined, blob: string | undefined, oldBlobs: string[]) => boolean;
  /** counts distinct files into source.stats.files (staged) */
  countFiles?: boolean;
}

export async function* patchFragments(chunks: AsyncIterable<Buffer>, options: PatchOptions): AsyncGenerator<Fragment> {
  for await (const batch of patchBatches(chunks, options)) yield* batch;
}

/** The same, handed over as the fragments of each chunk of git output (fewer async steps: a history has many). */
export async function* patchBatches(chunks: AsyncIterable<Buffer>, options: PatchOptions): AsyncGenerator<Fragment[]> {
  const { origin, paths, source } = options;
  const ready: Fragment[] = [];
  const files = options.countFiles ? new Set<string>() : undefined;
  const parser = new DiffParser({
    added(added) {
      const { skip, disabled } = paths.check(added.path);
      if (skip) return;
      files?.add(added.path);
      ready.push(fragmentFromAdded(added, origin, disabled));
    },
    binary(path, commit, blob, oldBlobs) {
      if (options.onBinary?.(path, commit, blob, oldBlobs)) return;
      addNote(source, path, `binary file skipped${commit ? ` (commit ${commit.sha.slice(0, 12)})` : ''}`);
    },
    commit(commit, message) {
      source.stats.commits++;
      const f = options.onCommit?.(commit, message);
      if (f) ready.push(f);
    },
  });
  const splitter = new LineSplitter((text, first, column) => parser.line(text, first, column));
  for await (const chunk of chunks) {
    source.stats.bytes += chunk.length;
    splitter.push(chunk);
    if (ready.length) yield ready.splice(0);
  }
  splitter.end();
  parser.end();
  if (ready.length) yield ready.splice(0);
  if (files) source.stats.files = files.size;
}
