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
export const FLUSH_CHARS = 256 * 1024;

/**
 * Unchanged lines read around each change (`git diff -U5`): the largest distance at which a
 * composite rule pairs a secret with its partner (`pair.within` of the AWS rules).
 */
export const CONTEXT_LINES = 5;

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
export const LOG_FORMAT = '%x00%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%B%x00';
const COMMIT_MARK = '\0\0';
const HEADER_NULS = 8;

const enum State {
  Start,
  Header,
  FileHeader,
  Hunk,
}

export class DiffParser {
  private state = State.Start;
  private header: string[] = [];
  private headerNuls = 0;
  /** where the last header line delivered so far ends, in that line (see headerPiece) */
  private headerEnd = 0;
  private commit: CommitInfo | undefined;
  private path: string | null = null;
  private headerPath: string | null = null;
  private parents = 1;
  private newLine = 0;
  /** whether the current line (across its pieces) is an added line */
  private inAdded = false;
  private lines: string[] = [];
  private lineNumbers: number[] = [];
  private context: boolean[] = [];
  /** lines of `lines` that were added (a chunk of context only is not handed over) */
  private addedCount = 0;
  /** set when the chunk is full: lines past this index are read ahead as context, then it is cut */
  private cutAt = -1;
  private chars = 0;
  /** new blob id from the `index` line */
  private blob: string | undefined;
  /** old blob ids from the `index` line (one per parent of a combined diff) */
  private oldBlobs: string[] = [];

  constructor(private readonly events: DiffEvents) {}

  /** One line of the diff (see LineSplitter): `first` false for later pieces of a long line. */
  line(text: string, first = true, column = 0): void {
    if (!first) {
      if (this.state === State.Header) this.headerPiece(text, column);
      else if (this.inAdded) this.piece(text, column);
      return;
    }
    if (this.state === State.Header) {
      this.headerLine(text);
      return;
    }
    const c = text.charCodeAt(0);
    if (this.state === State.Hunk) {
      if (c === 43 /* + */ || c === 32 /* space */ || c === 45 /* - */ || c === 92 /* \ */) {
        this.hunkLine(text);
        return;
      }
    }
    this.inAdded = false;
    if (text.startsWith(COMMIT_MARK)) {
      this.endFile();
      this.state = State.Header;
      this.header = [];
      this.headerNuls = 0;
      this.headerLine(text);
    } else if (text.startsWith('diff --git ') || text.startsWith('diff --cc ') || text.startsWith('diff --combined ')) {
      this.endFile();
      this.state = State.FileHeader;
      this.path = null;
      this.blob = undefined;
      this.oldBlobs = [];
      this.headerPath = headerPath(text);
    } else if (this.state === State.FileHeader) {
      this.fileHeaderLine(text);
    } else if (c === 64 /* @ */ && this.path !== null) {
      this.hunkHeader(text);
    }
  }

  /** End of input. */
  end(): void {
    this.endFile();
  }

  /**
   * A later piece of a long line of a commit header (a message line over MAX_LINE): the
   * message is scanned whole, so the line is put back together (pieces overlap).
   */
  private headerPiece(text: string, column: number): void {
    const fresh = text.slice(this.headerEnd - column);
    this.header[this.header.length - 1] += fresh;
    this.headerEnd = column + text.length;
    this.countNuls(fresh);
  }

  private countNuls(text: string): void {
    for (let i = text.indexOf('\0'); i !== -1; i = text.indexOf('\0', i + 1)) this.headerNuls++;
    if (this.headerNuls >= HEADER_NULS) this.endHeader();
  }

  private headerLine(text: string): void {
    this.header.push(text);
    this.headerEnd = text.length;
    this.countNuls(text);
  }

  private endHeader(): void {
    const fields = this.header.join('\n').split('\0');
    const [, , sha = '', parents = '', author = '', email = '', date = '', body = ''] = fields;
    const message = body.replace(/\n+$/, '');
    this.commit = {
      sha,
      author,
      email,
      date,
      message: message.split('\n', 1)[0] ?? '',
      parents: parents ? parents.split(' ') : [],
    };
    this.header = [];
    this.state = State.Start;
    this.events.commit?.(this.commit, message);
  }

  private fileHeaderLine(text: string): void {
    if (text.startsWith('+++ ')) {
      const p = text.slice(4);
      if (p !== '/dev/null') this.path = stripPrefix(unquoteTrailingTab(p));
    } else if (text.startsWith('index ')) {
      // "index OLD..NEW [mode]", or "index OLD1,OLD2..NEW" in a combined diff
      const range = text.slice(6).split(' ', 1)[0]!;
      const dots = range.indexOf('..');
      this.blob = range.slice(range.lastIndexOf('.') + 1);
      this.oldBlobs = dots === -1 ? [] : range.slice(0, dots).split(',').filter((b) => b && !/^0+$/.test(b));
    } else if (text.startsWith('rename to ') || text.startsWith('copy to ')) {
      this.path = unquote(text.slice(text.indexOf(' to ') + 4));
    } else if (text.startsWith('Binary files ') || text.startsWith('GIT binary patch')) {
      const path = this.path ?? this.headerPath;
      if (path !== null) this.events.binary?.(path, this.commit, this.blob && !/^0+$/.test(this.blob) ? this.blob : undefined, this.oldBlobs);
      this.path = null;
    } else if (text.charCodeAt(0) === 64 /* @ */ && this.path !== null) {
      this.hunkHeader(text);
    }
  }

  private hunkHeader(text: string): void {
    let ats = 0;
    while (text.charCodeAt(ats) === 64) ats++;
    // the new-file range is the last "+start[,count]" before the closing @'s
    const close = text.indexOf(' ' + '@'.repeat(ats), ats);
    const ranges = text.slice(ats, close === -1 ? undefined : close);
    const plus = ranges.lastIndexOf('+');
    const start = plus === -1 ? NaN : parseInt(ranges.slice(plus + 1), 10);
    if (!Number.isFinite(start)) return;
    this.parents = Math.max(1, ats - 1);
    this.newLine = start;
    this.state = State.Hunk;
  }

  private hunkLine(text: string): void {
    const p = this.parents;
    if (p === 1) {
      const c = text.charCodeAt(0);
      if (c === 43) {
        this.inAdded = true;
        this.add(text.slice(1), this.newLine++, false);
      } else if (c === 32) {
        this.inAdded = false;
        this.add(text.slice(1), this.newLine++, true);
      } else this.inAdded = false;
      return;
    }
    // combined diff: one column per parent; '+' in every column = in no parent
    const prefix = text.slice(0, p);
    if (prefix.includes('-')) {
      this.inAdded = false;
    } else if (prefix === '+'.repeat(p)) {
      this.inAdded = true;
      this.add(text.slice(p), this.newLine++, false);
    } else if (!prefix.startsWith('\\')) {
      this.inAdded = false;
      this.add(text.slice(p), this.newLine++, true);
    }
  }

  private add(content: string, lineNumber: number, context: boolean): void {
    let text = content.endsWith('\r') ? content.slice(0, -1) : content;
    // a long unchanged line is kept in part (enough to pair what sits at its start)
    if (context && text.length > MAX_CONTEXT_LINE) text = cutToken(text, MAX_CONTEXT_LINE);
    this.lines.push(text);
    this.lineNumbers.push(lineNumber);
    this.context.push(context);
    if (!context) this.addedCount++;
    this.chars += text.length + 1;
    if (this.cutAt === -1 && this.chars >= FLUSH_CHARS) this.cutAt = this.lines.length;
    if (this.cutAt !== -1 && this.lines.length >= this.cutAt + CONTEXT_LINES) this.cut();
  }

  /**
   * Hands over the full chunk (the lines read ahead past `cutAt` marked as context) and
   * starts the next one with the CONTEXT_LINES lines before the cut as context.
   */
  private cut(): void {
    const at = this.cutAt;
    const lines = this.lines;
    const lineNumbers = this.lineNumbers;
    const context = this.context;
    const ahead = context.map((c, i) => c || i >= at);
    this.emit(lines, lineNumbers, ahead, ahead.some((c) => !c));
    const from = Math.max(0, at - CONTEXT_LINES);
    this.lines = lines.slice(from);
    this.lineNumbers = lineNumbers.slice(from);
    this.context = context.slice(from).map((c, i) => c || i < at - from);
    this.addedCount = this.context.filter((c) => !c).length;
    this.chars = this.lines.reduce((n, l) => n + l.length + 1, 0);
    this.cutAt = -1;
  }

  private emit(lines: string[], lineNumbers: number[], context: boolean[], hasAdded: boolean): void {
    if (!hasAdded || this.path === null) return;
    const chunk: AddedLines = { commit: this.commit, path: this.path, lines, lineNumbers };
    if (context.includes(true)) chunk.context = context;
    this.events.added(chunk);
  }

  /** a later piece of a long added line: handed over alone, with its column */
  private piece(text: string, column: number): void {
    this.flush();
    const lineNumber = this.newLine - 1;
    const content = text.endsWith('\r') ? text.slice(0, -1) : text;
    // the first piece held the diff prefix: columns in the file are one less per prefix character
    const startColumn = column - this.parents + 1;
    this.events.added({ commit: this.commit, path: this.path!, lines: [content], lineNumbers: [lineNumber], startColumn });
  }

  private flush(): void {
    if (this.lines.length === 0 || this.path === null) return;
    this.emit(this.lines, this.lineNumbers, this.context, this.addedCount > 0);
    this.reset();
  }

  private reset(): void {
    this.lines = [];
    this.lineNumbers = [];
    this.context = [];
    this.addedCount = 0;
    this.cutAt = -1;
    this.chars = 0;
  }

  private endFile(): void {
    this.flush();
    this.reset();
    this.path = null;
    this.inAdded = false;
    if (this.state === State.Hunk || this.state === State.FileHeader) this.state = State.Start;
  }
}

/** Characters kept of a long context line. */
const MAX_CONTEXT_LINE = 4096;

/** The first `max` characters of `text`, shortened to end before a token cut in two (so no partial key ID or secret remains). */
function cutToken(text: string, max: number): string {
  let end = max;
  while (end > 0 && /[A-Za-z0-9/+=_-]/.test(text[end]!)) end--;
  return text.slice(0, end);
}

/** `a/path` or `b/path` -> `path` */
function stripPrefix(p: string): string {
  return p.startsWith('a/') || p.startsWith('b/') ? p.slice(2) : p;
}

/** A path on a `---`/`+++` line: C-quoted, or raw with a trailing tab when it contains a space. */
function unquoteTrailingTab(p: string): string {
  if (p.startsWith('"')) return unquote(p);
  return p.endsWith('\t') ? p.slice(0, -1) : p;
}

/** The path named by a `diff --git a/X b/Y` or `diff --cc X` line (used when no `+++` line follows). */
function headerPath(line: string): string | null {
  if (line.startsWith('diff --cc ')) return unquote(line.slice(10));
  if (line.startsWith('diff --combined ')) return unquote(line.slice(16));
  const rest = line.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    const end = quotedEnd(rest);
    const second = rest.slice(end + 1).trimStart();
    return stripPrefix(unquote(second.startsWith('"') ? second : second));
  }
  // unquoted "a/X b/X": both halves have the same length unless the file was renamed
  const len = (rest.length - 5) / 2;
  if (Number.isInteger(len) && rest.slice(2, 2 + len) === rest.slice(5 + len)) return rest.slice(5 + len);
  const b = rest.lastIndexOf(' b/');
  return b === -1 ? null : rest.slice(b + 3);
}

function quotedEnd(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Git's C-style quoting of paths ("a/caf\303\251\n.txt") -> the path; unquoted input is returned as is. */
export function unquote(s: string): string {
  if (!s.startsWith('"')) return s;
  const bytes: number[] = [];
  const end = quotedEnd(s);
  for (let i = 1; i < end; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const next = s[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
