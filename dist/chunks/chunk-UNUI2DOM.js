import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  SALT_RE
} from "./chunk-74QMUCHR.js";
import {
  LeakguardError
} from "./chunk-WWMHRRQY.js";

// src/findings/ignore-file.ts
var IGNORE_FILE = ".leakguardignore";
var FINGERPRINT_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*:[0-9a-f]{16}$/;
function parseIgnoreFile(text, label, glob) {
  const entries = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const where = `${label}:${i + 1}`;
    const { tokens, comment } = tokenize(raw, where);
    if (tokens.length === 0) return;
    const [fingerprint, path, extra] = tokens;
    if (!FINGERPRINT_RE.test(fingerprint)) {
      throw new LeakguardError(`${where}: "${fingerprint}" is not a fingerprint (rule-id:16 hex digits, as reports show it)`);
    }
    if (extra !== void 0) throw new LeakguardError(`${where}: unexpected "${extra}" after the path glob (quote a glob that holds spaces: "my dir/**")`);
    const entry = { fingerprint, line: i + 1 };
    if (path !== void 0) {
      entry.path = checkGlob(path, where);
      if (glob) entry.matches = glob(entry.path);
    }
    if (comment) entry.reason = comment;
    entries.push(entry);
  });
  return entries;
}
function tokenize(line, where) {
  const tokens = [];
  let i = 0;
  for (; ; ) {
    while (i < line.length && /\s/.test(line[i])) i++;
    if (i >= line.length) return { tokens };
    if (line[i] === "#") return { tokens, comment: line.slice(i + 1).trim() };
    if (line[i] === '"') {
      const end = closingQuote(line, i);
      if (end < 0) throw new LeakguardError(`${where}: unterminated quoted glob`);
      tokens.push(JSON.parse(line.slice(i, end + 1)));
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < line.length && !/\s/.test(line[i])) i++;
    tokens.push(line.slice(start, i));
  }
}
function closingQuote(line, open) {
  for (let i = open + 1; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === '"') return i;
  }
  return -1;
}
function checkGlob(glob, where) {
  const g = glob.replace(/^\.?\/+/, "");
  if (!g) throw new LeakguardError(`${where}: empty path glob`);
  if (/[\r\n\0]/.test(g)) throw new LeakguardError(`${where}: a path glob cannot hold a line break or NUL`);
  return g;
}
function formatIgnoreEntry(e) {
  const path = e.path === void 0 ? "" : ` ${/[\s"#]/.test(e.path) ? JSON.stringify(e.path) : e.path}`;
  const reason = e.reason ? `  # ${e.reason}` : "";
  return `${e.fingerprint}${path}${reason}`;
}
var SALT_LINE = /^#[ \t]*leakguard-salt:[ \t]*(\S*)/m;
function ignoreFileSalt(text, label) {
  const m = SALT_LINE.exec(text);
  if (!m) return void 0;
  if (!SALT_RE.test(m[1])) throw new LeakguardError(`${label}: the leakguard-salt line must hold 32 hex digits`);
  return m[1];
}
function saltLine(salt) {
  return `# leakguard-salt: ${salt} (entries below are salted: rule-id:scrypt(salt, hash), see the README)`;
}
var IGNORE_FILE_HEADER = [
  "# leakguard: findings not to report, one per line, matched by rule and secret (not by line or commit):",
  "#   <rule-id>:<secret-hash> [path-glob] [# reason]",
  "# `leakguard ignore <fingerprint> [--path GLOB] [--reason TEXT]` adds an entry.",
  ""
].join("\n");

export {
  IGNORE_FILE,
  FINGERPRINT_RE,
  parseIgnoreFile,
  checkGlob,
  formatIgnoreEntry,
  ignoreFileSalt,
  saltLine,
  IGNORE_FILE_HEADER
};
