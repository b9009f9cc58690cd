/**
 * `.leakguardignore`, at the repository root: findings that are not secrets, or that a
 * team accepts, one entry per line. An entry names a finding by its fingerprint, the rule
 * id plus a hash of the secret (`aws-access-key-id:0a1b2c3d4e5f6789`), never by a line,
 * a commit or a file: it keeps working when the line moves, the file is renamed or the
 * history is rebased, and a different secret on the same line has a different hash, so
 * it is still reported. An optional path glob (picomatch, relative to the repository
 * root) limits the entry to some files; `#` starts a comment, the reason.
 *
 *   # <rule-id>:<secret-hash> [path-glob] [# reason]
 *   aws-access-key-id:0a1b2c3d4e5f6789 test/fixtures/** # fake key for the parser tests
 *   aws-secret-access-key:1122334455667788              # rotated 2024-05 (INC-123)
 *   generic-api-key:99aabbccddeeff00 "docs/my notes/**"  # a glob with spaces is quoted
 *
 * A malformed line is an error, `.leakguardignore:3: what is wrong` (exit code 2): a typo
 * must not silently stop suppressing, nor start suppressing more than meant.
 *
 * The file is committed, so `leakguard ignore` writes the fingerprint salted and slowly
 * hashed (salted.ts: same shape, `rule-id:<16 hex>`) with the file's salt on a comment line
 * (`# leakguard-salt: <32 hex>`); plain fingerprints written by hand or by older versions
 * still match.
 */
import { LeakguardError } from '../errors.js';
import { SALT_RE } from './salted.js';

export const IGNORE_FILE = '.leakguardignore';

/** `rule-id:16 hex digits`, as reports print it */
export const FINGERPRINT_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*:[0-9a-f]{16}$/;

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
export function parseIgnoreFile(text: string, label: string, glob?: GlobCompiler): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const where = `${label}:${i + 1}`;
    const { tokens, comment } = tokenize(raw, where);
    if (tokens.length === 0) return;
    const [fingerprint, path, extra] = tokens as [string, string | undefined, string | undefined];
    if (!FINGERPRINT_RE.test(fingerprint)) {
      throw new LeakguardError(`${where}: "${fingerprint}" is not a fingerprint (rule-id:16 hex digits, as reports show it)`);
    }
    if (extra !== undefined) throw new LeakguardError(`${where}: unexpected "${extra}" after the path glob (quote a glob that holds spaces: "my dir/**")`);
    const entry: IgnoreEntry = { fingerprint, line: i + 1 };
    if (path !== undefined) {
      entry.path = checkGlob(path, where);
      if (glob) entry.matches = glob(entry.path);
    }
    if (comment) entry.reason = comment;
    entries.push(entry);
  });
  return entries;
}

/** Splits a line into whitespace-separated tokens (a token may be a JSON-quoted string) and a `#` comment. */
function tokenize(line: string, where: string): { tokens: string[]; comment?: string } {
  const tokens: string[] = [];
  let i = 0;
  for (;;) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) return { tokens };
    if (line[i] === '#') return { tokens, comment: line.slice(i + 1).trim() };
    if (line[i] === '"') {
      const end = closingQuote(line, i);
      if (end < 0) throw new LeakguardError(`${where}: unterminated quoted glob`);
      tokens.push(JSON.parse(line.slice(i, end + 1)) as string);
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < line.length && !/\s/.test(line[i]!)) i++;
    tokens.push(line.slice(start, i));
  }
}

function closingQuote(line: string, open: number): number {
  for (let i = open + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '"') return i;
  }
  return -1;
}

/** A glob is relative to the repository root: a leading `./` or `/` is dropped. */
export function checkGlob(glob: string, where: string): string {
  const g = glob.replace(/^\.?\/+/, '');
  if (!g) throw new LeakguardError(`${where}: empty path glob`);
  if (/[\r\n\0]/.test(g)) throw new LeakguardError(`${where}: a path glob cannot hold a line break or NUL`);
  return g;
}

/** One line of an ignore file (without the line break). */
export function formatIgnoreEntry(e: { fingerprint: string; path?: string | undefined; reason?: string | undefined }): string {
  const path = e.path === undefined ? '' : ` ${/[\s"#]/.test(e.path) ? JSON.stringify(e.path) : e.path}`;
  const reason = e.reason ? `  # ${e.reason}` : '';
  return `${e.fingerprint}${path}${reason}`;
}

const SALT_LINE = /^#[ \t]*leakguard-salt:[ \t]*(\S*)/m;

/** The salt of an ignore file (its `# leakguard-salt:` line), if it has one; `label` prefixes errors. */
export function ignoreFileSalt(text: string, label: string): string | undefined {
  const m = SALT_LINE.exec(text);
  if (!m) return undefined;
  if (!SALT_RE.test(m[1]!)) throw new LeakguardError(`${label}: the leakguard-salt line must hold 32 hex digits`);
  return m[1];
}

/** The salt line of a new ignore file. */
export function saltLine(salt: string): string {
  return `# leakguard-salt: ${salt} (entries below are salted: rule-id:scrypt(salt, hash), see the README)`;
}

export const IGNORE_FILE_HEADER = [
  '# leakguard: findings not to report, one per line, matched by rule and secret (not by line or commit):',
  '#   <rule-id>:<secret-hash> [path-glob] [# reason]',
  '# `leakguard ignore <fingerprint> [--path GLOB] [--reason TEXT]` adds an entry.',
  '',
].join('\n');
