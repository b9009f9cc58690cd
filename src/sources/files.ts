/**
 * `leakguard scan [PATH...]`: files and folders. A folder inside a git work tree is
 * listed by git: the working directory and a repository's top folder as tracked plus
 * untracked-not-ignored files; any other folder named explicitly with the files git
 * ignores too (a `dist/` about to be published), as a file named explicitly is scanned
 * even if git ignores it. Elsewhere a folder is walked. Submodules and nested repositories
 * are noted (scanned with --recurse-submodules), Git LFS pointers too (their objects are
 * scanned with --lfs, sources/lfs.ts). Symlinks are never followed
 * out of the scan root, binaries (decided by sources/text.ts: UTF-16 is text, else a NUL
 * byte in the first 8000 bytes, git's own test) and
 * files over the size limit are skipped with a note, and a file that cannot be read is an
 * error for that file only. `-` reads standard input.
 */
import { existsSync } from 'node:fs';
import { lstat, opendir, readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { gitOutput } from '../git/spawn.js';
import { errorMessage } from '../errors.js';
import type { Fragment, ScanError } from '../types.js';
import { LineSplitter } from './lines.js';
import { decodeText } from './text.js';
import { FLUSH_CHARS } from './diff.js';
import { addNote, newStats, type PathFilter, type Source } from './source.js';
import { formatBytes } from '../util.js';
import { lfsContent, lfsPointer, type LfsObjects } from './lfs.js';

export interface FilesOptions {
  cwd: string;
  /** files and folders as given; '-' is standard input */
  paths: readonly string[];
  /** bytes */
  maxFileSize: number;
  filter: PathFilter;
  /** paths are matched against allowlists relative to this folder (the repository root) */
  root: string;
  stdin?: Readable;
  /** also scan the files of submodules and nested git repositories (default: a note names them) */
  recurseSubmodules?: boolean;
  /** Git LFS: pointer files are noted; with `scan`, the objects present locally are scanned instead */
  lfs?: LfsObjects;
}

/** How many files are read at once. */
const CONCURRENCY = 16;

/**
 * A path for the file system: a string, or the raw bytes when the name is not valid UTF-8
 * (Linux allows any bytes; decoding such a name would make it unreadable).
 */
type FsPath = string | Buffer;

function joinPath(dir: FsPath, name: Buffer): FsPath {
  const decoded = name.toString('utf8');
  if (typeof dir === 'string' && Buffer.from(decoded, 'utf8').equals(name)) return join(dir, decoded);
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir, Buffer.from(sep), name]);
}

/** For messages and reports: undecodable bytes show as U+FFFD. */
function text(p: FsPath): string {
  return typeof p === 'string' ? p : p.toString('utf8');
}

export class FilesSource implements Source {
  readonly stats = newStats();
  readonly errors: ScanError[] = [];
  readonly notes: ScanError[] = [];

  constructor(private readonly options: FilesOptions) {}

  async *fragments(signal?: AbortSignal): AsyncGenerator<Fragment> {
    for (const arg of this.options.paths.length ? this.options.paths : ['.']) {
      if (signal?.aborted) return;
      if (arg === '-') {
        yield* this.stdin();
        continue;
      }
      // submodules and nested repositories met on the way are expanded after (with --recurse-submodules)
      const queue: FsPath[][] = [await this.expand(arg, true)];
      for (let files = queue.shift(); files; files = queue.shift()) {
        const nested: FsPath[] = [];
        for (let i = 0; i < files.length; i += CONCURRENCY) {
          if (signal?.aborted) return;
          const batch = await Promise.all(files.slice(i, i + CONCURRENCY).map((f) => this.read(f, nested)));
          for (const fragment of batch) if (fragment) yield fragment;
        }
        for (const dir of nested) queue.push(await this.expand(dir, false));
      }
    }
  }

  /**
   * A path argument -> absolute paths of the regular files to read. `named`: given on the
   * command line (a folder other than the working directory is then read whole, files git
   * ignores included), not a submodule met on the way.
   */
  private async expand(arg: FsPath, named: boolean): Promise<FsPath[]> {
    if (typeof arg !== 'string') return this.walk(arg);
    let abs = resolve(this.options.cwd, arg);
    let st;
    try {
      st = await lstat(abs);
    } catch (err) {
      this.errors.push({ file: arg, message: ioMessage(err) });
      return [];
    }
    if (st.isSymbolicLink()) {
      const target = await realpath(abs).catch(() => null);
      if (!target || !inside(this.options.root, target)) {
        addNote(this, arg, 'symlink not followed: it points outside the scanned root');
        return [];
      }
      abs = target;
      st = await lstat(target);
    }
    if (st.isFile()) return [abs];
    if (!st.isDirectory()) {
      addNote(this, arg, 'not a regular file: skipped');
      return [];
    }
    // a folder named explicitly is scanned like a file named explicitly: whatever git
    // ignores (a `dist/` build output about to be published); the working directory (`scan`,
    // `scan .`) and a repository's top folder keep git's view, unless git ignores it as a whole
    const top = abs === resolve(this.options.cwd) || existsSync(join(abs, '.git'));
    const whole = (named && !top) || (await ignoredByGit(abs));
    return (await this.gitList(abs, whole)) ?? (await this.walk(abs));
  }

  /**
   * Tracked plus untracked files under `dir` (not those git ignores, unless `ignored`), or
   * null outside a git work tree. Submodules and nested repositories are listed as folders.
   */
  private async gitList(dir: string, ignored: boolean): Promise<FsPath[] | null> {
    let out: Buffer;
    try {
      out = await gitOutput(['ls-files', '-z', '--cached', '--others', ...(ignored ? [] : ['--exclude-standard'])], { cwd: dir });
    } catch {
      return null;
    }
    const seen = new Map<string, FsPath>();
    for (let start = 0; start < out.length; ) {
      let end = out.indexOf(0, start);
      if (end === -1) end = out.length;
      // git prints paths with '/' inside the work tree: each part is a name
      if (end > start) {
        const path = joinPath(dir, out.subarray(start, end));
        seen.set(text(path) + (typeof path === 'string' ? '' : '\0raw'), path);
      }
      start = end + 1;
    }
    return [...seen.values()];
  }

  private async walk(dir: FsPath): Promise<FsPath[]> {
    const files: FsPath[] = [];
    const stack: FsPath[] = [dir];
    while (stack.length) {
      const d = stack.pop()!;
      let handle;
      try {
        handle = await opendir(d, { encoding: 'buffer' } as unknown as undefined);
      } catch (err) {
        this.errors.push({ file: this.display(d), message: ioMessage(err) });
        continue;
      }
      for await (const entry of handle) {
        const name = entry.name as unknown as Buffer;
        const p = joinPath(d, name);
        if (entry.isDirectory()) {
          if (name.toString('latin1') !== '.git') stack.push(p);
        } else if (entry.isFile()) files.push(p);
        else if (entry.isSymbolicLink()) addNote(this, this.display(p), 'symlink not followed');
      }
    }
    return files.sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
  }

  /**
   * `nested`: where a submodule or a nested repository met is queued (git lists them as a
   * folder) when they are scanned too (--recurse-submodules); else a note names it.
   */
  private async read(abs: FsPath, nested: FsPath[]): Promise<Fragment | null> {
    const display = this.display(abs);
    const { skip, disabled } = this.options.filter.check(this.rootRelative(abs));
    if (skip) return null;
    let st;
    try {
      st = await lstat(abs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') addNote(this, display, 'listed by git but missing from the work tree');
      else this.errors.push({ file: display, message: ioMessage(err) });
      return null;
    }
    if (st.isSymbolicLink()) {
      addNote(this, display, 'symlink not followed');
      return null;
    }
    if (st.isDirectory()) {
      this.nestedRepository(abs, display, nested);
      return null;
    }
    if (!st.isFile()) return null;
    if (st.size > this.options.maxFileSize) {
      addNote(this, display, `skipped: ${formatBytes(st.size)} is over the size limit of ${formatBytes(this.options.maxFileSize)} (maxFileSize)`);
      return null;
    }
    let buf: Buffer;
    try {
      buf = await readFile(abs);
    } catch (err) {
      this.errors.push({ file: display, message: ioMessage(err) });
      return null;
    }
    this.stats.files++;
    this.stats.bytes += buf.length;
    const decoded = decodeText(buf);
    if (decoded.binary) {
      addNote(this, display, 'binary file skipped');
      return null;
    }
    let text = decoded.text;
    const pointer = lfsPointer(buf);
    if (pointer) {
      // --lfs: the object instead of its pointer (read from the local store), else a note
      const object = await lfsContent(pointer, display, this.options.lfs, this.options.maxFileSize, (p, m, u) => addNote(this, p, m, u));
      if (object) {
        this.stats.bytes += object.length;
        const content = decodeText(object);
        if (content.binary) {
          addNote(this, display, 'Git LFS object is binary: skipped');
          return null;
        }
        text = content.text;
      }
    }
    const fragment: Fragment = { text, path: display, startLine: 1, origin: 'file' };
    if (disabled) fragment.disabledRules = disabled;
    return fragment;
  }

  /** A folder git listed: a submodule (a gitlink) or a nested repository (listed as `dir/`). */
  private nestedRepository(abs: FsPath, display: string, nested: FsPath[]): void {
    const untracked = typeof abs === 'string' ? abs.endsWith(sep) : abs[abs.length - 1] === sep.charCodeAt(0);
    const what = untracked ? 'nested git repository' : 'submodule';
    if (!existsSync(typeof abs === 'string' ? join(abs, '.git') : Buffer.concat([abs, Buffer.from(`${sep}.git`)]))) {
      addNote(this, display, `${what} not checked out: not scanned`, true);
    } else if (this.options.recurseSubmodules) nested.push(typeof abs === 'string' ? abs.replace(/[\\/]+$/, '') : abs);
    else addNote(this, display, `${what} not scanned (--recurse-submodules scans it)`, true);
  }

  /** Standard input, streamed in fragments of whole lines. */
  private async *stdin(): AsyncGenerator<Fragment> {
    const input = this.options.stdin ?? process.stdin;
    const ready: Fragment[] = [];
    let lines: string[] = [];
    let chars = 0;
    let lineNo = 0;
    let firstLine = 1;
    const flush = () => {
      if (lines.length) ready.push({ text: lines.join('\n'), path: '-', startLine: firstLine, origin: 'stdin' });
      lines = [];
      chars = 0;
      firstLine = lineNo + 1;
    };
    const splitter = new LineSplitter((text, first, column) => {
      const content = text.endsWith('\r') ? text.slice(0, -1) : text;
      if (!first) {
        flush();
        ready.push({ text: content, path: '-', startLine: lineNo, startColumn: column + 1, origin: 'stdin' });
        firstLine = lineNo + 1;
        return;
      }
      lineNo++;
      lines.push(content);
      chars += content.length + 1;
      if (chars >= FLUSH_CHARS) flush();
    });
    this.stats.files++;
    for await (const chunk of input) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      this.stats.bytes += b.length;
      splitter.push(b);
      if (ready.length) yield* ready.splice(0);
    }
    splitter.end();
    flush();
    yield* ready.splice(0);
  }

  private display(abs: FsPath): string {
    const rel = relative(this.options.cwd, text(abs));
    return (rel === '' ? '.' : rel).split(sep).join('/');
  }

  private rootRelative(abs: FsPath): string {
    return relative(this.options.root, text(abs)).split(sep).join('/');
  }
}

/** Whether git ignores the folder `dir` (it, or a folder above it, matches an ignore rule). */
async function ignoredByGit(dir: string): Promise<boolean> {
  try {
    await gitOutput(['check-ignore', '-q', '.'], { cwd: dir });
    return true;
  } catch {
    return false; // exit 1: not ignored
  }
}

/** Whether leakguard reads `buf` as binary (sources/text.ts). */
export function isBinary(buf: Buffer): boolean {
  return decodeText(buf).binary;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function ioMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return errorMessage(err);
}
