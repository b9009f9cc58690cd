export declare const MAX_LINE: number;
export declare const PIECE_OVERLAP = 4096;
/**
 * `text` is the line (or piece) without its '\n' (a trailing '\r' is kept); `column` is the
 * 0-based offset of `text` in the whole line; `first` is false for the pieces after the first.
 */
export type LineHandler = (text: string, first: boolean, column: number) => void;
export declare class LineSplitter {
    private readonly onLine;
    private readonly maxLine;
    private readonly overlap;
    private readonly decoder;
    /** the undelivered tail of the current line */
    private pending;
    /** offset of `pending` in the current line */
    private base;
    /** whether pieces of the current line were delivered already */
    private split;
    constructor(onLine: LineHandler, maxLine?: number, overlap?: number);
    push(chunk: Buffer): void;
    end(): void;
    private feed;
    /** Delivers full pieces from the front of `text` while it is longer than maxLine; returns the rest. */
    private cut;
    /** `rest` is the undelivered tail of a line that has just ended */
    private endLine;
}
