import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/sources/lines.ts
import { StringDecoder } from "node:string_decoder";
var MAX_LINE = 1024 * 1024;
var PIECE_OVERLAP = 4096;
var LineSplitter = class {
  constructor(onLine, maxLine = MAX_LINE, overlap = PIECE_OVERLAP) {
    this.onLine = onLine;
    this.maxLine = maxLine;
    this.overlap = overlap;
  }
  onLine;
  maxLine;
  overlap;
  decoder = new StringDecoder("utf8");
  /** the undelivered tail of the current line */
  pending = "";
  /** offset of `pending` in the current line */
  base = 0;
  /** whether pieces of the current line were delivered already */
  split = false;
  push(chunk) {
    this.feed(this.decoder.write(chunk));
  }
  end() {
    this.feed(this.decoder.end());
    if (this.pending.length > 0 || this.split) this.endLine(this.pending);
  }
  feed(s) {
    if (!s) return;
    const text = this.pending ? this.pending + s : s;
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      this.endLine(this.cut(text.slice(start, nl)));
      start = nl + 1;
    }
    this.pending = this.cut(start ? text.slice(start) : text);
  }
  /** Delivers full pieces from the front of `text` while it is longer than maxLine; returns the rest. */
  cut(text) {
    while (text.length > this.maxLine) {
      this.onLine(text.slice(0, this.maxLine), !this.split, this.base);
      this.split = true;
      text = text.slice(this.maxLine - this.overlap);
      this.base += this.maxLine - this.overlap;
    }
    return text;
  }
  /** `rest` is the undelivered tail of a line that has just ended */
  endLine(rest) {
    if (!this.split) this.onLine(rest, true, 0);
    else if (rest.length > this.overlap) this.onLine(rest, false, this.base);
    this.pending = "";
    this.base = 0;
    this.split = false;
  }
};

// src/sources/diff.ts
var FLUSH_CHARS = 256 * 1024;
var CONTEXT_LINES = 5;
var LOG_FORMAT = "%x00%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%B%x00";
var COMMIT_MARK = "\0\0";
var HEADER_NULS = 8;
var DiffParser = class {
  constructor(events) {
    this.events = events;
  }
  events;
  state = 0 /* Start */;
  header = [];
  headerNuls = 0;
  /** where the last header line delivered so far ends, in that line (see headerPiece) */
  headerEnd = 0;
  commit;
  path = null;
  headerPath = null;
  parents = 1;
  newLine = 0;
  /** whether the current line (across its pieces) is an added line */
  inAdded = false;
  lines = [];
  lineNumbers = [];
  context = [];
  /** lines of `lines` that were added (a chunk of context only is not handed over) */
  addedCount = 0;
  /** set when the chunk is full: lines past this index are read ahead as context, then it is cut */
  cutAt = -1;
  chars = 0;
  /** new blob id from the `index` line */
  blob;
  /** old blob ids from the `index` line (one per parent of a combined diff) */
  oldBlobs = [];
  /** One line of the diff (see LineSplitter): `first` false for later pieces of a long line. */
  line(text, first = true, column = 0) {
    if (!first) {
      if (this.state === 1 /* Header */) this.headerPiece(text, column);
      else if (this.inAdded) this.piece(text, column);
      return;
    }
    if (this.state === 1 /* Header */) {
      this.headerLine(text);
      return;
    }
    const c = text.charCodeAt(0);
    if (this.state === 3 /* Hunk */) {
      if (c === 43 || c === 32 || c === 45 || c === 92) {
        this.hunkLine(text);
        return;
      }
    }
    this.inAdded = false;
    if (text.startsWith(COMMIT_MARK)) {
      this.endFile();
      this.state = 1 /* Header */;
      this.header = [];
      this.headerNuls = 0;
      this.headerLine(text);
    } else if (text.startsWith("diff --git ") || text.startsWith("diff --cc ") || text.startsWith("diff --combined ")) {
      this.endFile();
      this.state = 2 /* FileHeader */;
      this.path = null;
      this.blob = void 0;
      this.oldBlobs = [];
      this.headerPath = headerPath(text);
    } else if (this.state === 2 /* FileHeader */) {
      this.fileHeaderLine(text);
    } else if (c === 64 && this.path !== null) {
      this.hunkHeader(text);
    }
  }
  /** End of input. */
  end() {
    this.endFile();
  }
  /**
   * A later piece of a long line of a commit header (a message line over MAX_LINE): the
   * message is scanned whole, so the line is put back together (pieces overlap).
   */
  headerPiece(text, column) {
    const fresh = text.slice(this.headerEnd - column);
    this.header[this.header.length - 1] += fresh;
    this.headerEnd = column + text.length;
    this.countNuls(fresh);
  }
  countNuls(text) {
    for (let i = text.indexOf("\0"); i !== -1; i = text.indexOf("\0", i + 1)) this.headerNuls++;
    if (this.headerNuls >= HEADER_NULS) this.endHeader();
  }
  headerLine(text) {
    this.header.push(text);
    this.headerEnd = text.length;
    this.countNuls(text);
  }
  endHeader() {
    const fields = this.header.join("\n").split("\0");
    const [, , sha = "", parents = "", author = "", email = "", date = "", body = ""] = fields;
    const message = body.replace(/\n+$/, "");
    this.commit = {
      sha,
      author,
      email,
      date,
      message: message.split("\n", 1)[0] ?? "",
      parents: parents ? parents.split(" ") : []
    };
    this.header = [];
    this.state = 0 /* Start */;
    this.events.commit?.(this.commit, message);
  }
  fileHeaderLine(text) {
    if (text.startsWith("+++ ")) {
      const p = text.slice(4);
      if (p !== "/dev/null") this.path = stripPrefix(unquoteTrailingTab(p));
    } else if (text.startsWith("index ")) {
      const range = text.slice(6).split(" ", 1)[0];
      const dots = range.indexOf("..");
      this.blob = range.slice(range.lastIndexOf(".") + 1);
      this.oldBlobs = dots === -1 ? [] : range.slice(0, dots).split(",").filter((b) => b && !/^0+$/.test(b));
    } else if (text.startsWith("rename to ") || text.startsWith("copy to ")) {
      this.path = unquote(text.slice(text.indexOf(" to ") + 4));
    } else if (text.startsWith("Binary files ") || text.startsWith("GIT binary patch")) {
      const path = this.path ?? this.headerPath;
      if (path !== null) this.events.binary?.(path, this.commit, this.blob && !/^0+$/.test(this.blob) ? this.blob : void 0, this.oldBlobs);
      this.path = null;
    } else if (text.charCodeAt(0) === 64 && this.path !== null) {
      this.hunkHeader(text);
    }
  }
  hunkHeader(text) {
    let ats = 0;
    while (text.charCodeAt(ats) === 64) ats++;
    const close = text.indexOf(" " + "@".repeat(ats), ats);
    const ranges = text.slice(ats, close === -1 ? void 0 : close);
    const plus = ranges.lastIndexOf("+");
    const start = plus === -1 ? NaN : parseInt(ranges.slice(plus + 1), 10);
    if (!Number.isFinite(start)) return;
    this.parents = Math.max(1, ats - 1);
    this.newLine = start;
    this.state = 3 /* Hunk */;
  }
  hunkLine(text) {
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
    const prefix = text.slice(0, p);
    if (prefix.includes("-")) {
      this.inAdded = false;
    } else if (prefix === "+".repeat(p)) {
      this.inAdded = true;
      this.add(text.slice(p), this.newLine++, false);
    } else if (!prefix.startsWith("\\")) {
      this.inAdded = false;
      this.add(text.slice(p), this.newLine++, true);
    }
  }
  add(content, lineNumber, context) {
    let text = content.endsWith("\r") ? content.slice(0, -1) : content;
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
  cut() {
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
  emit(lines, lineNumbers, context, hasAdded) {
    if (!hasAdded || this.path === null) return;
    const chunk = { commit: this.commit, path: this.path, lines, lineNumbers };
    if (context.includes(true)) chunk.context = context;
    this.events.added(chunk);
  }
  /** a later piece of a long added line: handed over alone, with its column */
  piece(text, column) {
    this.flush();
    const lineNumber = this.newLine - 1;
    const content = text.endsWith("\r") ? text.slice(0, -1) : text;
    const startColumn = column - this.parents + 1;
    this.events.added({ commit: this.commit, path: this.path, lines: [content], lineNumbers: [lineNumber], startColumn });
  }
  flush() {
    if (this.lines.length === 0 || this.path === null) return;
    this.emit(this.lines, this.lineNumbers, this.context, this.addedCount > 0);
    this.reset();
  }
  reset() {
    this.lines = [];
    this.lineNumbers = [];
    this.context = [];
    this.addedCount = 0;
    this.cutAt = -1;
    this.chars = 0;
  }
  endFile() {
    this.flush();
    this.reset();
    this.path = null;
    this.inAdded = false;
    if (this.state === 3 /* Hunk */ || this.state === 2 /* FileHeader */) this.state = 0 /* Start */;
  }
};
var MAX_CONTEXT_LINE = 4096;
function cutToken(text, max) {
  let end = max;
  while (end > 0 && /[A-Za-z0-9/+=_-]/.test(text[end])) end--;
  return text.slice(0, end);
}
function stripPrefix(p) {
  return p.startsWith("a/") || p.startsWith("b/") ? p.slice(2) : p;
}
function unquoteTrailingTab(p) {
  if (p.startsWith('"')) return unquote(p);
  return p.endsWith("	") ? p.slice(0, -1) : p;
}
function headerPath(line) {
  if (line.startsWith("diff --cc ")) return unquote(line.slice(10));
  if (line.startsWith("diff --combined ")) return unquote(line.slice(16));
  const rest = line.slice("diff --git ".length);
  if (rest.startsWith('"')) {
    const end = quotedEnd(rest);
    const second = rest.slice(end + 1).trimStart();
    return stripPrefix(unquote(second.startsWith('"') ? second : second));
  }
  const len = (rest.length - 5) / 2;
  if (Number.isInteger(len) && rest.slice(2, 2 + len) === rest.slice(5 + len)) return rest.slice(5 + len);
  const b = rest.lastIndexOf(" b/");
  return b === -1 ? null : rest.slice(b + 3);
}
function quotedEnd(s) {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquote(s) {
  if (!s.startsWith('"')) return s;
  const bytes = [];
  const end = quotedEnd(s);
  for (let i = 1; i < end; i++) {
    const ch = s[i];
    if (ch !== "\\") {
      for (const b of Buffer.from(ch, "utf8")) bytes.push(b);
      continue;
    }
    const next = s[++i] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}

export {
  LineSplitter,
  FLUSH_CHARS,
  CONTEXT_LINES,
  LOG_FORMAT,
  DiffParser
};
