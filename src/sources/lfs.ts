/**
 * Git LFS keeps a file's content outside git: the repository (its index, its history, and
 * a work tree checked out without git-lfs) holds a small pointer, `oid sha256:<64 hex>` and
 * `size N`, and the content sits in `.git/lfs/objects/<2>/<2>/<oid>` once fetched. A key
 * in an LFS-tracked file is therefore invisible to a scan of git's content. A pointer is
 * always noted (in every mode); with `--lfs` the object is read from the local store
 * instead (never from the network, and without needing git-lfs installed).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { gitOutput } from '../git/spawn.js';
import type { Fragment } from '../types.js';
import { detach, formatBytes } from '../util.js';
import { addNote, type Source } from './source.js';

export interface LfsPointer {
  /** sha256 of the content, 64 hex digits */
  oid: string;
  /** bytes; -1 when not known (a diff that changed only the oid line) */
  size: number;
}

const SPEC = /^version https:\/\/(git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)\n/;
const OID = /^oid sha256:([0-9a-f]{64})$/m;
const SIZE = /^size (\d+)$/m;

/** A whole pointer file (under 1 KB, as the spec says), or null. */
export function lfsPointer(content: Buffer | string): LfsPointer | null {
  if (content.length > 1024) return null;
  const text = typeof content === 'string' ? content : content.toString('utf8');
  if (!SPEC.test(text)) return null;
  return pointerLines(text);
}

/**
 * A pointer's `oid` line among a diff's added lines (a changed pointer adds only its `oid`
 * line, and its `size` line when the size changed: the version line is unchanged), or null.
 */
export function pointerLines(text: string): LfsPointer | null {
  if (!text.includes('oid sha256:')) return null;
  const m = OID.exec(text);
  if (!m) return null;
  const size = SIZE.exec(text);
  return { oid: m[1]!, size: size ? Number(size[1]) : -1 };
}

/** The local LFS store of a repository (`lfs.storage`, else `<git common dir>/lfs`). */
export class LfsObjects {
  private constructor(private readonly dir: string) {}

  static async open(cwd: string): Promise<LfsObjects> {
    const common = (await gitOutput(['rev-parse', '--git-common-dir'], { cwd })).toString('utf8').trim();
    const gitDir = resolve(cwd, common);
    let storage = '';
    try {
      storage = (await gitOutput(['config', '--get', 'lfs.storage'], { cwd })).toString('utf8').trim();
    } catch {
      // exit 1: not set
    }
    return new LfsObjects(storage ? (isAbsolute(storage) ? storage : resolve(gitDir, storage)) : join(gitDir, 'lfs'));
  }

  /** The object's content, or why it cannot be read (a sentence). */
  async read(pointer: LfsPointer, maxSize: number): Promise<Buffer | string> {
    const file = join(this.dir, 'objects', pointer.oid.slice(0, 2), pointer.oid.slice(2, 4), pointer.oid);
    if (!existsSync(file)) return `object ${pointer.oid.slice(0, 12)} is not in the local LFS store (git lfs fetch downloads it)`;
    const st = await stat(file);
    if (st.size > maxSize) return `${formatBytes(st.size)} is over the size limit of ${formatBytes(maxSize)} (maxFileSize)`;
    const data = await readFile(file);
    // the store is named by content: a file that does not hash to its name is not the object
    if (createHash('sha256').update(data).digest('hex') !== pointer.oid) return `object ${pointer.oid.slice(0, 12)} in the local LFS store does not match its id`;
    return data;
  }
}

/** Records a note: `unscanned` when content that may hold a secret was left out. */
export type LfsNote = (path: string, message: string, unscanned: boolean) => void;

/** Notes on a source, each (path, message) once: a pointer changed by a hundred commits is one note. */
export function notesOnce(source: Source): LfsNote {
  const seen = new Set<string>();
  return (path, message, unscanned) => {
    const key = `${path}\0${message}`;
    if (seen.has(key)) return;
    seen.add(detach(key));
    addNote(source, path, message, unscanned);
  };
}

/**
 * The text to scan for a pointer: its object's content from the store (`--lfs`), or null
 * with a note saying why not (no store, not fetched, too large, binary).
 */
export async function lfsContent(pointer: LfsPointer, path: string, store: LfsObjects | undefined, maxSize: number, note: LfsNote): Promise<Buffer | null> {
  if (!store) {
    note(path, 'Git LFS pointer: the object it points to is not scanned (--lfs scans the objects present locally)', true);
    return null;
  }
  const data = await store.read(pointer, maxSize);
  if (typeof data === 'string') {
    note(path, `Git LFS object not scanned: ${data}`, true);
    return null;
  }
  if (data.subarray(0, 8000).includes(0)) {
    note(path, 'Git LFS object is binary: skipped', false);
    return null;
  }
  return data;
}

/**
 * For diff sources: a fragment whose added lines are an LFS pointer gets a fragment of the
 * object's content (under the same path and commit) when the store has it, else a note.
 */
export async function lfsFragments(fragments: readonly Fragment[], store: LfsObjects | undefined, maxSize: number, note: LfsNote): Promise<Fragment[]> {
  const extra: Fragment[] = [];
  for (const f of fragments) {
    if (f.path === null || f.origin === 'message') continue;
    const pointer = pointerLines(f.text);
    const data = pointer && (await lfsContent(pointer, f.path, store, maxSize, note));
    if (!data) continue;
    const object: Fragment = { text: data.toString('utf8'), path: f.path, startLine: 1, origin: f.origin };
    if (f.commit) object.commit = f.commit;
    if (f.disabledRules) object.disabledRules = f.disabledRules;
    extra.push(object);
  }
  return extra;
}
