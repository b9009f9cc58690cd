/**
 * Files that git printed as binary in a patch ("Binary files differ"): git's verdict
 * follows `.gitattributes` (`binary`, `-diff`, a diff driver with `binary = true`),
 * `core.bigFileThreshold` and NUL bytes (UTF-16), so a key in a `*.env -diff` file or in a
 * PowerShell UTF-16 file would pass unseen. leakguard reads the blobs instead (one
 * `git cat-file --batch` for all of them, blob ids from `--full-index`) and decides itself
 * (sources/text.ts):
 *
 * - text: the lines of the new blob that are in none of the old blobs (a parent's version,
 *   or each parent's for a merge) are scanned, with their line numbers in the new file;
 * - binary: its printable strings when asked (`--binary`), else a note says it was skipped;
 * - over the size limit, or missing from the repository: a note.
 */
import { printableRuns, readBlobs } from '../git/blobs.js';
import type { CommitInfo, Fragment } from '../types.js';
import { formatBytes } from '../util.js';
import { FLUSH_CHARS } from './diff.js';
import { addNote, fragmentFromAdded, type PathFilter, type Source } from './source.js';
import { decodeText } from './text.js';

/** A file that git printed as binary: its new blob and the blobs it replaced. */
export interface BinaryChange {
  path: string;
  commit: CommitInfo | undefined;
  blob: string;
  /** the file's blobs before the change (one per parent that had it; none for a new file) */
  oldBlobs: readonly string[];
}

export interface BinaryChangeOptions {
  cwd: string;
  /** blobs larger than this are not read (bytes) */
  maxSize: number;
  /** binary content: scan its printable strings (`--binary`) instead of noting it */
  strings: boolean;
  paths: PathFilter;
  origin: Fragment['origin'];
  source: Source;
  signal?: AbortSignal | undefined;
}

/** The fragments of `changes`, read blob by blob (one change's blobs in memory at a time). */
export async function* binaryChangeFragments(changes: readonly BinaryChange[], options: BinaryChangeOptions): AsyncGenerator<Fragment> {
  if (changes.length === 0) return;
  const ids = changes.flatMap((c) => [...c.oldBlobs, c.blob]);
  const blobs = readBlobs(ids, { cwd: options.cwd, maxSize: options.maxSize, ...(options.signal ? { signal: options.signal } : {}) });
  try {
    for (const change of changes) {
      const old: Array<Buffer | null> = [];
      for (let i = 0; i < change.oldBlobs.length; i++) old.push((await blobs.next()).value?.data ?? null);
      const next = await blobs.next();
      if (next.done) return; // aborted
      yield* changeFragments(change, next.value.data, next.value.size, old, options);
    }
  } finally {
    await blobs.return(undefined);
  }
}

function* changeFragments(change: BinaryChange, data: Buffer | null, size: number, old: Array<Buffer | null>, options: BinaryChangeOptions): Generator<Fragment> {
  const at = change.commit ? ` (commit ${change.commit.sha.slice(0, 12)})` : '';
  if (!data) {
    const why = size > options.maxSize ? `${formatBytes(size)} is over the size limit of ${formatBytes(options.maxSize)} (maxFileSize)` : `blob ${change.blob.slice(0, 12)} is missing from the repository`;
    addNote(options.source, change.path, `not scanned: ${why}${at}`);
    return;
  }
  const { disabled } = options.paths.check(change.path);
  const decoded = decodeText(data);
  if (decoded.binary) {
    if (!options.strings) {
      addNote(options.source, change.path, `binary file skipped${at}`);
      return;
    }
    for (const run of printableRuns(data)) {
      const f: Fragment = { text: run.text, path: change.path, startLine: 1, startColumn: run.offset + 1, origin: options.origin };
      if (change.commit) f.commit = change.commit;
      if (disabled) f.disabledRules = disabled;
      yield f;
    }
    return;
  }
  const before = new Set<string>();
  for (const o of old) {
    if (!o) continue;
    const d = decodeText(o);
    if (!d.binary) for (const line of d.text.split('\n')) before.add(stripCr(line));
  }
  let lines: string[] = [];
  let lineNumbers: number[] = [];
  let chars = 0;
  const flush = () => {
    if (lines.length === 0) return undefined;
    const f = fragmentFromAdded({ commit: change.commit, path: change.path, lines, lineNumbers }, options.origin, disabled);
    lines = [];
    lineNumbers = [];
    chars = 0;
    return f;
  };
  const all = decoded.text.split('\n');
  for (let i = 0; i < all.length; i++) {
    const line = stripCr(all[i]!);
    if (line === '' || before.has(line)) continue;
    lines.push(line);
    lineNumbers.push(i + 1);
    chars += line.length + 1;
    if (chars >= FLUSH_CHARS) yield flush()!;
  }
  const last = flush();
  if (last) yield last;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
