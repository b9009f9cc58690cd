export interface Blob {
    id: string;
    size: number;
    /** null when over the size limit or missing */
    data: Buffer | null;
}
/** `head`: keep only the first `head` bytes of each blob (enough to decide what it is) */
export declare function readBlobs(ids: readonly string[], options: {
    cwd: string;
    maxSize: number;
    head?: number;
    signal?: AbortSignal | undefined;
}): AsyncGenerator<Blob>;
/** Runs of at least `min` printable ASCII characters (and tabs), with their byte offsets. */
export declare function printableRuns(data: Buffer, min?: number): Generator<{
    offset: number;
    text: string;
}>;
/**
 * One `git cat-file --batch` process answering object names one at a time, for searches
 * that choose the next object from the last answer (a binary search over a file's
 * versions). Names go through stdin, never the command line.
 */
export declare class CatFile {
    private readonly child;
    /** git's output not read yet, in the pieces it came in (joined only when read: a large blob is never copied piece after piece) */
    private chunks;
    private length;
    private waiting;
    private ended;
    constructor(cwd: string);
    private wake;
    /** waits until `bytes` bytes are buffered; false when git stopped first */
    private need;
    /** the buffered output as one buffer */
    private joined;
    private consume;
    /** The content of object `name` (any name git understands, e.g. `HEAD:path`), or null when it does not exist (or git stopped). */
    read(name: string): Promise<Buffer | null>;
    /** The type and content of object `name`, or null when it does not exist (or git stopped). */
    readObject(name: string): Promise<{
        id: string;
        type: string;
        data: Buffer;
    } | null>;
    close(): void;
}
