/**
 * Splitting a byte stream (git's output) into lines without ever holding an unbounded
 * line: a line longer than `maxLine` characters is delivered in pieces, each overlapping
 * the previous one by `overlap` characters so that a secret cut by a piece boundary is
 * still whole in one piece. UTF-8 sequences split across chunks are decoded correctly.
 */
import { StringDecoder } from 'node:string_decoder';

export const MAX_LINE = 1024 * 1024;
export const PIECE_OVERLAP = 4096;

/**
 * `text` is the line (or piece) without its '\n' (a trailing '\r' is kept); `column` is the
 * 0-based offset of `text` in the whole line; `first` is false for the pieces after the first.
 */
export type LineHandler = (text: string, first: boolean, column: number) => void;

export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  /** the undelivered tail of the current line */
  private pending = '';
  /** offset of `pending` in the current line */
  private base = 0;
  /** whether pieces of the current line were delivered already */
  private split = false;

  constructor(
    private readonly onLine: LineHandler,
    private readonly maxLine = MAX_LINE,
    private readonly overlap = PIECE_OVERLAP,
  ) {}

  push(chunk: Buffer): void {
    this.feed(this.decoder.write(chunk));
  }

  end(): void {
    this.feed(this.decoder.end());
    if (this.pending.length > 0 || this.split) this.endLine(this.pending);
  }

  private feed(s: string): void {
    if (!s) return;
    const text = this.pending ? this.pending + s : s;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      this.endLine(this.cut(text.slice(start, nl)));
      start = nl + 1;
    }
    this.pending = this.cut(start ? text.slice(start) : text);
  }

  /** Delivers full pieces from the front of `text` while it is longer than maxLine; returns the rest. */
  private cut(text: string): string {
    while (text.length > this.maxLine) {
      this.onLine(text.slice(0, this.maxLine), !this.split, this.base);
      this.split = true;
      text = text.slice(this.maxLine - this.overlap);
      this.base += this.maxLine - this.overlap;
    }
    return text;
  }

  /** `rest` is the undelivered tail of a line that has just ended */
  private endLine(rest: string): void {
    if (!this.split) this.onLine(rest, true, 0);
    else if (rest.length > this.overlap) this.onLine(rest, false, this.base);
    this.pending = '';
    this.base = 0;
    this.split = false;
  }
}
