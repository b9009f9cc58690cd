interface Entry {
    mode: string;
    id: string;
}
export declare class TreeReader {
    private readonly cat;
    private readonly roots;
    private readonly trees;
    private entries;
    constructor(cwd: string);
    /** The content of `path` in `commit`, or null when it is not a file there. */
    read(commit: string, path: string): Promise<Buffer | null>;
    private blobId;
    private tree;
    close(): void;
}
/** A tree object's entries (`<mode> <name>\0<binary id>`), by name (latin1: byte for byte). */
export declare function parseTree(data: Buffer, idBytes: number): Map<string, Entry>;
export {};
