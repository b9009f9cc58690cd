export interface ReplacementParts {
    keyId: string;
    secret?: string | undefined;
    sessionToken?: string | undefined;
}
/** The lines of the file: `literal==>replacement`, one per part found. */
export declare function replacementLines(parts: ReplacementParts, show?: (s: string) => string): string;
/** Writes the file (whole values) and returns its absolute path. `dir`: where the private folder goes (default: the system's temp folder). */
export declare function writeReplacementFile(parts: ReplacementParts, dir?: string): string;
/** A path as one shell word (single-quoted unless it needs no quoting). */
export declare function shellWord(s: string): string;
