/**
 * Unified diff parsing: git's patch output (from `git diff --cached` or `git log -p`,
 * optionally with a commit header per commit) becomes the added lines of each file with
 * their new-file line numbers. Deleted lines, context lines and pure renames yield
 * nothing. Combined diffs of merges (`--cc`) yield only the lines that are in none of the
 * parents: a merge's own additions, such as a conflict resolution ("evil merge").
 *
 * With context (`-U5`, see CONTEXT_LINES), the unchanged lines git prints around a change
 * come along, marked as context: a rule may pair an added secret with a key ID committed
 * long ago, while only what was added is reported (engine/engine.ts).
 *
 * The parser is fed one line (or piece of a long line) at a time and calls back with
 * chunks of lines, never holding more than about FLUSH_CHARS of one file. Consecutive
 * chunks overlap by CONTEXT_LINES lines on each side of the cut (marked as context in the
 * chunk that does not own them), so a pair is never split by a chunk boundary.
 */
import type { CommitInfo } from '../types.js';
/** Added lines are handed over when a file ends or when this many characters are buffered. */
export declare const FLUSH_CHARS: number;
/**
 * Unchanged lines read around each change (`git diff -U5`): the largest distance at which a
 * composite rule pairs a secret with its partner (`pair.within` of the AWS rules).
 */
export declare const CONTEXT_LINES = 5;
export interface AddedLines {
    commit: CommitInfo | undefined;
    /** new path ('/'-separated, as git prints it, unquoted) */
    path: string;
    /** added lines, without the diff prefix and without a trailing '\r' */
    lines: string[];
    /** 1-based new-file line number of each line */
    lineNumbers: number[];
    /** 1-based column of the first character of lines[0] when it is a piece of a long line */
    startColumn?: number;
    /** when some lines are context (unchanged, or owned by the next or previous chunk): true for each of them */
    context?: boolean[];
}
export interface DiffEvents {
    added(chunk: AddedLines): void;
    /**
     * a file git printed as binary ("Binary files differ", whatever made git think so); `blob`
     * is its new blob id when git printed it (--full-index; undefined for a deletion), `oldBlobs`
     * the ids it had before (one per parent; none for a new file)
     */
    binary?(path: string, commit: CommitInfo | undefined, blob: string | undefined, oldBlobs: string[]): void;
    /** a commit header (log mode): its full message is `message` */
    commit?(commit: CommitInfo, message: string): void;
}
/** git log --format that the parser understands (see COMMIT_MARK). */
export declare const LOG_FORMAT = "%x00%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%B%x00";
export declare class DiffParser {
    private readonly events;
    private state;
    private header;
    private headerNuls;
    /** where the last header line delivered so far ends, in that line (see headerPiece) */
    private headerEnd;
    private commit;
    private path;
    private headerPath;
    private parents;
    private newLine;
    /** whether the current line (across its pieces) is an added line */
    private inAdded;
    private lines;
    private lineNumbers;
    private context;
    /** lines of `lines` that were added (a chunk of context only is not handed over) */
    private addedCount;
    /** set when the chunk is full: lines past this index are read ahead as context, then it is cut */
    private cutAt;
    private chars;
    /** new blob id from the `index` line */
    private blob;
    /** old blob ids from the `index` line (one per parent of a combined diff) */
    private oldBlobs;
    constructor(events: DiffEvents);
    /** One line of the diff (see LineSplitter): `first` false for later pieces of a long line. */
    line(text: string, first?: boolean, column?: number): void;
    /** End of input. */
    end(): void;
    /**
     * A later piece of a long line of a commit header (a message line over MAX_LINE): the
     * message is scanned whole, so the line is put back together (pieces overlap).
     */
    private headerPiece;
    private countNuls;
    private headerLine;
    private endHeader;
    private fileHeaderLine;
    private hunkHeader;
    private hunkLine;
    private add;
    /**
     * Hands over the full chunk (the lines read ahead past `cutAt` marked as context) and
     * starts the next one with the CONTEXT_LINES lines before the cut as context.
     */
    private cut;
    private emit;
    /** a later piece of a long added line: handed over alone, with its column */
    private piece;
    private flush;
    private reset;
    private endFile;
}
/** Git's C-style quoting of paths ("a/caf\303\251\n.txt") -> the path; unquoted input is returned as is. */
export declare function unquote(s: string): string;
