/**
 * `leakguard staged`: exactly what `git commit` would record now, i.e. the lines the index
 * adds against HEAD (against the empty tree before the first commit, which
 * `git diff --cached` does by itself). Work-tree-only edits, deleted lines, untouched files
 * and pure renames yield nothing; partially staged files yield only their staged hunks.
 */
import { DiffParser, type AddedLines } from './diff.js';
import { LineSplitter } from './lines.js';
import { streamGit } from '../git/spawn.js';
import type { Fragment } from '../types.js';
import { addNote, fragmentFromAdded, newStats, type PathFilter, type Source } from './source.js';
import type { ScanError } from '../types.js';

export const STAGED_DIFF_ARGS = [
  'diff', '--cached', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv',
  '--src-prefix=a/', '--dst-prefix=b/', '--ignore-submodules',
];

export class StagedSource implements Source {
  readonly stats = newStats();
  readonly errors: ScanError[] = [];
  readonly notes: ScanError[] = [];

  constructor(
    private readonly cwd: string,
    private readonly paths: PathFilter,
  ) {}

  async *fragments(signal?: AbortSignal): AsyncGenerator<Fragment> {
    yield* diffFragments(streamGit(STAGED_DIFF_ARGS, { cwd: this.cwd, ...(signal ? { signal } : {}) }), 'staged', this.paths, this);
  }
}

/**
 * Shared by the staged and history sources: git's patch output -> fragments, with
 * back-pressure (fragments are handed out after each chunk of git output is parsed).
 */
export async function* diffFragments(
  chunks: AsyncIterable<Buffer>,
  origin: Fragment['origin'],
  paths: PathFilter,
  source: Source,
  onCommit?: (commit: NonNullable<AddedLines['commit']>, message: string) => Fragment | undefined,
): AsyncGenerator<Fragment> {
  const ready: Fragment[] = [];
  const files = origin === 'staged' ? new Set<string>() : undefined;
  const parser = new DiffParser({
    added(added) {
      const { skip, disabled } = paths.check(added.path);
      if (skip) return;
      files?.add(added.path);
      ready.push(fragmentFromAdded(added, origin, disabled));
    },
    binary(path, commit) {
      addNote(source, path, `binary file skipped${commit ? ` (commit ${commit.sha.slice(0, 12)})` : ''}`);
    },
    commit(commit, message) {
      source.stats.commits++;
      const f = onCommit?.(commit, message);
      if (f) ready.push(f);
    },
  });
  const splitter = new LineSplitter((text, first, column) => parser.line(text, first, column));
  for await (const chunk of chunks) {
    source.stats.bytes += chunk.length;
    splitter.push(chunk);
    if (ready.length) yield* ready.splice(0);
  }
  splitter.end();
  parser.end();
  if (ready.length) yield* ready.splice(0);
  if (files) source.stats.files = files.size;
}
