import type { Fragment } from '../types.js';
import { type Source } from './source.js';
export interface LfsPointer {
    /** sha256 of the content, 64 hex digits */
    oid: string;
    /** bytes; -1 when not known (a diff that changed only the oid line) */
    size: number;
}
/** A whole pointer file (under 1 KB, as the spec says), or null. */
export declare function lfsPointer(content: Buffer | string): LfsPointer | null;
/**
 * A pointer's `oid` line among a diff's added lines (a changed pointer adds only its `oid`
 * line, and its `size` line when the size changed: the version line is unchanged), or null.
 */
export declare function pointerLines(text: string): LfsPointer | null;
/** The local LFS store of a repository (`lfs.storage`, else `<git common dir>/lfs`). */
export declare class LfsObjects {
    private readonly dir;
    private constructor();
    static open(cwd: string): Promise<LfsObjects>;
    /** The object's content, or why it cannot be read (a sentence). */
    read(pointer: LfsPointer, maxSize: number): Promise<Buffer | string>;
}
/** Records a note: `unscanned` when content that may hold a secret was left out. */
export type LfsNote = (path: string, message: string, unscanned: boolean) => void;
/** Notes on a source, each (path, message) once: a pointer changed by a hundred commits is one note. */
export declare function notesOnce(source: Source): LfsNote;
/**
 * The text to scan for a pointer: its object's content from the store (`--lfs`), or null
 * with a note saying why not (no store, not fetched, too large, binary).
 */
export declare function lfsContent(pointer: LfsPointer, path: string, store: LfsObjects | undefined, maxSize: number, note: LfsNote): Promise<Buffer | null>;
/**
 * For diff sources: a fragment whose added lines are an LFS pointer gets a fragment of the
 * object's content (under the same path and commit) when the store has it, else a note.
 */
export declare function lfsFragments(fragments: readonly Fragment[], store: LfsObjects | undefined, maxSize: number, note: LfsNote): Promise<Fragment[]>;
