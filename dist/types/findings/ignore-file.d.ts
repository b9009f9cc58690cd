export declare const IGNORE_FILE = ".leakguardignore";
/** `rule-id:16 hex digits`, as reports print it */
export declare const FINGERPRINT_RE: RegExp;
export interface IgnoreEntry {
    fingerprint: string;
    /** picomatch glob relative to the repository root; undefined: any path */
    path?: string;
    reason?: string;
    /** 1-based line in the ignore file */
    line: number;
    /** compiled `path` */
    matches?: (path: string) => boolean;
}
export type GlobCompiler = (glob: string) => (path: string) => boolean;
/** Parses an ignore file; `label` prefixes errors (`.leakguardignore:3: ...`). */
export declare function parseIgnoreFile(text: string, label: string, glob?: GlobCompiler): IgnoreEntry[];
/** A glob is relative to the repository root: a leading `./` or `/` is dropped. */
export declare function checkGlob(glob: string, where: string): string;
/** One line of an ignore file (without the line break). */
export declare function formatIgnoreEntry(e: {
    fingerprint: string;
    path?: string | undefined;
    reason?: string | undefined;
}): string;
/** The salt of an ignore file (its `# leakguard-salt:` line), if it has one; `label` prefixes errors. */
export declare function ignoreFileSalt(text: string, label: string): string | undefined;
/** The salt line of a new ignore file. */
export declare function saltLine(salt: string): string;
export declare const IGNORE_FILE_HEADER: string;
