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
import { decodeText, SNIFF_BYTES } from './text.js';

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

/**
 * The fragments of `changes`. The first bytes of each new blob decide what it is (one
 * `git cat-file --batch`, nothing held: most such files are real binaries, such as
 * images); then the text ones, with their old blobs, and the binary ones when their
 * strings are wanted, are read whole (a second one), one change at a time.
 */
export async function* binaryChangeFragments(changes: readonly BinaryChange[], options: BinaryChangeOptions): AsyncGenerator<Fragment> {
  if (changes.length === 0) return;
  // each blob's verdict once (the same blob may be at several paths)
  const ids = [...new Set(changes.map((c) => c.blob))];
  const verdicts = new Map<string, { size: number; missing: boolean; binary: boolean }>();
  for await (const blob of readBlobs(ids, { cwd: options.cwd, maxSize: Infinity, head: SNIFF_BYTES, signal: options.signal })) {
    verdicts.set(blob.id, { size: blob.size, missing: !blob.data, binary: blob.data ? decodeText(blob.data).binary : true });
  }
  if (options.signal?.aborted) return;
  const read: Array<{ change: BinaryChange; text: boolean }> = [];
  for (const change of changes) {
    const blob = verdicts.get(change.blob) ?? { size: 0, missing: true, binary: true };
    const at = atCommit(change);
    if (blob.missing) addNote(options.source, change.path, `not scanned: blob ${change.blob.slice(0, 12)} is missing from the repository${at}`);
    else if (blob.size > options.maxSize) addNote(options.source, change.path, `not scanned: ${formatBytes(blob.size)} is over the size limit of ${formatBytes(options.maxSize)} (maxFileSize)${at}`);
    else if (!blob.binary) read.push({ change, text: true });
    else if (options.strings) read.push({ change, text: false });
    else addNote(options.source, change.path, `binary file skipped${at}`);
  }
  if (read.length === 0) return;
  const wanted = read.flatMap(({ change, text }) => (text ? [...change.oldBlobs, change.blob] : [change.blob]));
  const blobs = readBlobs(wanted, { cwd: options.cwd, maxSize: options.maxSize, signal: options.signal });
  try {
    for (const { change, text } of read) {
      const old: Array<Buffer | null> = [];
      if (text) for (let k = 0; k < change.oldBlobs.length; k++) old.push((await blobs.next()).value?.data ?? null);
      const next = await blobs.next();
      if (next.done) return; // aborted
      if (next.value.data) yield* text ? addedFragments(change, next.value.data, old, options) : stringFragments(change, next.value.data, options);
    }
  } finally {
    await blobs.return(undefined);
  }
}

function atCommit(change: BinaryChange): string {
  return change.commit ? ` (commit ${change.commit.sha.slice(0, 12)})` : '';
}

/** Printable strings of binary content (`--binary`). */
function* stringFragments(change: BinaryChange, data: Buffer, options: BinaryChangeOptions): Generator<Fragment> {
  const { disabled } = options.paths.check(change.path);
  for (const run of printableRuns(data)) {
    const f: Fragment = { text: run.text, path: change.path, startLine: 1, startColumn: run.offset + 1, origin: options.origin };
    if (change.commit) f.commit = change.commit;
    if (disabled) f.disabledRules = disabled;
    yield f;
  }
}

/** The lines of the new blob (text) that are in none of the old ones, at their line numbers. */
function* addedFragments(change: BinaryChange, data: Buffer, old: Array<Buffer | null>, options: BinaryChangeOptions): Generator<Fragment> {
  const decoded = decodeText(data);
  if (decoded.binary) return;
  const { disabled } = options.paths.check(change.path);
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
    const f = fragmentFromAdded({ commit: change.commit, path: change.path, lines, lineNumbers }, options.origin, disabled);
    lines = [];
    lineNumbers = [];
    chars = 0;
    return f;
  };
  const all = decoded.text.split('\n');
  for (let k = 0; k < all.length; k++) {
    const line = stripCr(all[k]!);
    if (line === '' || before.has(line)) continue;
    lines.push(line);
    lineNumbers.push(k + 1);
    chars += line.length + 1;
    if (chars >= FLUSH_CHARS) yield flush();
  }
  if (lines.length) yield flush();
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
