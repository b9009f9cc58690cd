import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/cli/defaults.ts
var DEFAULT_ARGS = { format: "text", redact: true };

// fs-through-require:fs
import { createRequire } from "node:module";
var fs = createRequire(import.meta.url)("node:fs");
var appendFile = fs.appendFile;
var appendFileSync = fs.appendFileSync;
var access = fs.access;
var accessSync = fs.accessSync;
var chown = fs.chown;
var chownSync = fs.chownSync;
var chmod = fs.chmod;
var chmodSync = fs.chmodSync;
var close = fs.close;
var closeSync = fs.closeSync;
var copyFile = fs.copyFile;
var copyFileSync = fs.copyFileSync;
var cp = fs.cp;
var cpSync = fs.cpSync;
var createReadStream = fs.createReadStream;
var createWriteStream = fs.createWriteStream;
var exists = fs.exists;
var existsSync = fs.existsSync;
var fchown = fs.fchown;
var fchownSync = fs.fchownSync;
var fchmod = fs.fchmod;
var fchmodSync = fs.fchmodSync;
var fdatasync = fs.fdatasync;
var fdatasyncSync = fs.fdatasyncSync;
var fstat = fs.fstat;
var fstatSync = fs.fstatSync;
var fsync = fs.fsync;
var fsyncSync = fs.fsyncSync;
var ftruncate = fs.ftruncate;
var ftruncateSync = fs.ftruncateSync;
var futimes = fs.futimes;
var futimesSync = fs.futimesSync;
var lchown = fs.lchown;
var lchownSync = fs.lchownSync;
var lchmod = fs.lchmod;
var lchmodSync = fs.lchmodSync;
var link = fs.link;
var linkSync = fs.linkSync;
var lstat = fs.lstat;
var lstatSync = fs.lstatSync;
var lutimes = fs.lutimes;
var lutimesSync = fs.lutimesSync;
var mkdir = fs.mkdir;
var mkdirSync = fs.mkdirSync;
var mkdtemp = fs.mkdtemp;
var mkdtempSync = fs.mkdtempSync;
var open = fs.open;
var openSync = fs.openSync;
var openAsBlob = fs.openAsBlob;
var readdir = fs.readdir;
var readdirSync = fs.readdirSync;
var read = fs.read;
var readSync = fs.readSync;
var readv = fs.readv;
var readvSync = fs.readvSync;
var readFile = fs.readFile;
var readFileSync = fs.readFileSync;
var readlink = fs.readlink;
var readlinkSync = fs.readlinkSync;
var realpath = fs.realpath;
var realpathSync = fs.realpathSync;
var rename = fs.rename;
var renameSync = fs.renameSync;
var rm = fs.rm;
var rmSync = fs.rmSync;
var rmdir = fs.rmdir;
var rmdirSync = fs.rmdirSync;
var stat = fs.stat;
var statfs = fs.statfs;
var statSync = fs.statSync;
var statfsSync = fs.statfsSync;
var symlink = fs.symlink;
var symlinkSync = fs.symlinkSync;
var truncate = fs.truncate;
var truncateSync = fs.truncateSync;
var unwatchFile = fs.unwatchFile;
var unlink = fs.unlink;
var unlinkSync = fs.unlinkSync;
var utimes = fs.utimes;
var utimesSync = fs.utimesSync;
var watch = fs.watch;
var watchFile = fs.watchFile;
var writeFile = fs.writeFile;
var writeFileSync = fs.writeFileSync;
var write = fs.write;
var writeSync = fs.writeSync;
var writev = fs.writev;
var writevSync = fs.writevSync;
var Dirent = fs.Dirent;
var Stats = fs.Stats;
var _toUnixTimestamp = fs._toUnixTimestamp;
var Dir = fs.Dir;
var opendir = fs.opendir;
var opendirSync = fs.opendirSync;
var F_OK = fs.F_OK;
var R_OK = fs.R_OK;
var W_OK = fs.W_OK;
var X_OK = fs.X_OK;
var constants = fs.constants;

// src/cli/scan-command.ts
import { dirname as dirname2, join as join4, resolve as resolve7 } from "node:path";
import { fileURLToPath } from "node:url";

// src/errors.ts
var LeakguardError = class extends Error {
  exitCode = 2;
  constructor(message, options) {
    super(message, options);
    this.name = "LeakguardError";
  }
};
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}
var GitStopped = class extends LeakguardError {
  constructor(command, signal) {
    super(`git ${command}: stopped by ${signal}`);
    this.signal = signal;
    this.name = "GitStopped";
  }
  signal;
};

// src/node-lazy.ts
import { createRequire as createRequire2 } from "node:module";
var load = createRequire2(import.meta.url);
var crypto;
var zlib;
function nodeCrypto() {
  return crypto ??= load("node:crypto");
}
function nodeZlib() {
  return zlib ??= load("node:zlib");
}

// src/engine/checksums.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var table;
function crc32(s) {
  const native = nodeZlib().crc32;
  return native ? native(s) >>> 0 : crc32Portable(s);
}
function crc32Portable(s) {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 4294967295;
  for (const byte of Buffer.from(s, "utf8")) crc = table[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
function base62(n, width = 6) {
  let s = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = BASE62[v % 62] + s;
  return s.padStart(width, "0");
}
function base32(bytes) {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8 | b) & 65535;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[value >>> bits - 5 & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[value << 5 - bits & 31];
  return out;
}
function crc32Base62Problem(token) {
  const body = token.slice(token.indexOf("_") + 1);
  if (!/^[A-Za-z0-9]{36}$/.test(body)) return "not 36 base62 characters after the prefix";
  return base62(crc32(body.slice(0, 30))) === body.slice(30) ? null : "bad checksum: the last 6 characters are not the CRC32 of the 30 before them";
}
function fineGrainedPatProblem(token) {
  if (!/^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(token)) return "not github_pat_ + 22 + _ + 59 base62 characters";
  const head = token.slice(0, -16);
  const expected = base32(nodeCrypto().createHash("sha256").update(head, "utf8").digest()).slice(0, 8);
  return expected === token.slice(-16, -8) ? null : "bad checksum: characters 78-85 are not the SHA-256 (base32) of the 77 before them";
}
var BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
var BECH32_GEN = [996825010, 642813549, 513874426, 1027748829, 705979059];
function bech32Polymod(values) {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 33554431) << 5 ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk = (chk ^ BECH32_GEN[i]) >>> 0;
  }
  return chk;
}
function bech32Values(hrp, data) {
  const out = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >>> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  for (const c of data) out.push(BECH32.indexOf(c));
  return out;
}
function bech32Problem(s) {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return "mixed case (Bech32 is all lower or all upper case)";
  const lower = s.toLowerCase();
  const sep2 = lower.lastIndexOf("1");
  const hrp = lower.slice(0, sep2);
  const data = lower.slice(sep2 + 1);
  if (sep2 < 1 || data.length < 6 || [...data].some((c) => !BECH32.includes(c))) return "not Bech32 (human-readable part, 1, data)";
  return bech32Polymod(bech32Values(hrp, data)) === 1 ? null : "bad checksum: the Bech32 checksum does not hold";
}

// src/engine/entropy.ts
function shannonEntropy(s) {
  if (s.length === 0) return 0;
  const ascii = new Uint32Array(128);
  let other;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 128) ascii[c]++;
    else {
      other ??= /* @__PURE__ */ new Map();
      other.set(c, (other.get(c) ?? 0) + 1);
    }
    n++;
  }
  let h = 0;
  const add = (k) => {
    const p = k / n;
    h -= p * Math.log2(p);
  };
  for (let c = 0; c < 128; c++) if (ascii[c]) add(ascii[c]);
  if (other) for (const k of other.values()) add(k);
  return h;
}

// src/engine/value-shapes.ts
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var DIGEST_PREFIX = /^(?:sha(?:1|224|256|384|512)|md5)[-:~]/i;
var VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
var WORDS = /^[A-Za-z]+(?:[._-][A-Za-z]+)*$/;
var IDENTIFIER_WORDS = /^(?:[a-z_$][a-z0-9_$]*(?:[A-Z][a-z0-9_$]+)*|[A-Z][a-z0-9_$]+(?:[A-Z][a-z0-9_$]+)*|[A-Z][A-Z0-9_]*)$/;
var PATH = /^(?:~|\.{1,2})?\/[\w.-]+(?:\/[\w.-]*)*$/;
function isPath(v) {
  return PATH.test(v) && !(v.length >= 24 && /^[A-Za-z0-9+/=]+$/.test(v) && shannonEntropy(v.replace(/\//g, "")) >= 4.2);
}
var ENCRYPTED = /^(?:ENC[[(]|\$ANSIBLE_VAULT;|vault:v\d+:)/;
var ENCRYPTED_REASON = "encrypted (SOPS, Jasypt, Ansible Vault or Vault transit): safe to commit";
var PROSE = /^[A-Za-z][A-Za-z,.!?']*(?: [A-Za-z,.!?':]+){2,}$/;
var HASHED_PASSWORD = /^\$(?:2[abxy]?|argon2(?:id|i|d)|[1256]|pbkdf2[-\w]*|scrypt)\$/;
var WORD_PART = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]{2,})(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z]))*$/;
function isWordIdentifier(v) {
  const parts = v.replace(/^[_$]+/, "").split(/[._-]+/);
  if (parts.length < 2) return false;
  let letters = 0;
  for (const part of parts) {
    if (/^\d{1,4}$/.test(part)) continue;
    if (!WORD_PART.test(part) && !/^[a-z]{1,8}\d{1,2}$/.test(part)) return false;
    letters += part.replace(/\d/g, "").length;
  }
  return letters >= 4;
}
function codeReferenceProblem(v) {
  if (/^~\.?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?$/.test(v)) return "a ~-prefixed reference to code (a documentation cross-reference)";
  const parts = v.replace(/^\\/, "").split(/\\|::/);
  if (parts.length >= 2 && parts.every((p) => /^[A-Za-z_]/.test(p) && IDENTIFIER_WORDS.test(p.replace(/^\$/, "")))) {
    return "a qualified name (namespace, class or member path), not a value";
  }
  return null;
}
var VALIDATION_RULES = /* @__PURE__ */ new Set([
  "accepted",
  "alpha",
  "alpha_dash",
  "alpha_num",
  "array",
  "ascii",
  "bail",
  "between",
  "boolean",
  "confirmed",
  "current_password",
  "different",
  "digits",
  "digits_between",
  "email",
  "exclude",
  "exclude_if",
  "exclude_unless",
  "exclude_with",
  "exclude_without",
  "filled",
  "gt",
  "gte",
  "in",
  "lowercase",
  "lt",
  "lte",
  "max",
  "min",
  "missing",
  "not_in",
  "not_regex",
  "nullable",
  "present",
  "prohibited",
  "prohibited_if",
  "prohibited_unless",
  "regex",
  "required",
  "required_if",
  "required_unless",
  "required_with",
  "required_with_all",
  "required_without",
  "required_without_all",
  "same",
  "size",
  "sometimes",
  "string",
  "uncompromised",
  "uppercase",
  "mixed_case",
  "letters",
  "numbers",
  "symbols"
]);
function isValidationRuleList(v) {
  const parts = v.split("|");
  let known = 0;
  for (const part of parts) {
    const m = /^([A-Za-z_]{2,30})(?::[^|\s]{0,100})?$/.exec(part);
    if (!m) return false;
    if (VALIDATION_RULES.has(m[1].toLowerCase())) known++;
  }
  return parts.length === 1 ? known === 1 : known >= 1;
}
function base64Text(value) {
  if (!/^[A-Za-z0-9+/]{8,}={0,2}$/.test(value) || value.length % 4 !== 0) return null;
  const text = Buffer.from(value, "base64").toString("latin1");
  return /^[\x20-\x7e]+$/.test(text) ? text : null;
}
function genericSecretProblem(value) {
  if (UUID.test(value)) return "a UUID (an identifier)";
  if (DIGEST_PREFIX.test(value)) return "an integrity hash or digest (sha512-..., sha256:...)";
  if (value.startsWith("h1:")) return "a go.sum module hash";
  if (/^data:/i.test(value)) return "a data URI";
  if (ENCRYPTED.test(value)) return ENCRYPTED_REASON;
  if (value.includes("://")) return "a URL (URL rules check credentials in URLs)";
  if (VERSION.test(value)) return "a version string";
  if (isPath(value)) return "a file path";
  const reference = codeReferenceProblem(value);
  if (reference) return reference;
  if (WORDS.test(value)) return "words or an identifier, not random characters";
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return "an identifier (an environment variable name)";
  if (/^(?:[a-z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+[0-9]*)+$/.test(value)) return "an identifier (camelCase or PascalCase words)";
  if (value.includes(".") && value.split(".").every((seg) => IDENTIFIER_WORDS.test(seg))) return "a code expression (a.b.c attribute access)";
  if (isWordIdentifier(value)) return "an identifier (words with a number: CancelToken_1, api_v2_key)";
  if (/^_*[a-z][a-z0-9]*(?:[._-]+[a-z0-9]+)+$/.test(value)) return "an identifier (lowercase words joined by - _ or .)";
  if (/==[^=]/.test(value)) return "'==' inside: a delimiter, not base64 or a token";
  const decoded = base64Text(value);
  if (decoded !== null) {
    if (/^[A-Za-z]+(?:[ ._-][A-Za-z]+)*$/.test(decoded)) return `base64 of plain words ("${decoded}")`;
    const colon = decoded.indexOf(":");
    const problem = colon > 0 ? passwordProblem(decoded.slice(colon + 1), { quoted: true, url: true }) : null;
    if (problem) return `base64 of user:password whose password is not one: ${problem}`;
  }
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)/.test(value)) return "a date";
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return "no mix of letters and digits (random tokens have both)";
  return null;
}
var NOT_PASSWORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "passphrase",
  "secret",
  "changeme",
  "change_me",
  "changeit",
  "admin",
  "root",
  "test",
  "testing",
  "tests",
  "example",
  "sample",
  "demo",
  "guest",
  "user",
  "username",
  "null",
  "none",
  "nil",
  "undefined",
  "true",
  "false",
  "empty",
  "blank",
  "required",
  "optional",
  "string",
  "str",
  "text",
  "value",
  "default",
  "dummy",
  "fake",
  "foo",
  "bar",
  "foobar",
  "mypassword",
  "yourpassword",
  "your_password",
  "your-password",
  "secretpassword",
  "password123",
  "hidden",
  "masked",
  "redacted",
  "unknown",
  "notset",
  "not_set",
  "tbd",
  "todo",
  "fixme",
  "xxx",
  "env",
  "environ",
  "getenv",
  "self",
  "this",
  "args",
  "kwargs",
  "params",
  "options",
  "config",
  "settings",
  "data",
  "input",
  "prompt",
  "passed",
  "failed",
  "fail",
  "skipped",
  "success",
  "enabled",
  "disabled",
  // model casts (Laravel's 'password' => 'hashed'): how the value is stored, not the value
  "hashed",
  "encrypted"
]);
function stripAccents(s) {
  return /[\u00c0-\u024f]/.test(s) ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
}
function unleet(s) {
  return s.replace(/[4@]/g, "a").replace(/3/g, "e").replace(/0/g, "o").replace(/[1!]/g, "i").replace(/[5$]/g, "s").replace(/7/g, "t");
}
function passwordProblem(value, ctx) {
  const v = stripAccents(ctx.quoted ? value.trim() : value.trim().replace(/[:)\]};,]+$/, ""));
  if (v.length < 4) return "too short to be a password (under 4 characters)";
  const lower = v.toLowerCase();
  if (NOT_PASSWORDS.has(lower) || NOT_PASSWORDS.has(lower.replace(/^(?:my|the|db|your)[_-]?/, ""))) return `a stand-in value ("${v}"), not a password`;
  if (HASHED_PASSWORD.test(v)) return "a password hash (bcrypt/argon2/crypt), not the password";
  if (/^[\p{P}\p{S}\s]+$/u.test(v)) return "punctuation only (a test of special characters), not a password";
  const reference = codeReferenceProblem(v);
  if (reference) return reference;
  if (isValidationRuleList(v)) return "validation rules (required|min:8|confirmed), not a password";
  if (/^0x[0-9a-f]+$/i.test(v)) return "a number (hex literal)";
  if (/\*{3,}/.test(v)) return "masked (asterisks)";
  if (ENCRYPTED.test(v)) return ENCRYPTED_REASON;
  if (/^[:@?][A-Za-z_]\w*$/.test(v) || v === "?") return "a query bind parameter";
  if (/^%[sd]$|^\{\d*\}$|^\{[A-Za-z_]\w*\}$/.test(v)) return "a format-string slot";
  if (!ctx.url && /^[A-Za-z]+(?: [A-Za-z]+){1,2}$/.test(v)) return "two or three words: a label, not a password";
  if (PROSE.test(v) && /\b(?:enter|your|the|please|must|should|field|password|characters|confirm|new|old|current|invalid|incorrect|required|is|are|be|to|of|for|and|with|here)\b/i.test(v)) {
    return "prose (a label or a sentence), not a password";
  }
  if (!ctx.url && isPath(v)) return "a file path";
  if (!ctx.url && /^[a-z]+(?:\/[a-z]+)+$/.test(v)) return "words joined by / (a label), not a password";
  if (/^[~^>=<v]*\d+(?:\.(?:\d+|\*|x)){1,3}(?:[-+][\w.]+)?$/.test(v)) return "a version number or constraint";
  if (ctx.quoted && /^\s*\+|\+\s*$/.test(value)) return "the code between two strings ('...' + x + '...'), not a literal";
  if (/^(?:[a-z]+|[A-Z][a-z]+)(?:[A-Z][a-z]+)+$/.test(v)) return "an identifier (camelCase words), not a password";
  if (!ctx.quoted) {
    if (ctx.declared) return "a variable declared in code and given an unquoted value: an expression, not a literal";
    if (/^[!~-]?[A-Za-z_$][\w$]*(?:(?:\??\.|->|::)[A-Za-z_$][\w$]*)+/.test(v)) return "a code expression (attribute access), not a literal";
    if (/^[A-Za-z_$][\w$.]*\s*[([]/.test(v)) return "a code expression (call or index), not a literal";
    if (/^[A-Za-z_]+$/.test(v)) return "a bare word: an identifier, not a literal (quote it to be sure)";
    if (/^[a-z]+(?:_[a-z0-9]+)+$/.test(v)) return "an identifier (snake_case), not a literal";
    if (/^[a-z]+(?:-[a-z]+)+$/.test(v)) return "lowercase words joined by - (a name or a label), not a literal";
    if (/^[A-Z][A-Za-z]+-[A-Z][A-Za-z]+$/.test(v)) return "a command (PowerShell Verb-Noun), not a literal";
    if (/^[!^~]+(?:[a-z_$/(\[].*)?$/.test(v)) return "a code expression (a negated name or regex), not a literal";
    if (/[()]/.test(v)) return "a code expression (parentheses), not a literal";
  }
  if (NOT_PASSWORDS.has(unleet(lower).replace(/^(?:my|the|db|your)[_-]?/, ""))) return `a stand-in value in leetspeak ("${v}"), not a password`;
  if (!ctx.url && (/^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/.test(v) || /^[a-z_][a-z0-9_.+-]+@[a-z][a-z0-9-]*$/.test(v))) {
    return "an e-mail address or user@host, not a password";
  }
  if (/pass(?:w(?:or)?d)?(?:[\d@_-]|$)|(?:^|[\W_])(?:pass|secret|example|sample|dummy|fake|placeholder)/i.test(v)) return `a value that names itself ("${v}"): a fixture or an example`;
  if (/^<?\$|^\.\$|\$\{|\$\(|->\{/.test(v)) return "a variable reference ($name, ${...}, $(...)), not a literal";
  return null;
}
var TYPED_RUNS = ["abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];
var NEXT_TYPED = new Set(TYPED_RUNS.flatMap((row) => [...row].slice(1).flatMap((c, i) => [row[i] + c, c + row[i]])));
function typedRunCoverage(s) {
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && NEXT_TYPED.has(s[i - 1] + s[i])) run++;
    else {
      if (run >= 3) covered += run;
      run = 1;
    }
  }
  return s.length ? covered / s.length : 0;
}
var ENGLISH_PAIRS = new Set(
  "^abcdefghijklmnopqrstuvwxyz a$bcdfghijklmnprstuvwxyz b$abceijlmorstuy c$abcdehijklmorstuy d$abcdefgiklmnoprstuvwy e$abcdefghijlmnopqrstuvwxyz f$acdefilorstuy g$abeghilmnoprstuvy h$aeilmoprstuy i$abcdefgjklmnoprstuvxz j$aeiorsuv k$aefginorsux l$abcdefiklmnoprstuvwy m$abegijlmnopsuy n$acdefgijklmnopstuvy o$abcdefgijklmnoprstuvwxyz p$adehiklmnoprstuy qu r$abcdefghiklmnoprstuvwy s$acdefhiklmnopqrstuvwy t$acdefghilmoprstuwxy u$abcdefgiklmnoprstx v$aegiou w$aeghilnorsw x$aceipt y$abceilmnoprstw z$aeikz".split(" ").flatMap((g) => [...g.slice(1)].map((c) => g[0] + c))
);
function pronounceable(word) {
  const w = word.toLowerCase();
  const vowels = w.replace(/[^aeiouy]/g, "").length;
  if (vowels === 0 || vowels / w.length < 0.2 || /[^aeiouy]{5}/.test(w)) return false;
  const ends = `^${w}$`;
  let common = 0;
  for (let i = 1; i < ends.length; i++) if (ENGLISH_PAIRS.has(ends.slice(i - 1, i + 1))) common++;
  return common >= 0.75 * (ends.length - 1);
}
function madeOfWords(value) {
  const core = unleet(stripAccents(value).replace(/[\d!?.*#%&_+-]{1,6}$/, ""));
  if (/\d/.test(core)) return false;
  if (/[a-z]/.test(core) && /[A-Z]{2}/.test(core)) return false;
  const words = core.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
  let letters = 0;
  let inWords = 0;
  for (const w of words) {
    letters += w.length;
    if (w.length < 3) continue;
    if (!pronounceable(w)) return false;
    inWords += w.length;
  }
  return inWords >= 3 && inWords >= 0.7 * letters;
}
function humanChosenReason(value) {
  const v = value.trim();
  if ([...v].length <= 6) return "short";
  if (shannonEntropy(v) < 2.3) return "low entropy";
  if (typedRunCoverage(v.toLowerCase()) >= 0.6) return "keyboard or alphabet runs";
  if (madeOfWords(v)) return "dictionary words";
  return null;
}

// src/engine/validators.ts
function awsSecretShape(secret) {
  if (!/[A-Z]/.test(secret) || !/[a-z]/.test(secret)) return "not mixed case (random base64 has both)";
  if (/^[0-9a-fA-F]+$/.test(secret)) return "hexadecimal (a digest, not a key)";
  if (!/[0-9/+]/.test(secret) && secret.length >= 40) {
    if (/^(?:[A-Z][a-z]+)+$/.test(secret)) return "looks like an identifier (CamelCase words)";
  }
  return null;
}
function base64UrlJson(part) {
  try {
    const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
function jwtShape(secret) {
  const parts = secret.slice(Math.max(0, secret.indexOf("eyJ"))).split(".");
  if (parts.length !== 3) return "not three dot-separated parts";
  const header = base64UrlJson(parts[0]);
  if (!header) return "the header is not base64url-encoded JSON";
  if (typeof header.alg !== "string") return 'the header has no "alg"';
  if (header.alg.toLowerCase() === "none" || !parts[2]) return 'unsigned (alg "none"): it proves nothing';
  if (!base64UrlJson(parts[1])) return "the payload is not base64url-encoded JSON";
  return null;
}
function basicAuthBase64(secret) {
  let decoded;
  try {
    decoded = Buffer.from(secret, "base64").toString("utf8");
  } catch {
    return "not base64";
  }
  if (!/^[\x20-\x7e]+$/.test(decoded)) return "does not decode to printable text";
  const colon = decoded.indexOf(":");
  if (colon < 1) return "does not decode to user:password";
  return passwordProblem(decoded.slice(colon + 1), { quoted: true, url: true });
}
function isDeclared(match, line) {
  const at = line.indexOf(match);
  return at > 0 && /\b(?:var|let|const|val|auto|my|local|dim)\s+$/i.test(line.slice(Math.max(0, at - 12), at));
}
var VALIDATORS = {
  "aws-secret-shape": awsSecretShape,
  "github-token-checksum": (s) => crc32Base62Problem(s),
  "npm-token-checksum": (s) => crc32Base62Problem(s),
  "github-fine-grained-checksum": (s) => fineGrainedPatProblem(s),
  "bech32-checksum": (s) => bech32Problem(s),
  jwt: jwtShape,
  "basic-auth-base64": basicAuthBase64,
  "generic-secret": (s, ctx) => genericSecretProblem(s) ?? publicByDesign(s, ctx),
  password: (s, ctx) => passwordProblem(s, { quoted: isQuoted(s, ctx.match), declared: isDeclared(ctx.match, ctx.line) }),
  "url-password": (s) => passwordProblem(decodeURIComponentSafe(s), { quoted: true, url: true })
};
function publicByDesign(secret, ctx) {
  if (!/^[0-9a-f]{32}$/.test(secret) || !/\b(?:search_?)?api_?key\b["']?\s*[:=]/i.test(ctx.match)) return null;
  const around = ctx.around ?? ctx.line;
  if (/\bdocsearch\b|\bindex_?name\b/i.test(around)) return "an Algolia search-only key for a site search (DocSearch): public by design";
  return null;
}
function isQuoted(secret, match) {
  const at = match.lastIndexOf(secret);
  const before = at > 0 ? match[at - 1] : void 0;
  return before === '"' || before === "'" || before === "`" || before === ">";
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// src/engine/rule.ts
var RuleError = class extends Error {
  constructor(field, message) {
    super(`${field}: ${message}`);
    this.field = field;
  }
  field;
};
function compileRule(spec, index, options = {}) {
  const { safety, glob } = options;
  const flags = "gdm" + (spec.ignoreCase ? "i" : "");
  const regex = safety ? compileRegex(spec.regex, flags, "regex", safety) : void 0;
  const secretGroupOf = () => {
    const groups = countGroups(spec.regex);
    const group = spec.secretGroup ?? (groups.count > 0 ? 1 : 0);
    if (typeof group === "number" && group > groups.count) {
      throw new RuleError("secretGroup", `group ${group} does not exist (the regex has ${groups.count} capture group${groups.count === 1 ? "" : "s"})`);
    }
    if (typeof group === "string" && !groups.names.includes(group)) {
      throw new RuleError("secretGroup", `no group named "${group}" in the regex`);
    }
    return group;
  };
  let lazySecretGroup = safety ? secretGroupOf() : void 0;
  let validator;
  if (spec.validate !== void 0) {
    validator = VALIDATORS[spec.validate];
    if (!validator) throw new RuleError("validate", `unknown validator "${spec.validate}" (known: ${Object.keys(VALIDATORS).join(", ")})`);
  }
  const allow = spec.allow ?? {};
  const allowSources = allow.regexes ?? [];
  const allowRegexes = safety ? allowSources.map((src, i) => compileRegex(src, "i", `allow.regexes[${i}]`, safety)) : void 0;
  for (const kw of spec.keywords) {
    if (kw !== kw.toLowerCase()) throw new RuleError("keywords", `"${kw}" must be lowercase`);
  }
  let lazyRegex = regex;
  let lazySingleLine;
  let lazyAllow = allowRegexes;
  return {
    index,
    id: spec.id,
    description: spec.description,
    severity: spec.severity,
    get regex() {
      return lazyRegex ??= compileRegex(spec.regex, flags, "regex", void 0);
    },
    get secretGroup() {
      return lazySecretGroup ??= secretGroupOf();
    },
    keywords: spec.keywords,
    entropy: spec.entropy,
    validatorName: spec.validate,
    validator,
    fallback: spec.fallback ?? false,
    pair: spec.pair ? { rule: spec.pair.rule, within: spec.pair.within, required: spec.pair.required ?? false, ...spec.pair.severity ? { severity: spec.pair.severity } : {} } : void 0,
    get allowRegexes() {
      return lazyAllow ??= allowSources.map((src, i) => compileRegex(src, "i", `allow.regexes[${i}]`, void 0));
    },
    allowTarget: allow.target ?? "secret",
    stopwords: (allow.stopwords ?? []).map((w) => w.toLowerCase()),
    allowPaths: allow.paths?.length ? compileGlobs(allow.paths, glob) : void 0,
    tags: spec.tags ?? [],
    spec,
    get singleLine() {
      return lazySingleLine ??= spec.scope === "line" && !canSpanLines(spec.regex);
    }
  };
}
function compileGlobs(globs, glob) {
  if (!glob) throw new RuleError("allow.paths", "no glob compiler given");
  return glob(globs);
}
function compileRegex(source, flags, field, safety) {
  let re;
  try {
    re = new RegExp(source, flags);
  } catch (err) {
    const reason = err.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
    throw new RuleError(field, `invalid regular expression: ${reason}`);
  }
  if (!safety) return re;
  const unsafe = safety(source);
  if (unsafe) throw new RuleError(field, unsafe);
  if (re.test("")) throw new RuleError(field, "matches the empty string");
  re.lastIndex = 0;
  return re;
}
function* captureGroups(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") yield { name: void 0, inner: i + 1 };
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
        const close2 = source.indexOf(">", i + 3);
        yield { name: source.slice(i + 3, close2), inner: close2 + 1 };
      }
    }
  }
}
function countGroups(source) {
  let count = 0;
  const names = [];
  for (const g of captureGroups(source)) {
    count++;
    if (g.name !== void 0) names.push(g.name);
  }
  return { count, names };
}
function canSpanLines(source) {
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") {
      const e = source[i + 1] ?? "";
      if (/[sWDnrpPcux0-9kv]/.test(e)) return true;
      i += 2;
    } else if (c === "[") {
      let j = i + 1;
      const negated = source[j] === "^";
      if (negated) j++;
      let body = "";
      for (; j < source.length && source[j] !== "]"; j++) {
        if (source[j] === "\\") {
          body += source.slice(j, j + 2);
          j++;
        } else body += source[j];
      }
      const hasNewline = /\\[sn]/.test(body);
      if (negated ? !hasNewline : /\\[snWDrpPux]/.test(body)) return true;
      i = j + 1;
    } else i++;
  }
  return false;
}

// src/findings/known-prefix.ts
var MAX_ALTERNATIVES = 64;
function literalPrefixes(source, secretGroup) {
  const start = groupStart(source, secretGroup);
  if (start < 0) return [];
  const p = new Parser(source, start);
  const alts = p.alternatives();
  const texts = [...new Set(alts.map((a) => a.text).filter((t) => t !== ""))];
  return texts.sort((a, b) => b.length - a.length);
}
function groupStart(source, group) {
  if (group === 0) return 0;
  let count = 0;
  for (const g of captureGroups(source)) if (++count === group || g.name === group) return g.inner;
  return -1;
}
var Parser = class {
  constructor(s, i) {
    this.s = s;
    this.i = i;
  }
  s;
  i;
  /** alternatives up to the closing `)` of the current group (consumed) or the end */
  alternatives() {
    const all = [];
    for (; ; ) {
      all.push(...this.sequence());
      if (this.s[this.i] === "|") {
        this.i++;
        continue;
      }
      if (this.s[this.i] === ")") this.i++;
      return all;
    }
  }
  /** one branch: literal atoms appended while every prefix is open; the rest of the branch skipped */
  sequence() {
    let alts = [{ text: "", open: true }];
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      if (this.zeroWidth()) continue;
      const atom = this.atom();
      const min = this.quantifier();
      if (!atom || min === 0 || !alts.some((a) => a.open)) {
        alts = alts.map((a) => ({ ...a, open: false }));
        if (!atom) this.skipAtom();
        continue;
      }
      const next = [];
      for (const a of alts) {
        if (!a.open) next.push(a);
        else for (const b of atom) next.push({ text: a.text + b.text, open: b.open && min === 1 });
      }
      alts = next.length > MAX_ALTERNATIVES ? alts.map((a) => ({ ...a, open: false })) : next;
    }
    return alts;
  }
  /** skips `\b`, `^` and lookarounds: they take no characters */
  zeroWidth() {
    const s = this.s;
    if (s.startsWith("\\b", this.i) || s[this.i] === "^") {
      this.i += s[this.i] === "^" ? 1 : 2;
      return true;
    }
    if (/^\(\?<?[=!]/.test(s.slice(this.i, this.i + 4))) {
      this.i += s[this.i + 2] === "<" ? 4 : 3;
      this.skipGroupRest();
      return true;
    }
    return false;
  }
  /** the alternatives one atom can take, or null when it is not fixed text (not consumed then) */
  atom() {
    const s = this.s;
    const c = s[this.i];
    if (c === "\\") {
      const e = s[this.i + 1] ?? "";
      if (!/[^A-Za-z0-9]/.test(e)) return null;
      this.i += 2;
      return [{ text: e, open: true }];
    }
    if (c === "[") {
      const m = /^\[([^\]\\^-]{1,8})\]/.exec(s.slice(this.i));
      if (!m) return null;
      this.i += m[0].length;
      return [...new Set(m[1])].map((ch) => ({ text: ch, open: true }));
    }
    if (c === "(") {
      const named = /^\(\?<[A-Za-z_][A-Za-z0-9_]*>/.exec(s.slice(this.i));
      if (named) this.i += named[0].length;
      else if (s.startsWith("(?:", this.i)) this.i += 3;
      else if (s[this.i + 1] === "?") return null;
      else this.i += 1;
      return this.alternatives();
    }
    if (".$*+?{}|)".includes(c)) return null;
    this.i++;
    return [{ text: c, open: true }];
  }
  /** the minimum repeat of the atom just read (1 without a quantifier); consumes the quantifier */
  quantifier() {
    const s = this.s;
    const c = s[this.i];
    let min = 1;
    if (c === "?" || c === "*") {
      min = 0;
      this.i++;
    } else if (c === "+") {
      min = 2;
      this.i++;
    } else if (c === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.i));
      if (m) {
        const n = Number(m[1]);
        min = n === 0 ? 0 : n === 1 && m[2] === void 0 ? 1 : 2;
        this.i += m[0].length;
      }
    }
    if (s[this.i] === "?" && c !== void 0 && "?*+{".includes(c)) this.i++;
    return min;
  }
  /** moves past an atom that is not fixed text (a class, an escape, `.`, a group) */
  skipAtom() {
    const s = this.s;
    const c = s[this.i];
    if (c === "\\") this.i += 2;
    else if (c === "[") {
      let j = this.i + 1;
      if (s[j] === "^") j++;
      if (s[j] === "]") j++;
      for (; j < s.length && s[j] !== "]"; j++) if (s[j] === "\\") j++;
      this.i = j + 1;
    } else if (c === "(") {
      this.i++;
      this.skipGroupRest();
    } else this.i++;
    this.quantifier();
  }
  /** moves past the `)` closing the group whose opening was just consumed */
  skipGroupRest() {
    const s = this.s;
    let depth = 1;
    let inClass = false;
    for (; this.i < s.length && depth > 0; this.i++) {
      const c = s[this.i];
      if (c === "\\") this.i++;
      else if (inClass) inClass = c !== "]";
      else if (c === "[") inClass = true;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
    }
  }
};

// src/findings/redact.ts
var NO_POLICY = { identifiers: /* @__PURE__ */ new Set(), prefixes: /* @__PURE__ */ new Map(), redactIds: false };
function redactionPolicy(rules, redactIds = false) {
  const identifiers = /* @__PURE__ */ new Set();
  const prefixes = /* @__PURE__ */ new Map();
  for (const r of rules) {
    if (r.spec.identifier) identifiers.add(r.id);
    let group = 0;
    try {
      group = r.secretGroup;
    } catch {
      continue;
    }
    const p = literalPrefixes(r.spec.regex, group);
    if (p.length) prefixes.set(r.id, p);
  }
  return { identifiers, prefixes, redactIds };
}
var MAX_STARS = 16;
var SHORT = 16;
var TAIL = 4;
var MIN_HIDDEN = 8;
function redact(secret, redaction, prefixes = []) {
  if (redaction === null) return secret;
  const chars = [...secret];
  const len = chars.length;
  if (redaction !== void 0) {
    const shown = Math.floor(len * (100 - redaction) / 100);
    return chars.slice(0, shown).join("") + "*".repeat(Math.max(1, Math.min(MAX_STARS, len - shown)));
  }
  if (len < SHORT) return lengthClass(len);
  const prefix = prefixes.find((p) => secret.startsWith(p) && [...p].length + MIN_HIDDEN <= len);
  const head = prefix ? [...prefix].length : 0;
  const rest = len - head;
  const tail = rest - TAIL >= Math.max(MIN_HIDDEN, rest / 2) ? TAIL : 0;
  return `${chars.slice(0, head).join("")}\u2026${chars.slice(len - tail).join("")}`;
}
function lengthClass(len) {
  return len < 8 ? "[1-7 chars]" : "[8-15 chars]";
}
function shownWhole(ruleId, policy) {
  return !policy.redactIds && policy.identifiers.has(ruleId);
}
function redactPart(secret, ruleId, redaction, policy) {
  return shownWhole(ruleId, policy) ? secret : redact(secret, redaction, policy.prefixes.get(ruleId));
}
function redactFinding(f, redaction, policy = NO_POLICY) {
  if (redaction === null) return f;
  const secret = redactPart(f.secret, f.ruleId, redaction, policy);
  const related = f.related?.map((r) => ({ ...r, secret: redactPart(r.secret, r.ruleId, redaction, policy) }));
  const parts = [[f.secret, secret], ...(f.related ?? []).map((r, i) => [r.secret, related[i].secret])];
  const match = parts.filter(([raw, shown]) => raw !== shown).sort((a, b) => b[0].length - a[0].length).reduce((m, [raw, shown]) => m.split(raw).join(shown), f.match);
  return { ...f, secret, match, ...related ? { related } : {} };
}
function redactResult(result, redaction, policy = NO_POLICY) {
  if (redaction === null) return result;
  const all = [...result.findings, ...result.suppressed ?? []];
  const secrets = /* @__PURE__ */ new Map();
  for (const f of all) {
    for (const [s, id] of [[f.secret, f.ruleId], ...(f.related ?? []).map((r) => [r.secret, r.ruleId])]) {
      if (!shownWhole(id, policy)) secrets.set(s, redactPart(s, id, redaction, policy));
    }
  }
  const ordered = [...secrets].sort((a, b) => b[0].length - a[0].length);
  const message = (text) => ordered.reduce((t, [s, r]) => t.includes(s) ? t.split(s).join(r) : t, text);
  const one = (f) => {
    const r = { ...f, ...redactFinding(f, redaction, policy) };
    if (f.commit && ordered.some(([s]) => f.commit.message.includes(s))) r.commit = { ...f.commit, message: message(f.commit.message) };
    return r;
  };
  return { ...result, findings: result.findings.map(one), ...result.suppressed ? { suppressed: result.suppressed.map(one) } : {} };
}

// src/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
function severityRank(s) {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

// src/cli/report-output.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { resolve } from "node:path";

// src/util.ts
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
var UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/g;
function escapeChar(c) {
  const n = c.charCodeAt(0);
  return n <= 255 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
}
function printable(s) {
  return s.replace(/[\n\r\t]/g, (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t").replace(UNSAFE_CHARS, escapeChar);
}
function safeJson(value, space) {
  return JSON.stringify(value, null, space).replace(UNSAFE_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function detach(s) {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}

// src/formatters/json.ts
var JSON_VERSION = 1;
function findingToJson(f) {
  const out = {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: f.secret,
    match: f.match,
    fingerprint: f.fingerprint,
    secretHash: f.secretHash,
    entropy: f.entropy,
    tags: f.tags
  };
  if (f.context) out.context = f.context;
  if (f.related) out.related = f.related;
  if (f.decoded) out.decoded = f.decoded;
  if (f.aws) out.aws = f.aws;
  if (f.commit) {
    const { sha, author, email, date, message } = f.commit;
    out.commit = { sha, author, email, date, message };
  }
  if (f.gitTag !== void 0) out.gitTag = f.gitTag;
  if (f.history) {
    out.occurrences = f.history.occurrences;
    out.files = f.history.files;
    if (f.history.status) out.status = f.history.status;
    if (f.history.removedIn !== void 0) out.removedIn = f.history.removedIn;
  }
  return out;
}
function suppressedToJson(f) {
  return { ...findingToJson(f), suppression: f.suppression };
}
var jsonFormatter = {
  name: "json",
  format(result) {
    const body = {
      version: JSON_VERSION,
      findings: result.findings.map(findingToJson),
      errors: result.errors,
      // what was skipped (binaries, large files) or left out unscanned (submodules, LFS objects)
      ...result.notes.length ? { notes: result.notes } : {},
      stats: result.stats,
      ...result.suppressed ? { suppressed: result.suppressed.map(suppressedToJson) } : {}
    };
    return safeJson(body, 2) + "\n";
  }
};

// src/aws/anatomy.ts
var KEY_ID_RE = /^(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/;
var KEY_TYPES = {
  AKIA: { kind: "long-term access key of an IAM user", response: "user-key" },
  ASIA: { kind: "temporary STS key (comes with a session token)", response: "session" },
  ABIA: { kind: "STS service bearer token", response: "session" },
  ACCA: { kind: "context-specific credential", response: "session" },
  A3T: { kind: "legacy-format access key", response: "user-key" }
};
var BASE322 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function keyTypeOf(keyId) {
  if (!KEY_ID_RE.test(keyId)) return null;
  return keyId.startsWith("A3T") ? "A3T" : keyId.slice(0, 4);
}
function accountOf(keyId) {
  const type = keyTypeOf(keyId);
  if (type === null || type === "A3T") return null;
  if (keyId[4] === "I" || keyId[4] === "J") return null;
  let bits = 0n;
  for (const c of keyId.slice(4, 14)) bits = bits << 5n | BigInt(BASE322.indexOf(c));
  const first6 = bits >> 2n;
  const account = (first6 & 0x7fffffffff80n) >> 7n;
  return account > 999999999999n ? null : account.toString().padStart(12, "0");
}
function isAwsKeyFinding(f) {
  return f.tags.includes("aws") && KEY_ID_RE.test(f.secret);
}
function partKind(r) {
  if (r.ruleId === "aws-session-token") return "session-token";
  if (r.ruleId.startsWith("aws-secret-access-key")) return "secret";
  if (/^[A-Za-z0-9/+]{40}$/.test(r.secret)) return "secret";
  if (/^[A-Za-z0-9/+]{80,}={0,2}$/.test(r.secret)) return "session-token";
  return "other";
}
function partOf(f, kind) {
  return f.related?.find((r) => partKind(r) === kind)?.secret;
}
function anatomy(f, accounts) {
  const keyType = keyTypeOf(f.secret);
  if (keyType === null) return void 0;
  const account = accountOf(f.secret);
  const info = {
    keyType,
    account,
    paired: partOf(f, "secret") !== void 0,
    sessionToken: partOf(f, "session-token") !== void 0,
    verification: null
  };
  return { ...info, ...accountFacts(account, accounts) };
}
function accountFacts(account, accounts) {
  if (!accounts || Object.keys(accounts).length === 0 || account === null) return {};
  const label = Object.hasOwn(accounts, account) ? accounts[account] : void 0;
  return label === void 0 ? { accountKnown: false } : { accountLabel: label, accountKnown: true };
}
function addAnatomy(findings, accounts) {
  return findings.map((f) => {
    if (!isAwsKeyFinding(f)) return f;
    const aws = anatomy(f, accounts);
    return aws ? { ...f, aws } : f;
  });
}
function describeAccount(aws) {
  if (aws.account === null) return "not encoded in this key ID";
  if (aws.accountLabel !== void 0) return `${aws.account} (${aws.accountLabel})`;
  if (aws.accountKnown === false) return `${aws.account} (not one of the accounts in aws.accounts)`;
  return aws.account;
}

// src/formatters/aws.ts
function awsLines(aws) {
  const lines = [`    key      ${aws.keyType}: ${KEY_TYPES[aws.keyType].kind}; ${pairing(aws)}`, `    account  ${describeAccount(aws)}`];
  if (aws.verification) lines.push(`    verify   ${describeVerification(aws.verification)}`);
  return lines;
}
function pairing(aws) {
  if (aws.keyType === "ASIA") {
    if (aws.paired && aws.sessionToken) return "secret and session token found next to it";
    if (aws.paired) return "secret found next to it, no session token";
  }
  return aws.paired ? "secret found next to it" : "no secret found next to it";
}
function describeVerification(v) {
  switch (v.status) {
    case "live":
      return `LIVE: the key works: ${v.arn} (account ${v.account}, user id ${v.userId})`;
    case "invalid":
      return v.code === "SignatureDoesNotMatch" ? "invalid pair (SignatureDoesNotMatch): the key ID exists but the secret found is not its secret" : `invalid (${v.code}): AWS does not accept this key`;
    case "unknown":
      return `unknown: ${v.reason}`;
  }
}
function respondPointers(findings, command) {
  if (command !== "history" && command !== "scan") return [];
  const seen = /* @__PURE__ */ new Set();
  const lines = [];
  for (const f of findings) {
    if (!f.aws || seen.has(f.secretHash)) continue;
    seen.add(f.secretHash);
    const where = f.commit ? ` --commit ${f.commit.sha.slice(0, 12)}` : "";
    const cmd = f.origin === "stdin" ? "leakguard respond --key <the key ID>" : `leakguard respond ${f.fingerprint}${where}`;
    const v = f.aws.verification;
    const account = f.aws.account === null && v?.status === "live" ? `${v.account} (from STS)` : describeAccount(f.aws);
    lines.push(`  ${f.secret} (account ${account}${v?.status === "live" ? ", LIVE" : ""}): ${cmd}`);
  }
  return lines.length ? ["Respond to each AWS key: the runbook, step by step, with the commands filled in:", ...lines] : [];
}

// src/findings/finding.ts
function secretHash(secret) {
  return nodeCrypto().createHash("sha256").update(secret, "utf8").digest("hex").slice(0, 16);
}
function fingerprintOf(ruleId, hash) {
  return `${ruleId}:${hash}`;
}
function toFinding(c, fragment) {
  const hash = secretHash(c.secret);
  const f = {
    ruleId: c.rule.id,
    description: c.rule.description,
    severity: c.severity,
    // findings outlive the git output they were cut from: their strings are copied out of it
    file: fragment.path === null ? null : detach(fragment.path),
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    endColumn: c.endColumn,
    secret: detach(c.secret),
    match: detach(c.match),
    entropy: Math.round(c.entropy * 100) / 100,
    tags: [...c.rule.tags],
    fingerprint: fingerprintOf(c.rule.id, hash),
    secretHash: hash,
    origin: fragment.origin
  };
  if (c.context) f.context = c.context;
  if (fragment.commit) f.commit = detachCommit(fragment.commit);
  if (fragment.gitTag !== void 0) f.gitTag = fragment.gitTag;
  if (c.related.length) f.related = c.related.map(toRelated);
  if (c.decoded) f.decoded = [...c.decoded];
  return f;
}
function detachCommit(c) {
  const copy = { sha: detach(c.sha), author: detach(c.author), email: detach(c.email), date: detach(c.date), message: detach(c.message) };
  if (c.parents) copy.parents = c.parents.map(detach);
  return copy;
}
function toRelated(c) {
  return {
    ruleId: c.rule.id,
    description: c.rule.description,
    secret: detach(c.secret),
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    endColumn: c.endColumn,
    fingerprint: fingerprintOf(c.rule.id, secretHash(c.secret))
  };
}
function compareFindings(a, b) {
  if (a.commit && b.commit && a.commit.date !== b.commit.date) return a.commit.date < b.commit.date ? -1 : 1;
  const fa = a.file ?? "";
  const fb = b.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function fingerprintsOf(f) {
  return [f.fingerprint, ...(f.related ?? []).map((r) => r.fingerprint ?? fingerprintOf(r.ruleId, secretHash(r.secret)))];
}

// src/engine/context.ts
var CONTEXT_WORDS = {
  test: "a test or fixture file",
  example: "an example or sample file",
  docs: "documentation",
  ci: "a CI configuration",
  comment: "a code comment"
};
var TEST_DIR = /(?:^|\/)(?:tests?|__tests__|testing|testdata|test[-_]data|test[-_]?cases|test[-_]?suite|specs?|__specs?__|fixtures?|__fixtures__|__mocks__|mocks?|e2e|(?:unit|integration|functional|acceptance|feature)[-_]?tests?)\//i;
var TEST_ROOT = /^t\//;
var TEST_FILE = /(?:^|\/)(?:test_[^/]+|[^/]+[._-](?:tests?|spec|specs)\.[a-z0-9]+|conftest\.py|[^/]+\.t)$/i;
var TEST_CLASS_FILE = /(?:Test|Tests|Spec)\.[A-Za-z0-9]+$/;
var EXAMPLE_DIR = /(?:^|\/)(?:_?examples?|samples?|demos?|stubs?)\//i;
var EXAMPLE_FILE = /(?:^|\/)(?:[^/]*\.(?:example|sample|dist|template|tmpl|tpl)(?:\.[^/]*)?|examples?[._-][^/]*|samples?[._-][^/]*)$/i;
var DOCS_DIR = /(?:^|\/)(?:docs?|documentation|man|manual|guides?|wiki)\//i;
var DOCS_FILE = /(?:\.(?:md|markdown|mdx|mdown|rst|adoc|asciidoc|rdoc|textile|pod)$|(?:^|\/)(?:README|CHANGELOG|CHANGES|HISTORY|NEWS|CONTRIBUTING|INSTALL|UPGRADING|UPGRADE)(?:[._-][^/]*)?$)/i;
var CI_FILE = /(?:^|\/)(?:\.github\/workflows\/[^/]+|\.gitlab-ci\.ya?ml|\.travis\.ya?ml|\.circleci\/[^/]+|azure-pipelines\.ya?ml|appveyor\.ya?ml|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|Jenkinsfile|\.buildkite\/[^/]+|\.woodpecker\.ya?ml)$/i;
function pathContext(path) {
  if (path === null) return void 0;
  if (TEST_DIR.test(path) || TEST_ROOT.test(path) || TEST_FILE.test(path) || TEST_CLASS_FILE.test(path)) return "test";
  if (EXAMPLE_DIR.test(path) || EXAMPLE_FILE.test(path)) return "example";
  if (DOCS_DIR.test(path) || DOCS_FILE.test(path)) return "docs";
  if (CI_FILE.test(path)) return "ci";
  return void 0;
}
function isCommentLine(line) {
  return /^\s*(?:\/\/|\/\*|\*(?:\s|\/|$)|#(?!!|\s*(?:define|include|if|ifdef|ifndef|elif|else|endif|pragma|undef|error|warning|import|line)\b)|--\s|;|<!--)/.test(line);
}
function lowerContext(c, path, line) {
  if (c.severity === "low" || c.severity === "info") return void 0;
  if (!c.rule.tags.includes("password") && !c.rule.tags.includes("generic")) return void 0;
  const where = pathContext(path) ?? (isCommentLine(line) ? "comment" : void 0);
  if (!where) return void 0;
  return humanChosenReason(valueOf(c)) ? where : void 0;
}
function valueOf(c) {
  if (c.rule.validatorName === "basic-auth-base64") {
    const decoded = Buffer.from(c.secret, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon >= 0 ? decoded.slice(colon + 1) : decoded;
  }
  if (c.rule.validatorName === "url-password") {
    try {
      return decodeURIComponent(c.secret);
    } catch {
      return c.secret;
    }
  }
  return c.secret;
}

// src/formatters/text.ts
var ESC = "\x1B[";
function painter(color) {
  const wrap = (open2, close2) => (s) => color ? `${ESC}${open2}m${s}${ESC}${close2}m` : s;
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39) };
}
var textFormatter = {
  name: "text",
  format(result, options) {
    const p = painter(options.color);
    const out = [];
    for (const f of result.findings) out.push(block(f, p), "");
    for (const e of result.errors) out.push(`${p.red("error")}: ${e.file ? `${printable(e.file)}: ` : ""}${printable(e.message)}`);
    if (result.errors.length) out.push("");
    if (result.findings.length && options.command === "history") out.push(...tally(result.findings), "");
    if (result.findings.length) out.push(...(options.prePush ? prePushAdvice(result.findings) : adviceFor(options, result.findings)).map((l) => p.dim(l)), "");
    if (result.suppressed) out.push(...suppressedLines(result.suppressed, p), "");
    out.push(summary(result, options, p));
    const pointers = respondPointers(result.findings, options.command);
    if (pointers.length) out.push("", ...pointers);
    return out.join("\n") + "\n";
  }
};
function severityPaint(s, p) {
  return s === "critical" || s === "high" ? p.red : s === "medium" ? p.yellow : p.cyan;
}
function location(f) {
  if (f.file === null && f.gitTag !== void 0) return `tag ${printable(f.gitTag)} message:${f.line}:${f.column}`;
  return f.file === null ? `commit message:${f.line}:${f.column}` : `${printable(f.file)}:${f.line}:${f.column}`;
}
function block(f, p) {
  const lines = [`${p.bold(location(f))}  ${severityPaint(f.severity, p)(f.severity)}  ${f.ruleId}`, `    ${f.description}`, `    secret   ${printable(f.secret)}`];
  if (f.decoded) lines.push(`    decoded  ${f.decoded.join(" > ")}: found in the decoded text at this location`);
  for (const r of f.related ?? []) lines.push(`    paired   ${printable(r.secret)}  (${r.ruleId}, line ${r.line})`);
  if (f.context) lines.push(`    context  ${f.context}: a person-chosen value in ${CONTEXT_WORDS[f.context]}, likely a fixture: reported low`);
  if (f.aws) lines.push(...awsLines(f.aws));
  if (f.commit) {
    const c = f.commit;
    lines.push(`    commit   ${c.sha.slice(0, 12)}  ${c.date.slice(0, 10)}  ${printable(c.author)} <${printable(c.email)}>  ${printable(JSON.stringify(c.message))}`);
  }
  if (f.gitTag !== void 0 && f.file !== null) lines.push(`    tag      ${printable(f.gitTag)}`);
  if (f.history) {
    const h = f.history;
    if (h.status === "present") lines.push(`    status   ${p.red("present")} at HEAD of the default branch: still exposed in the current code`);
    else if (h.status === "removed") {
      const where = h.removedIn ? `removed in ${h.removedIn.slice(0, 12)}` : f.gitTag !== void 0 ? `in tag ${printable(f.gitTag)}` : f.file === null ? "in a commit message" : "not on the default branch";
      lines.push(`    status   ${p.yellow("history only")} (${where}): still reachable in the history, so revoke it anyway`);
    }
    if (h.occurrences > 1) lines.push(`    added by ${h.occurrences} commits`);
    const others = h.files.filter((x) => x !== f.file);
    if (others.length) lines.push(`    also in  ${others.map(printable).join(", ")}`);
  }
  lines.push(`    id       ${fingerprintsOf(f).join(" ")}`);
  return lines.join("\n");
}
function suppressedLines(suppressed, p) {
  if (suppressed.length === 0) return [p.bold("Suppressed: nothing.")];
  const lines = [p.bold(`Suppressed (${suppressed.length}):`)];
  for (const f of suppressed) {
    lines.push(`  ${location(f)}  ${f.ruleId}  ${printable(f.secret)}  ${p.dim(f.fingerprint)}`, `      ${f.suppression.kind}: ${printable(f.suppression.reason)}`);
  }
  return lines;
}
function tally(findings) {
  const count = (key) => {
    const m = /* @__PURE__ */ new Map();
    for (const f of findings) {
      const k = key(f);
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(", ");
  };
  const byStatus = count((f) => f.history?.status === "present" ? "present at HEAD" : f.history?.status === "removed" ? "history only" : void 0);
  return [`By rule:   ${count((f) => f.ruleId)}`, ...byStatus ? [`By status: ${byStatus}`] : []];
}
function adviceFor(options, findings) {
  const failOn = options.failOn ?? "medium";
  if (findings.some((f) => severityRank(f.severity) >= severityRank(failOn))) return advice(options.command, findings);
  return [
    `Nothing here reaches --fail-on ${failOn}: reported, not failing the run (low: test keys, encrypted keys, person-chosen passwords in tests, examples and docs).`,
    "Check them all the same; `--fail-on low` makes them fail the run."
  ];
}
function advice(command, findings) {
  const aws = findings.some((f) => f.tags.includes("aws"));
  switch (command) {
    case "staged":
      return [
        "leakguard blocked this commit: the staged changes add a secret.",
        "Fix: remove it from the file (read it from the environment or a secret manager), then `git add` the file again.",
        "Not a secret? Put `leakguard:allow` in a comment on that line, or run `leakguard ignore <id>` (it goes into .leakguardignore)."
      ];
    case "message":
      return ["leakguard blocked this commit: the commit message contains a secret. Write the message again without it."];
    case "history":
      return [
        "A secret in git history stays reachable after it is deleted from the code: revoke (rotate) it first,",
        "then remove it from the code; rewriting history comes last and does not un-leak it.",
        ...aws ? ["AWS keys: deactivate the access key before anything else (aws iam update-access-key --status Inactive)."] : []
      ];
    default:
      return [
        "Remove the secrets from these files. Any that was ever committed, pushed or shared must be revoked (rotated).",
        ...aws ? ["AWS keys: deactivate the access key before anything else (aws iam update-access-key --status Inactive)."] : []
      ];
  }
}
function prePushAdvice(findings) {
  const aws = findings.some((f) => f.tags.includes("aws"));
  return [
    "leakguard blocked this push: the commits being pushed add a secret. Nothing was sent.",
    "Fix the commits that are not pushed yet, then push again:",
    "  - in the last commit: remove the secret, `git add` the file, `git commit --amend`;",
    "  - in an earlier one: `git rebase -i <remote>/<branch>`, mark that commit `edit`, remove the secret, `git commit --amend`, `git rebase --continue`;",
    "  - or start over: `git reset --soft <remote>/<branch>` keeps the changes staged; remove the secret and commit again.",
    "Not a secret? Put `leakguard:allow` in a comment on that line, or run `leakguard ignore <id>`.",
    "A key that already left this machine (pushed to another remote, shared, pasted) must be revoked (rotated) as well: rewriting these commits does not un-leak it.",
    ...aws ? ["AWS keys that left the machine: deactivate the access key first (aws iam update-access-key --status Inactive)."] : []
  ];
}
var WHERE = { scan: "in files", staged: "in staged changes", history: "in history", message: "in the commit message" };
function summary(result, options, p = painter(false)) {
  const n = result.findings.length;
  const counts = SEVERITIES.map((s2) => [s2, result.findings.filter((f) => f.severity === s2).length]).filter(([, k]) => k > 0).map(([s2, k]) => `${k} ${s2}`).join(", ");
  const head = n === 0 ? p.green("No secrets found") : p.red(p.bold(`${n} secret${n === 1 ? "" : "s"} found`)) + ` (${counts})`;
  const s = result.stats;
  const scanned = [
    options.command === "history" ? `${s.commits} commit${s.commits === 1 ? "" : "s"}` : `${s.files} file${s.files === 1 ? "" : "s"}`,
    formatBytes(s.bytes),
    `${s.ms} ms`
  ].join(", ");
  const errors = result.errors.length ? `, ${result.errors.length} error${result.errors.length === 1 ? "" : "s"}` : "";
  return `${head} ${WHERE[options.command]} \xB7 ${scanned}${errors}`;
}

// src/formatters/index.ts
var LAZY = {
  text: async () => textFormatter,
  json: async () => jsonFormatter,
  sarif: async () => (await import("./sarif-UK6S3TJR.js")).sarifFormatter,
  junit: async () => (await import("./junit-U3R7BYKE.js")).junitFormatter,
  csv: async () => (await import("./csv-SI36ZWQV.js")).csvFormatter,
  github: async () => (await import("./github-KP5HVYGD.js")).githubFormatter,
  gitlab: async () => (await import("./gitlab-6JG32GF3.js")).gitlabFormatter,
  markdown: async () => (await import("./markdown-T2VXD4V6.js")).markdownFormatter,
  html: async () => (await import("./html-GXPLNRS6.js")).htmlFormatter
};
var FORMAT_NAMES = Object.keys(LAZY);
async function builtinFormatter(name) {
  return Object.hasOwn(LAZY, name) ? LAZY[name]() : void 0;
}

// package.json
var package_default = {
  name: "leakguard",
  version: "0.1.0",
  description: "Fast, quiet, accurate secret scanner for git: pre-commit hook, CI step and history audit (AWS keys first).",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20.12"
  },
  bin: {
    leakguard: "bin/leakguard.js",
    "git-leakguard": "bin/leakguard.js"
  },
  main: "dist/index.js",
  types: "dist/types/index.d.ts",
  man: [
    "./dist/man/leakguard.1",
    "./dist/man/git-leakguard.1"
  ],
  files: [
    "bin/",
    "dist/",
    "rules/",
    "ci/",
    "README.md",
    "CHANGELOG.md"
  ],
  scripts: {
    dist: "node scripts/build.mjs && tsc -p tsconfig.types.json",
    "dev-setup": "husky",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    bench: "node scripts/build.mjs && node bench/run.mjs",
    accuracy: "node scripts/build.mjs && node scripts/accuracy.mjs",
    "bench:org": "node scripts/build.mjs && node bench/org.mjs"
  },
  devDependencies: {
    "@eslint-community/regexpp": "^4.12.3",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@smithy/hash-node": "^4.5.2",
    "@smithy/signature-v4": "^5.7.5",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    "@types/yargs": "^17.0.35",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    bullmq: "^5.81.5",
    cosmiconfig: "^9.0.2",
    esbuild: "^0.28.2",
    husky: "^9.1.7",
    ioredis: "^5.11.1",
    picomatch: "^4.0.7",
    refa: "^0.12.1",
    saxes: "^6.0.0",
    scslre: "^0.3.0",
    "simple-git": "^3.36.0",
    typescript: "^5.9.3",
    vite: "^7.3.8",
    vitest: "^4.1.12",
    yaml: "^2.9.1",
    yargs: "^17.7.3"
  },
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      import: "./dist/index.js"
    },
    "./package.json": "./package.json"
  }
};

// src/version.ts
var VERSION2 = package_default.version;

// src/engine/decode.ts
var DEFAULT_DECODE_DEPTH = 3;
var MAX_DECODE_DEPTH = 10;
var MIN_BASE64 = 16;
var MIN_HEX = 16;
var MAX_SPAN = 64 * 1024;
var MAX_DECODED = 256 * 1024;
var MAX_SPANS = 256;
var MAX_DECODE_MS = 1e3;
var SPANS_BEFORE_CLOCK = 16;
var MAX_LOG_PREFIX = 120;
var MAX_LOG_LINES = 400;
function mapBack(view, start, end) {
  let origStart = -1;
  let origEnd = -1;
  const trail = [...view.trail ?? []];
  let decoded = view.trail !== void 0;
  for (const p of view.pieces) {
    if (p.to <= start) continue;
    if (p.from >= end) break;
    const a = p.trail ? p.origFrom : p.origFrom + Math.max(0, start - p.from);
    const b = p.trail ? p.origTo : p.origFrom + Math.min(p.to, end) - p.from;
    if (origStart === -1 || a < origStart) origStart = a;
    if (b > origEnd) origEnd = b;
    if (p.trail) {
      decoded = true;
      for (const d of p.trail) if (!trail.includes(d)) trail.push(d);
    }
  }
  if (!decoded || origStart === -1) return null;
  return { start: origStart, end: Math.max(origEnd, origStart + 1), trail };
}
var B64 = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") B64[c.charCodeAt(0)] = 1;
var HEX = new Uint8Array(128);
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
function isB64(c) {
  return c < 128 && B64[c] === 1;
}
function alnumRuns(text, out) {
  const L = MIN_BASE64;
  const n = text.length;
  let i = 0;
  while (i + L <= n) {
    if (!isB64(text.charCodeAt(i + L - 1))) {
      i += L;
      continue;
    }
    let j = i + L - 2;
    while (j >= i && isB64(text.charCodeAt(j))) j--;
    if (j >= i) {
      i = j + 1;
      continue;
    }
    let end = i + L;
    while (end < n && isB64(text.charCodeAt(end))) end++;
    let padded = end;
    while (padded < n && padded - end < 2 && text.charCodeAt(padded) === 61) padded++;
    if (padded - i <= MAX_SPAN) out.push({ start: i, end: padded, kind: "alnum" });
    i = padded + 1;
  }
}
function isSpanStop(c) {
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62;
}
var SPAN_REACH = 256;
function delimitedSpans(text, marker, kind, accept, out) {
  const code = marker.charCodeAt(0);
  const isStop = kind === "percent" ? (c) => isSpanStop(c) || c === 61 || c === 38 || c === 63 : isSpanStop;
  let last = -1;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    if (at < last || !accept(text, at)) continue;
    let start = at;
    while (start > 0 && !isStop(text.charCodeAt(start - 1)) && at - start < SPAN_REACH) start--;
    let lastMarker = at;
    let end = at + 1;
    for (; end < text.length && end - lastMarker <= SPAN_REACH && end - start < MAX_SPAN; end++) {
      const c = text.charCodeAt(end);
      if (isStop(c)) break;
      if (c === code && accept(text, end)) lastMarker = end;
    }
    out.push({ start, end, kind });
    last = end;
  }
}
function isPercentAt(text, at) {
  const a = text.charCodeAt(at + 1);
  const b = text.charCodeAt(at + 2);
  return a < 128 && HEX[a] === 1 && b < 128 && HEX[b] === 1;
}
function isEscapeAt(text, at) {
  const c = text.charCodeAt(at + 1);
  if (c === 47) return true;
  if (c !== 117) return false;
  for (let k = 2; k < 6; k++) {
    const h = text.charCodeAt(at + k);
    if (!(h < 128 && HEX[h] === 1)) return false;
  }
  return true;
}
function candidateSpans(text) {
  const spans = [];
  alnumRuns(text, spans);
  const wide = [];
  if (text.includes("%")) delimitedSpans(text, "%", "percent", isPercentAt, wide);
  if (text.includes("\\")) delimitedSpans(text, "\\", "escape", isEscapeAt, wide);
  if (wide.length === 0) return spans;
  const all = [...wide.sort((a, b) => a.start - b.start), ...spans.filter((s) => !wide.some((w) => s.start < w.end && w.start < s.end))];
  all.sort((a, b) => a.start - b.start);
  const out = [];
  for (const s of all) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}
function isMostlyPrintable(s) {
  if (s.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 127 || c === 65533) bad++;
  }
  return bad * 20 <= s.length;
}
function sextet(c) {
  return c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 43 ? 62 : 63;
}
function base64HeadPrintable(s) {
  const v = sextet;
  for (let q = 0; q + 4 <= Math.min(s.length, 8); q += 4) {
    const n = v(s.charCodeAt(q)) << 18 | v(s.charCodeAt(q + 1)) << 12 | v(s.charCodeAt(q + 2)) << 6 | v(s.charCodeAt(q + 3));
    for (const b of [n >> 16, n >> 8 & 255, n & 255]) if (b > 126 || b < 32 && b !== 9 && b !== 10 && b !== 13) return false;
  }
  return true;
}
function decodeBase64(s) {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 61) n--;
  if (n < MIN_BASE64 || n % 4 === 1 || !base64HeadPrintable(s)) return null;
  const text = Buffer.from(s.slice(0, n), "base64").toString("utf8");
  return isMostlyPrintable(text) ? text : null;
}
function decodeHex(s) {
  if (s.length < MIN_HEX || s.length % 2 !== 0) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c < 128 && HEX[c] === 1)) return null;
  }
  const first = parseInt(s.slice(0, 2), 16);
  if (first < 32 || first > 126) return null;
  const text = Buffer.from(s, "hex").toString("utf8");
  return isMostlyPrintable(text) ? text : null;
}
function decodePercent(s) {
  let changed = false;
  const out = s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    changed = true;
    const bytes = Buffer.from(run.replace(/%/g, ""), "hex");
    return bytes.toString("utf8");
  });
  return changed && isMostlyPrintable(out) ? out : null;
}
function decodeEscapes(s) {
  const out = s.replace(/\\u([0-9A-Fa-f]{4})|\\\//g, (m, hex) => hex ? String.fromCharCode(parseInt(hex, 16)) : "/");
  return out !== s && isMostlyPrintable(out) ? out : null;
}
function decodeSpan(s, kind) {
  if (kind === "percent") {
    const t = decodePercent(s);
    return t === null ? null : { text: t, how: "percent" };
  }
  if (kind === "escape") {
    const t = decodeEscapes(s);
    return t === null ? null : { text: t, how: "json-escape" };
  }
  const hex = decodeHex(s);
  if (hex !== null) return { text: hex, how: "hex" };
  const b64 = decodeBase64(s);
  return b64 === null ? null : { text: b64, how: "base64" };
}
function decodeAll(text, depth, budget) {
  const out = [];
  if (depth <= 0) return out;
  for (const span of candidateSpans(text)) {
    if (budget.spans <= 0 || budget.bytes <= 0) break;
    const step = decodeSpan(text.slice(span.start, span.end), span.kind);
    if (!step) continue;
    if (MAX_SPANS - budget.spans >= SPANS_BEFORE_CLOCK && performance.now() > budget.deadline) {
      budget.spans = 0;
      break;
    }
    budget.spans--;
    budget.bytes -= step.text.length;
    let inner = step.text;
    const trail = [step.how];
    const nested = decodeAll(inner, depth - 1, budget);
    if (depth === 1 && candidateSpans(inner).length) budget.nested = true;
    if (nested.length) {
      inner = substitute(inner, nested);
      for (const d of nested) for (const how of d.trail) if (!trail.includes(how)) trail.push(how);
    }
    out.push({ start: span.start, end: span.end, text: inner, trail });
  }
  return out;
}
function substitute(text, spans) {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}
function decodedView(text, maxDepth) {
  const budget = { bytes: MAX_DECODED, spans: MAX_SPANS, nested: false, deadline: performance.now() + MAX_DECODE_MS };
  const decoded = decodeAll(text, maxDepth, budget);
  if (decoded.length === 0) return null;
  const pieces = [];
  let out = "";
  const copy = (from, to) => {
    if (to <= from) return;
    pieces.push({ from: out.length, to: out.length + to - from, origFrom: from, origTo: to, trail: null });
    out += text.slice(from, to);
  };
  let i = 0;
  while (i < decoded.length) {
    const first = decoded[i];
    const from = contextStart(text, first.start);
    if (out.length) {
      pieces.push({ from: out.length, to: out.length + 1, origFrom: from, origTo: from + 1, trail: null });
      out += "\n";
    }
    let at = from;
    let to = contextEnd(text, first.end);
    while (i < decoded.length && decoded[i].start < to) {
      const d = decoded[i];
      copy(at, d.start);
      pieces.push({ from: out.length, to: out.length + d.text.length, origFrom: d.start, origTo: d.end, trail: d.trail });
      out += d.text;
      at = d.end;
      to = Math.max(to, contextEnd(text, d.end));
      i++;
    }
    copy(at, to);
  }
  return { text: out, pieces, ...budget.nested ? { nested: true } : {} };
}
var CONTEXT = 256;
function contextStart(text, at) {
  const from = Math.max(0, at - CONTEXT);
  const nl = text.slice(from, at).lastIndexOf("\n");
  return nl === -1 ? from : from + nl + 1;
}
function contextEnd(text, at) {
  const to = Math.min(text.length, at + CONTEXT);
  const nl = text.slice(at, to).indexOf("\n");
  return nl === -1 ? to : at + nl;
}
var LOG_BREAK = /\r?\n|(?:\\{1,2}r)?\\{1,2}n/g;
function logPrefixViews(text) {
  const views = [];
  let from = 0;
  for (let at = text.indexOf("-----BEGIN ", from); at !== -1; at = text.indexOf("-----BEGIN ", from)) {
    from = at + 11;
    const lineStart = lineStartBefore(text, at);
    const before = text.slice(lineStart, at);
    if (!/[^\s"'`+,;=:([{\\]/.test(before.replace(/\\{1,2}[rn]/g, ""))) continue;
    const view = stripLogPrefix(text, at);
    if (view) {
      views.push(view);
      from = view.pieces[view.pieces.length - 1].origTo;
    }
  }
  return views;
}
function lineStartBefore(text, at) {
  const from = Math.max(0, at - MAX_LOG_PREFIX - 8);
  const head = text.slice(from, at);
  let start = 0;
  LOG_BREAK.lastIndex = 0;
  for (let m = LOG_BREAK.exec(head); m; m = LOG_BREAK.exec(head)) start = m.index + m[0].length;
  return from + start;
}
function stripLogPrefix(text, beginAt) {
  const lines = [];
  LOG_BREAK.lastIndex = beginAt;
  let m = LOG_BREAK.exec(text);
  if (!m) return null;
  const beginEnd = m.index;
  let start = m.index + m[0].length;
  while (lines.length < MAX_LOG_LINES && start < text.length) {
    LOG_BREAK.lastIndex = start;
    m = LOG_BREAK.exec(text);
    const end = m ? m.index : text.length;
    lines.push([start, end]);
    if (text.slice(start, end).includes("-----END ")) break;
    if (!m) break;
    start = m.index + m[0].length;
  }
  if (lines.length === 0) return null;
  const shape = (s) => s.replace(/[0-9]/g, "0");
  let common = shape(text.slice(lines[0][0], Math.min(lines[0][1], lines[0][0] + MAX_LOG_PREFIX)));
  for (const [a, b] of lines.slice(1)) {
    const s = shape(text.slice(a, Math.min(b, a + common.length)));
    let k = 0;
    while (k < common.length && k < s.length && common[k] === s[k]) k++;
    common = common.slice(0, k);
  }
  const cut = Math.max(common.lastIndexOf(" "), common.lastIndexOf("	"), common.lastIndexOf("|"));
  if (cut < 0) return null;
  const prefix = cut + 1;
  const pieces = [];
  let out = "";
  const copy = (a, b) => {
    pieces.push({ from: out.length, to: out.length + b - a, origFrom: a, origTo: b, trail: null });
    out += text.slice(a, b);
  };
  copy(beginAt, beginEnd);
  for (const [a, b] of lines) {
    out += "\n";
    pieces.push({ from: out.length - 1, to: out.length, origFrom: a, origTo: a + 1, trail: null });
    if (b - a > prefix) copy(a + prefix, b);
  }
  return { text: out, pieces, trail: ["log-prefix"] };
}

// src/cli/scan-options.ts
function parseRedaction(redact2, percent) {
  if (percent === void 0 || percent === null) return redact2 === false ? null : void 0;
  const text = String(percent).trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 100) throw new LeakguardError(`--redact: "${String(percent)}" is not a percentage (a whole number from 0 to 100)`);
  return n === 0 ? null : n;
}
function parseDecodeDepth(decode, depth) {
  if (depth !== void 0) {
    const text = String(depth).trim();
    const n = Number(text);
    if (typeof depth === "boolean" || !/^\d+$/.test(text) || n > MAX_DECODE_DEPTH) {
      throw new LeakguardError(`--max-decode-depth: "${String(depth)}" must be a whole number from 0 (no decoding) to ${MAX_DECODE_DEPTH}`);
    }
    if (decode === false && n > 0) throw new LeakguardError("--max-decode-depth: cannot be combined with --no-decode");
    return n;
  }
  return decode === false ? 0 : void 0;
}
function parseExitCode(value) {
  if (value === void 0) return 1;
  const n = Number(value);
  if (typeof value === "boolean" || String(value).trim() === "" || !Number.isInteger(n) || n < 0 || n > 255) {
    throw new LeakguardError(`--exit-code: "${String(value)}" must be a whole number from 0 to 255`);
  }
  return n;
}
var DEFAULT_FAIL_ON = "medium";
function parseFailOn(value) {
  if (value === void 0) return DEFAULT_FAIL_ON;
  const s = String(value).toLowerCase();
  if (!SEVERITIES.includes(s)) throw new LeakguardError(`--fail-on: "${String(value)}" is not a severity (${SEVERITIES.join(", ")})`);
  return s;
}
function parseReports(value) {
  const list = value === void 0 ? [] : Array.isArray(value) ? value : [value];
  return list.map((v) => {
    const s = String(v);
    const eq = s.indexOf("=");
    if (eq <= 0 || eq === s.length - 1) throw new LeakguardError(`--report: "${s}" must be FORMAT=FILE (e.g. sarif=leakguard.sarif)`);
    return { format: s.slice(0, eq), file: s.slice(eq + 1) };
  });
}
async function checkGitDate(flag, value, cwd) {
  const bad = () => new LeakguardError(`${flag}: "${value}" is not a date git understands (e.g. 2024-01-31, "2 weeks ago", yesterday, @1700000000)`);
  if (!value.trim() || /[\0\n]/.test(value)) throw bad();
  const { gitOutput: gitOutput2 } = await import("./spawn-OOCS54H5.js");
  try {
    await gitOutput2(["-c", `leakguard.date=${value}`, "config", "--type=expiry-date", "--get", "leakguard.date"], { cwd });
  } catch {
    throw bad();
  }
}

// src/cli/report-output.ts
async function formatter(spec, cwd, flag) {
  const builtin = await builtinFormatter(spec);
  if (builtin) return builtin;
  const { loadFormatter } = await import("./load-ECTXNSUS.js");
  return loadFormatter(spec, cwd, flag);
}
async function loadOutputs(a, cwd) {
  const main = await formatter(a.format, cwd, "--format");
  const reports = await Promise.all(
    parseReports(a.report).map(async (r) => {
      const label = `--report ${r.format}=${r.file}`;
      return { label, file: r.file, formatter: await formatter(r.format, cwd, label) };
    })
  );
  return { main, reports };
}
async function writeOutputs(report, outputs, ctx) {
  const { a, io } = ctx;
  const base = { color: false, command: ctx.command, prePush: a.prePush ?? false, verbose: a.verbose ?? false, version: VERSION2, rules: ctx.rules, startedAt: ctx.startedAt, scope: scopeOf(a, ctx.command), ...ctx.failOn ? { failOn: ctx.failOn } : {} };
  for (const r of outputs.reports) await write2(ctx.cwd, r.file, await r.formatter.format(report, base), r.label);
  const clean = report.findings.length === 0 && report.errors.length === 0;
  if (!a.output && a.quiet && clean) return;
  const color = !a.output && (a.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR));
  const text = await outputs.main.format(report, { ...base, color });
  if (a.output || outputs.main.name !== "text") errorLines(report, io);
  if (a.output) {
    await write2(ctx.cwd, a.output, text, `--output: ${a.output}`);
    if (!(a.quiet && clean)) io.stderr(`leakguard: ${summary(report, { command: ctx.command })} (report: ${a.output})
`);
  } else if (!(a.quiet && clean)) io.stdout(text);
}
function scopeOf(a, command) {
  if (command === "history") {
    const revs = [...a.revs ?? [], ...(a._ ?? []).slice(1).map(String)];
    const parts = [a.prePush ? "the pushed commits" : revs.length ? revs.join(" ") : a.branch ? a.branch : "all refs"];
    if (a.branch && revs.length) parts.push(`on ${a.branch}`);
    if (a.since) parts.push(`since ${a.since}`);
    if (a.until) parts.push(`until ${a.until}`);
    if (a.maxCommits) parts.push(`at most ${a.maxCommits} commits`);
    return parts.join(" ");
  }
  if (command === "scan") return (a.paths?.length ? a.paths : ["."]).join(" ");
  return void 0;
}
var MAX_ERROR_LINES = 20;
function errorLines(report, io) {
  for (const e of report.errors.slice(0, MAX_ERROR_LINES)) io.stderr(`leakguard: error: ${e.file ? `${printable(e.file)}: ` : ""}${printable(e.message)}
`);
  if (report.errors.length > MAX_ERROR_LINES) io.stderr(`leakguard: ... and ${report.errors.length - MAX_ERROR_LINES} more errors (in the report)
`);
}
async function write2(cwd, file, text, label) {
  try {
    await writeFile2(resolve(cwd, file), text);
  } catch (err) {
    throw new LeakguardError(`${label}: cannot write: ${errorMessage(err)}`);
  }
}

// src/cli/scan-run.ts
import { relative as relative3, resolve as resolve6, sep } from "node:path";

// src/config/git-secrets-read.ts
import { join, resolve as resolve2 } from "node:path";
async function readGitSecrets(cwd, root, env = process.env) {
  const gs = { patterns: [], allowed: [], providers: [], gitallowed: [] };
  if (mayHaveGitSecrets(root, env)) {
    const { execFile } = await import("node:child_process");
    const out = await new Promise((done) => {
      execFile("git", ["config", "-z", "--get-regexp", "^secrets\\.(patterns|allowed|providers)$"], { cwd, env, encoding: "utf8" }, (err, stdout) => done(err ? "" : stdout));
    });
    for (const item of out.split("\0")) {
      const nl = item.indexOf("\n");
      if (nl < 0) continue;
      const key = item.slice(0, nl).toLowerCase();
      const list = key === "secrets.patterns" ? gs.patterns : key === "secrets.allowed" ? gs.allowed : key === "secrets.providers" ? gs.providers : null;
      list?.push(item.slice(nl + 1));
    }
  }
  const file = root ? join(root, ".gitallowed") : null;
  if (file && existsSync(file)) {
    gs.gitallowed = readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith("#"));
  }
  const any = gs.patterns.length + gs.allowed.length + gs.providers.length + gs.gitallowed.length;
  return any ? gs : null;
}
function mayHaveGitSecrets(root, env = process.env) {
  if (process.platform !== "linux") return true;
  if (env.GIT_CONFIG_PARAMETERS || env.GIT_CONFIG_COUNT || env.GIT_CONFIG || env.GIT_DIR) return true;
  const files = [];
  if (!env.GIT_CONFIG_NOSYSTEM) files.push(...env.GIT_CONFIG_SYSTEM ? [env.GIT_CONFIG_SYSTEM] : ["/etc/gitconfig", "/usr/local/etc/gitconfig"]);
  const home = env.HOME ?? "";
  if (env.GIT_CONFIG_GLOBAL) files.push(env.GIT_CONFIG_GLOBAL);
  else files.push(join(home, ".gitconfig"), join(env.XDG_CONFIG_HOME || join(home, ".config"), "git", "config"));
  if (root) {
    const local = localConfigFiles(root);
    if (!local) return true;
    files.push(...local);
  }
  for (const f of files) {
    let text;
    try {
      text = readFileSync(f, "utf8");
    } catch (err) {
      if (err.code === "ENOENT" || err.code === "ENOTDIR") continue;
      return true;
    }
    if (/secrets|include/i.test(text)) return true;
  }
  return false;
}
function localConfigFiles(root) {
  const dotgit = join(root, ".git");
  try {
    if (statSync(dotgit).isDirectory()) return [join(dotgit, "config"), join(dotgit, "config.worktree")];
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotgit, "utf8"));
    if (!m) return null;
    const gitdir = resolve2(root, m[1]);
    const commondir = join(gitdir, "commondir");
    const common = existsSync(commondir) ? resolve2(gitdir, readFileSync(commondir, "utf8").trim()) : gitdir;
    return [join(common, "config"), join(gitdir, "config.worktree"), join(gitdir, "config")];
  } catch {
    return null;
  }
}

// src/config/load.ts
import { dirname, join as join2, relative, resolve as resolve3 } from "node:path";

// src/generated/builtin-rules.js
var builtin_rules_default = JSON.parse(`[{"file":"rules/aws.yaml","data":{"rules":[{"id":"aws-access-key-id","description":"AWS access key ID","severity":"high","regex":"(?<![A-Za-z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])","keywords":["akia","asia","abia","acca","a3t"],"entropy":2.5,"identifier":true,"tags":["aws","key-id"]},{"id":"aws-secret-access-key","description":"AWS secret access key (named)","severity":"high","ignoreCase":true,"regex":"(?:(?:aws|amzn|amazon|s3)[\\\\w.-]{0,24}?secret|secret[_.-]?access[_.-]?key)[\\\\w.-]{0,16}?['\\"\`]?[ \\\\t]{0,4}(?:=>|:=|[:=>,]|[ \\\\t])[ \\\\t]{0,4}['\\"\`]?([a-z0-9/+]{40})(?![a-z0-9/+=])","secretGroup":1,"keywords":["secret"],"entropy":4,"validate":"aws-secret-shape","pair":{"rule":"aws-access-key-id","within":5,"severity":"critical"},"tags":["aws","secret"]},{"id":"aws-secret-access-key-nearby","description":"AWS secret access key (unnamed, next to an access key ID)","severity":"high","regex":"(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])","keywords":["akia","asia","abia","acca","a3t"],"entropy":4,"validate":"aws-secret-shape","pair":{"rule":"aws-access-key-id","within":5,"required":true,"severity":"critical"},"tags":["aws","secret"]},{"id":"aws-session-token","description":"AWS session token (temporary credentials)","severity":"high","regex":"(?<![A-Za-z0-9/+])((?:FwoGZXIvYXdz|FQoGZXIvYXdz|IQoJb3JpZ2lu|IgoJb3JpZ2lu|AgoJb3JpZ2lu|AQoDYXdz)[A-Za-z0-9/+]{80,}={0,2})(?![A-Za-z0-9/+=])","keywords":["fwogzxivyxdz","fqogzxivyxdz","iqojb3jpz2lu","igojb3jpz2lu","agojb3jpz2lu","aqodyxdz"],"entropy":4.5,"pair":{"rule":"aws-access-key-id","within":5,"severity":"critical"},"tags":["aws","session-token"]},{"id":"aws-mws-auth-token","description":"Amazon Marketplace Web Service (MWS) auth token","severity":"high","regex":"\\\\b(amzn\\\\.mws\\\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-zA-Z-])","keywords":["amzn.mws."],"entropy":3,"tags":["amazon","mws"]},{"id":"aws-bedrock-api-key","description":"Amazon Bedrock API key (long-term or short-term)","severity":"high","regex":"\\\\b(ABSK[A-Za-z0-9+/]{100,300}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{40,4000}={0,2})(?![A-Za-z0-9+/=])","keywords":["absk","bedrock-api-key-"],"entropy":4,"tags":["amazon","bedrock"]},{"id":"aws-appsync-api-key","description":"AWS AppSync API key","severity":"medium","regex":"\\\\b(da2-[a-z0-9]{26})(?![A-Za-z0-9_-])","keywords":["da2-"],"entropy":3.5,"tags":["amazon","appsync"]}]}},{"file":"rules/github.yaml","data":{"rules":[{"id":"github-pat","description":"GitHub personal access token (classic)","severity":"critical","regex":"\\\\b(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["ghp_"],"validate":"github-token-checksum","tags":["github","token"]},{"id":"github-fine-grained-pat","description":"GitHub fine-grained personal access token","severity":"critical","regex":"\\\\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])","keywords":["github_pat_"],"validate":"github-fine-grained-checksum","tags":["github","token"]},{"id":"github-oauth-token","description":"GitHub OAuth access token","severity":"high","regex":"\\\\b(gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["gho_"],"validate":"github-token-checksum","tags":["github","token"]},{"id":"github-user-to-server-token","description":"GitHub App user-to-server token","severity":"high","regex":"\\\\b(ghu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["ghu_"],"validate":"github-token-checksum","tags":["github","token"]},{"id":"github-app-installation-token","description":"GitHub App installation (server-to-server) token","severity":"high","regex":"\\\\b(ghs_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["ghs_"],"validate":"github-token-checksum","tags":["github","token"]},{"id":"github-app-installation-token-jwt","description":"GitHub App installation token (2026 format, app id and signed JWT)","severity":"high","regex":"\\\\b(ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,2000}\\\\.eyJ[A-Za-z0-9_-]{10,4000}\\\\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])","keywords":["ghs_"],"validate":"jwt","tags":["github","token"]},{"id":"github-refresh-token","description":"GitHub App refresh token","severity":"high","regex":"\\\\b(ghr_[A-Za-z0-9]{76})(?![A-Za-z0-9_])","keywords":["ghr_"],"entropy":4.5,"tags":["github","token"]}]}},{"file":"rules/gitlab.yaml","data":{"rules":[{"id":"gitlab-pat","description":"GitLab personal, project, group or impersonation access token","severity":"critical","regex":"\\\\b(glpat-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9A-Za-z]{7,9})?)(?![A-Za-z0-9_-])","keywords":["glpat-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-runner-token","description":"GitLab runner authentication token","severity":"high","regex":"\\\\b(glrt-(?:t[0-9]_)?[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9A-Za-z]{7,9})?)(?![A-Za-z0-9_-])","keywords":["glrt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-runner-registration-token","description":"GitLab runner registration token","severity":"high","regex":"\\\\b(GR1348941[A-Za-z0-9_-]{20}|glrtr-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["gr1348941","glrtr-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-pipeline-trigger-token","description":"GitLab pipeline trigger token","severity":"high","regex":"\\\\b(glptt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glptt-"],"entropy":3,"tags":["gitlab","token"]},{"id":"gitlab-deploy-token","description":"GitLab deploy token","severity":"high","regex":"\\\\b(gldt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["gldt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-cicd-job-token","description":"GitLab CI/CD job token","severity":"medium","regex":"\\\\b(glcbt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glcbt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-feed-token","description":"GitLab feed token","severity":"medium","regex":"\\\\b(glft-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glft-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-incoming-mail-token","description":"GitLab incoming mail token","severity":"medium","regex":"\\\\b(glimt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glimt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-oauth-app-secret","description":"GitLab OAuth application secret","severity":"high","regex":"\\\\b(gloas-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["gloas-"],"entropy":3,"tags":["gitlab","token"]},{"id":"gitlab-agent-token","description":"GitLab agent for Kubernetes token","severity":"high","regex":"\\\\b(glagent-[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])","keywords":["glagent-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-scim-token","description":"GitLab SCIM token","severity":"high","regex":"\\\\b(glsoat-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glsoat-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-feature-flag-client-token","description":"GitLab feature flags client token","severity":"medium","regex":"\\\\b(glffct-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glffct-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-workspace-token","description":"GitLab workspace token","severity":"medium","regex":"\\\\b(glwt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glwt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-session-cookie","description":"GitLab session cookie","severity":"medium","regex":"\\\\b_gitlab_session=([0-9a-f]{32})(?![0-9A-Za-z])","keywords":["_gitlab_session="],"entropy":3,"tags":["gitlab","session"]}]}},{"file":"rules/slack.yaml","data":{"rules":[{"id":"slack-bot-token","description":"Slack bot token","severity":"high","regex":"\\\\b(xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34})(?![A-Za-z0-9-])","keywords":["xoxb-"],"entropy":3,"tags":["slack","token"]},{"id":"slack-user-token","description":"Slack user token","severity":"high","regex":"\\\\b(xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{32})(?![A-Za-z0-9-])","keywords":["xoxp-"],"entropy":3,"tags":["slack","token"]},{"id":"slack-app-token","description":"Slack app-level token","severity":"high","regex":"\\\\b(xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64})(?![A-Za-z0-9-])","keywords":["xapp-"],"entropy":3,"tags":["slack","token"]},{"id":"slack-config-token","description":"Slack app configuration access or refresh token","severity":"high","regex":"\\\\b(xoxe\\\\.xox[bp]-[0-9]-[A-Za-z0-9]{140,180}|xoxe-[0-9]-[A-Za-z0-9]{130,160})(?![A-Za-z0-9-])","keywords":["xoxe.xoxb-","xoxe.xoxp-","xoxe-"],"entropy":4,"tags":["slack","token"]},{"id":"slack-legacy-token","description":"Slack legacy workspace, session or refresh token","severity":"high","regex":"\\\\b(xox[aors]-(?:[0-9]{1,14}-){0,3}[0-9A-Za-z]{10,64})(?![A-Za-z0-9-])","keywords":["xoxa-","xoxo-","xoxr-","xoxs-"],"entropy":3.2,"tags":["slack","token"]},{"id":"slack-webhook-url","description":"Slack incoming or workflow webhook URL","severity":"medium","regex":"\\\\bhooks\\\\.slack\\\\.com/((?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{8,24}/[A-Za-z0-9]{32}))(?![A-Za-z0-9])","keywords":["hooks.slack.com"],"entropy":3,"tags":["slack","webhook"]}]}},{"file":"rules/stripe.yaml","data":{"rules":[{"id":"stripe-secret-key","description":"Stripe live secret key","severity":"critical","regex":"\\\\b(sk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","keywords":["sk_live_"],"entropy":3.5,"tags":["stripe","key"]},{"id":"stripe-restricted-key","description":"Stripe live restricted key","severity":"high","regex":"\\\\b(rk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","keywords":["rk_live_"],"entropy":3.5,"tags":["stripe","key"]},{"id":"stripe-test-key","description":"Stripe test-mode secret or restricted key","severity":"low","regex":"\\\\b([sr]k_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","keywords":["sk_test_","rk_test_"],"entropy":3.5,"allow":{"regexes":["^sk_test_4eC39HqLyjWDarjtT1zdp7dc$"]},"tags":["stripe","key","test-mode"]},{"id":"stripe-webhook-secret","description":"Stripe webhook signing secret","severity":"medium","regex":"\\\\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])","keywords":["whsec_"],"entropy":3.5,"tags":["stripe","webhook"]}]}},{"file":"rules/google.yaml","data":{"rules":[{"id":"google-service-account-key","description":"Google Cloud service account private key (JSON key file)","severity":"critical","regex":"\\"private_key\\"[ \\\\t]*:[ \\\\t]*\\"(-----BEGIN PRIVATE KEY-----\\\\\\\\n[A-Za-z0-9+/]{40}[A-Za-z0-9+/=\\\\\\\\]{0,8000}?-----END PRIVATE KEY-----)","keywords":["private_key"],"tags":["google","gcp","private-key"]},{"id":"google-api-key","description":"Google API key (Google Cloud, Maps, Firebase)","severity":"high","regex":"\\\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])","keywords":["aiza"],"entropy":3.5,"tags":["google","key"]},{"id":"google-oauth-client-secret","description":"Google OAuth client secret","severity":"high","regex":"\\\\b(GOCSPX-[0-9A-Za-z_-]{28})(?![0-9A-Za-z_-])","keywords":["gocspx-"],"entropy":3.5,"tags":["google","oauth"]},{"id":"google-oauth-access-token","description":"Google OAuth access token","severity":"medium","regex":"\\\\b(ya29\\\\.[0-9A-Za-z_-]{30,2000})(?![0-9A-Za-z_.-])","keywords":["ya29."],"entropy":4,"tags":["google","oauth"]},{"id":"firebase-cloud-messaging-server-key","description":"Firebase Cloud Messaging legacy server key","severity":"high","regex":"\\\\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])","keywords":[":apa91b"],"entropy":4,"tags":["google","firebase","key"]},{"id":"google-oauth-refresh-token","description":"Google OAuth refresh token","severity":"high","regex":"(?<![A-Za-z0-9_/-])(1//0[A-Za-z0-9_-]{40,300})(?![A-Za-z0-9_-])","keywords":["1//0"],"entropy":4,"tags":["google","oauth"]}]}},{"file":"rules/azure.yaml","data":{"rules":[{"id":"azure-storage-account-key","description":"Azure storage (or Cosmos DB) account key","severity":"critical","ignoreCase":true,"regex":"(?:\\\\bAccountKey=|(?:storage|account)[\\\\w.-]{0,20}?key[\\\\w.-]{0,10}?['\\"]?[ \\\\t]{0,4}(?:=|:|=>)[ \\\\t]{0,4}['\\"]?)([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])","keywords":["accountkey=","storage","account"],"entropy":4.5,"allow":{"regexes":["^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==$"]},"tags":["azure","key"]},{"id":"azure-connection-string-shared-access-key","description":"Azure Service Bus / Event Hubs / IoT Hub / Relay shared access key","severity":"high","regex":"\\\\bSharedAccessKey=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])","keywords":["sharedaccesskey="],"entropy":4,"tags":["azure","key"]},{"id":"azure-sas-token","description":"Azure shared access signature (SAS) token","severity":"high","regex":"\\\\bsv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[^\\\\s\\"'<>]{0,400}?\\\\bsig=([A-Za-z0-9%+/]{40,100}(?:%3D|=)?)","keywords":["sig="],"entropy":4,"tags":["azure","sas"]},{"id":"azure-ad-client-secret","description":"Microsoft Entra ID (Azure AD) application client secret","severity":"high","regex":"(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])","keywords":["q~"],"entropy":3.5,"tags":["azure","oauth"]},{"id":"azure-common-annotated-key","description":"Azure key in Microsoft's common annotated security key format","severity":"high","regex":"(?<![A-Za-z0-9])([A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?)(?![A-Za-z0-9])","keywords":["jqqj9"],"entropy":4,"tags":["azure","key"]}]}},{"file":"rules/private-keys.yaml","data":{"rules":[{"id":"private-key-rsa","description":"RSA private key (PEM, PKCS#1)","severity":"high","regex":"(-----BEGIN RSA PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END RSA PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","rsa"]},{"id":"private-key-ec","description":"EC private key (PEM, SEC1)","severity":"high","regex":"(-----BEGIN EC PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END EC PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","ec"]},{"id":"private-key-dsa","description":"DSA private key (PEM)","severity":"high","regex":"(-----BEGIN DSA PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END DSA PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","dsa"]},{"id":"private-key-openssh","description":"OpenSSH private key (unencrypted)","severity":"high","regex":"(-----BEGIN OPENSSH PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ[A-Za-z0-9+/]{8}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END OPENSSH PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","ssh"]},{"id":"private-key-pkcs8","description":"Private key (PEM, PKCS#8)","severity":"high","regex":"(-----BEGIN PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","pkcs8"]},{"id":"private-key-pgp","description":"OpenPGP private key block","severity":"high","regex":"(-----BEGIN PGP PRIVATE KEY BLOCK-----(?:(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n)[A-Za-z-]{2,20}: [^\\\\r\\\\n\\\\\\\\]{0,200}){0,6}(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n){1,2}[ \\\\t\\"']{0,8}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,40000}?-----END PGP PRIVATE KEY BLOCK-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","pgp"]},{"id":"private-key-putty","description":"PuTTY private key file (unencrypted)","severity":"high","regex":"(PuTTY-User-Key-File-[23]: (?:ssh-rsa|ssh-dss|ssh-ed25519|ssh-ed448|ecdsa-sha2-nistp(?:256|384|521))(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n)Encryption: none)\\\\b","keywords":["putty-user-key-file-"],"tags":["private-key","ssh","putty"]},{"id":"private-key-encrypted","description":"Encrypted private key (PEM with a passphrase)","severity":"low","regex":"(-----BEGIN ENCRYPTED PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}|-----BEGIN (?:RSA|EC|DSA) PRIVATE KEY-----(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n)Proc-Type: 4,ENCRYPTED)","keywords":["-----begin"],"tags":["private-key","encrypted"]},{"id":"private-key-openssh-encrypted","description":"OpenSSH private key (encrypted with a passphrase)","severity":"low","regex":"(-----BEGIN OPENSSH PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}b3BlbnNzaC1rZXktdjEAAAAA(?!BG5vbmU)[A-Za-z0-9+/]{20})","keywords":["-----begin"],"tags":["private-key","ssh","encrypted"]},{"id":"private-key-putty-encrypted","description":"PuTTY private key file (encrypted with a passphrase)","severity":"low","regex":"(PuTTY-User-Key-File-[23]: (?:ssh-rsa|ssh-dss|ssh-ed25519|ssh-ed448|ecdsa-sha2-nistp(?:256|384|521))(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n)Encryption: (?!none\\\\b)[a-z0-9-]{3,30})","keywords":["putty-user-key-file-"],"tags":["private-key","ssh","putty","encrypted"]},{"id":"age-secret-key","description":"age encryption secret key","severity":"high","regex":"\\\\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])","keywords":["age-secret-key-1"],"validate":"bech32-checksum","tags":["private-key","age"]},{"id":"nats-nkey-seed","description":"NATS NKey seed (the private key of a NATS user, account, operator or server)","severity":"high","regex":"(?<![A-Za-z0-9])(S[UAONCX]A[A-Z2-7]{55})(?![A-Za-z0-9])","keywords":["nkey","nats","seed"],"entropy":4,"tags":["private-key","nats"]},{"id":"jwk-private-key","description":"Private key in JSON Web Key format (RSA/EC/OKP with \\"d\\", or a symmetric \\"oct\\" key)","severity":"high","regex":"\\"kty\\"[ \\\\t]*:[ \\\\t]*\\"(?:(?:RSA|EC|OKP)\\"[^{}]{0,2000}?\\"d\\"|oct\\"[^{}]{0,2000}?\\"k\\")[ \\\\t]*:[ \\\\t]*\\"([A-Za-z0-9_-]{16,2000})\\"","keywords":["\\"kty\\""],"entropy":4,"tags":["private-key","jwk"]}]}},{"file":"rules/algolia.yaml","data":{"rules":[{"id":"algolia-admin-api-key","description":"Algolia admin or write API key","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?algolia[\\\\w.-]{0,30}?(?:admin|write|secret|private)[\\\\w.-]{0,20}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([a-f0-9]{32})(?![a-z0-9_-])","keywords":["algolia"],"entropy":3,"tags":["algolia","key"]}]}},{"file":"rules/alibaba.yaml","data":{"rules":[{"id":"alibaba-access-key-id","description":"Alibaba Cloud AccessKey ID","severity":"medium","regex":"\\\\b(LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9_])","keywords":["ltai"],"entropy":3.5,"identifier":true,"tags":["alibaba","token"]}]}},{"file":"rules/anthropic.yaml","data":{"rules":[{"id":"anthropic-api-key","description":"Anthropic API key","severity":"high","regex":"\\\\b(sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])","keywords":["sk-ant-api03-"],"entropy":4,"tags":["anthropic","key"]},{"id":"anthropic-admin-key","description":"Anthropic Admin API key","severity":"critical","regex":"\\\\b(sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])","keywords":["sk-ant-admin01-"],"entropy":4,"tags":["anthropic","key"]}]}},{"file":"rules/atlassian.yaml","data":{"rules":[{"id":"atlassian-api-token","description":"Atlassian Cloud API token (Jira, Confluence)","severity":"high","regex":"\\\\b(ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])","keywords":["atatt3"],"entropy":4,"tags":["atlassian","token"]},{"id":"bitbucket-app-password","description":"Bitbucket app password","severity":"high","regex":"\\\\b(ATBB[A-Za-z0-9_=.-]{32})(?![A-Za-z0-9_=.-])","keywords":["atbb"],"entropy":3.5,"tags":["atlassian","bitbucket","password"]}]}},{"file":"rules/brevo.yaml","data":{"rules":[{"id":"brevo-api-key","description":"Brevo (Sendinblue) API or SMTP key","severity":"high","regex":"\\\\b(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])","keywords":["xkeysib-","xsmtpsib-"],"entropy":3.5,"tags":["brevo","token"]}]}},{"file":"rules/clojars.yaml","data":{"rules":[{"id":"clojars-deploy-token","description":"Clojars deploy token","severity":"high","regex":"\\\\b(CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_])","keywords":["clojars_"],"entropy":3.5,"tags":["clojars","token"]}]}},{"file":"rules/cloudflare.yaml","data":{"rules":[{"id":"cloudflare-api-credential","description":"Cloudflare API key or token (prefixed format)","severity":"critical","regex":"\\\\b(cf(?:k|ut|at)_[A-Za-z0-9]{46,50})(?![A-Za-z0-9_])","keywords":["cfk_","cfut_","cfat_"],"entropy":4,"tags":["cloudflare","token"]},{"id":"cloudflare-api-token","description":"Cloudflare API token","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?(?:cloudflare|cf)[_.-]?(?:api[_.-]?)?token[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","keywords":["cloudflare","cf_api","cf-api","cf_token","cf-token","cfapi"],"entropy":3.5,"tags":["cloudflare","token"]},{"id":"cloudflare-global-api-key","description":"Cloudflare global API key","severity":"critical","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?(?:cloudflare|cf|x-auth)[_.-]?(?:api[_.-]?|auth[_.-]?)?key[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{37})(?![0-9a-z_-])","keywords":["cloudflare","cf_api","cf-api","cf_key","x-auth-key","cfapi"],"entropy":3,"tags":["cloudflare","key"]},{"id":"cloudflare-origin-ca-key","description":"Cloudflare origin CA key","severity":"high","regex":"\\\\b(v1\\\\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])","keywords":["v1.0-"],"entropy":3,"tags":["cloudflare","key"]}]}},{"file":"rules/databricks.yaml","data":{"rules":[{"id":"databricks-api-token","description":"Databricks personal access token","severity":"high","regex":"\\\\b(dapi[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9_-])","keywords":["dapi"],"entropy":3,"tags":["databricks","token"]},{"id":"databricks-oauth-secret","description":"Databricks service principal OAuth secret","severity":"high","regex":"\\\\b(dose[a-f0-9]{32})(?![A-Za-z0-9_-])","keywords":["dose"],"entropy":3,"tags":["databricks","oauth"]}]}},{"file":"rules/datadog.yaml","data":{"rules":[{"id":"datadog-api-key","description":"Datadog API key","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?(?:datadog|dd)[_.-]?api[_.-]?key[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{32})(?![0-9a-z_-])","keywords":["datadog","dd_api","dd-api","ddapi","dd.api"],"entropy":3,"tags":["datadog","key"]},{"id":"datadog-app-key","description":"Datadog application key","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?(?:datadog|dd)[_.-]?app(?:lication)?[_.-]?key[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{40})(?![0-9a-z_-])","keywords":["datadog","dd_app","dd-app","ddapp","dd.app"],"entropy":3,"tags":["datadog","key"]}]}},{"file":"rules/digitalocean.yaml","data":{"rules":[{"id":"digitalocean-pat","description":"DigitalOcean personal access token","severity":"high","regex":"\\\\b(dop_v1_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["dop_v1_"],"entropy":3,"tags":["digitalocean","token"]},{"id":"digitalocean-oauth-token","description":"DigitalOcean OAuth access token","severity":"high","regex":"\\\\b(doo_v1_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["doo_v1_"],"entropy":3,"tags":["digitalocean","token"]},{"id":"digitalocean-refresh-token","description":"DigitalOcean OAuth refresh token","severity":"high","regex":"\\\\b(dor_v1_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["dor_v1_"],"entropy":3,"tags":["digitalocean","token"]}]}},{"file":"rules/discord.yaml","data":{"rules":[{"id":"discord-bot-token","description":"Discord bot token","severity":"high","regex":"\\\\b([MNO][A-Za-z0-9_-]{23,27}\\\\.[A-Za-z0-9_-]{6}\\\\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])","keywords":["discord"],"entropy":4,"tags":["discord","token"]},{"id":"discord-webhook-url","description":"Discord webhook URL","severity":"medium","regex":"\\\\bdiscord(?:app)?\\\\.com/api/webhooks/([0-9]{17,20}/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])","keywords":["/api/webhooks/"],"entropy":4,"tags":["discord","webhook"]}]}},{"file":"rules/docker.yaml","data":{"rules":[{"id":"dockerhub-pat","description":"Docker Hub personal or organization access token","severity":"high","regex":"\\\\b(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,64})(?![A-Za-z0-9_-])","keywords":["dckr_pat_","dckr_oat_"],"entropy":3.5,"tags":["docker","token"]},{"id":"docker-config-auth","description":"Registry credentials in a Docker config.json (\\"auth\\" is base64 of user:password)","severity":"high","regex":"\\"auth\\"[ \\\\t]*:[ \\\\t]*\\"([A-Za-z0-9+/]{8,400}={0,2})\\"","keywords":["\\"auth\\""],"validate":"basic-auth-base64","tags":["docker","password"]},{"id":"docker-swarm-join-token","description":"Docker Swarm join token","severity":"high","regex":"\\\\b(SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25})(?![0-9a-z])","keywords":["swmtkn-1-"],"entropy":3.5,"tags":["docker","token"]},{"id":"docker-swarm-unlock-key","description":"Docker Swarm unlock key","severity":"high","regex":"\\\\b(SWMKEY-1-[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])","keywords":["swmkey-1-"],"entropy":4,"tags":["docker","key"]}]}},{"file":"rules/doppler.yaml","data":{"rules":[{"id":"doppler-token","description":"Doppler API token","severity":"high","regex":"\\\\b(dp\\\\.(?:pt|st|ct|sa|scim|audit)\\\\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_])","keywords":["dp.pt.","dp.st.","dp.ct.","dp.sa.","dp.scim.","dp.audit."],"entropy":4,"tags":["doppler","token"]}]}},{"file":"rules/dynatrace.yaml","data":{"rules":[{"id":"dynatrace-api-token","description":"Dynatrace API token","severity":"high","regex":"\\\\b(dt0c01\\\\.[A-Z0-9]{24}\\\\.[A-Z0-9]{64})(?![A-Za-z0-9_.-])","keywords":["dt0c01."],"entropy":4,"tags":["dynatrace","token"]}]}},{"file":"rules/figma.yaml","data":{"rules":[{"id":"figma-pat","description":"Figma personal access token","severity":"high","regex":"\\\\b(figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","keywords":["figd_"],"entropy":4,"tags":["figma","token"]}]}},{"file":"rules/flyio.yaml","data":{"rules":[{"id":"flyio-access-token","description":"Fly.io access token","severity":"high","regex":"\\\\b(fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,4000}={0,3})(?![A-Za-z0-9+/=_-])","keywords":["fo1_","fm1a_","fm1r_","fm2_"],"entropy":4,"tags":["flyio","token"]}]}},{"file":"rules/grafana.yaml","data":{"rules":[{"id":"grafana-service-account-token","description":"Grafana service account token","severity":"high","regex":"\\\\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])","keywords":["glsa_"],"entropy":3.5,"tags":["grafana","token"]},{"id":"grafana-cloud-token","description":"Grafana Cloud access policy token","severity":"high","regex":"\\\\b(glc_eyJ[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=])","keywords":["glc_eyj"],"entropy":4,"tags":["grafana","token"]},{"id":"grafana-api-key","description":"Grafana API key (legacy)","severity":"high","regex":"\\\\b(eyJrIjoi[A-Za-z0-9]{70,400}={0,2})(?![A-Za-z0-9+/=])","keywords":["eyjrijoi"],"entropy":4,"tags":["grafana","token"]}]}},{"file":"rules/groq.yaml","data":{"rules":[{"id":"groq-api-key","description":"Groq API key","severity":"high","regex":"\\\\b(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])","keywords":["gsk_"],"entropy":4,"tags":["groq","token"]}]}},{"file":"rules/hashicorp.yaml","data":{"rules":[{"id":"vault-service-token","description":"HashiCorp Vault service token","severity":"high","regex":"\\\\b(hvs\\\\.[A-Za-z0-9_-]{90,120})(?![A-Za-z0-9_-])","keywords":["hvs."],"entropy":4,"tags":["hashicorp","vault","token"]},{"id":"vault-batch-token","description":"HashiCorp Vault batch token","severity":"high","regex":"\\\\b(hvb\\\\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])","keywords":["hvb."],"entropy":4,"tags":["hashicorp","vault","token"]},{"id":"vault-legacy-token","description":"HashiCorp Vault token (legacy s. format, named)","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?vault[\\\\w.-]{0,30}?token[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?(s\\\\.[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])","keywords":["vault"],"entropy":3.5,"tags":["hashicorp","vault","token"]},{"id":"terraform-cloud-api-token","description":"Terraform Cloud / Enterprise API token","severity":"high","regex":"\\\\b([A-Za-z0-9]{14}\\\\.atlasv1\\\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])","keywords":[".atlasv1."],"entropy":4,"tags":["hashicorp","terraform","token"]}]}},{"file":"rules/heroku.yaml","data":{"rules":[{"id":"heroku-api-key","description":"Heroku API key","severity":"high","regex":"\\\\b(HRKU-[0-9A-Za-z_-]{36,64})(?![0-9A-Za-z_-])","keywords":["hrku-"],"entropy":4,"tags":["heroku","key"]},{"id":"heroku-legacy-api-key","description":"Heroku API key (legacy UUID format)","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?heroku[\\\\w.-]{0,30}?(?:key|token|secret|password)[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-z-])","keywords":["heroku"],"entropy":3,"tags":["heroku","key"]}]}},{"file":"rules/huggingface.yaml","data":{"rules":[{"id":"huggingface-access-token","description":"Hugging Face user access token","severity":"high","regex":"\\\\b(hf_[A-Za-z]{34})(?![A-Za-z0-9_])","keywords":["hf_"],"entropy":3.8,"tags":["huggingface","token"]},{"id":"huggingface-org-token","description":"Hugging Face organization API token (legacy)","severity":"high","regex":"\\\\b(api_org_[A-Za-z]{34})(?![A-Za-z0-9_])","keywords":["api_org_"],"entropy":3.8,"tags":["huggingface","token"]}]}},{"file":"rules/jfrog.yaml","data":{"rules":[{"id":"jfrog-api-key","description":"JFrog Artifactory API key","severity":"high","regex":"\\\\b(AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_])","keywords":["akcp"],"entropy":4,"tags":["jfrog","token"]},{"id":"jfrog-reference-token","description":"JFrog access (reference) token","severity":"high","regex":"\\\\b(cmVmdGtu[A-Za-z0-9]{56})(?![A-Za-z0-9_])","keywords":["cmvmdgtu"],"entropy":4,"tags":["jfrog","token"]}]}},{"file":"rules/linear.yaml","data":{"rules":[{"id":"linear-api-key","description":"Linear personal API key","severity":"high","regex":"\\\\b(lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])","keywords":["lin_api_"],"entropy":3.5,"tags":["linear","key"]},{"id":"linear-oauth-token","description":"Linear OAuth access token","severity":"high","regex":"\\\\b(lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["lin_oauth_"],"entropy":3,"tags":["linear","oauth"]}]}},{"file":"rules/mailchimp.yaml","data":{"rules":[{"id":"mailchimp-api-key","description":"Mailchimp Marketing API key","severity":"high","regex":"\\\\b([0-9a-f]{32}-us[0-9]{1,2})(?![0-9a-zA-Z_-])","keywords":["-us"],"entropy":3,"tags":["mailchimp","key"]},{"id":"mailchimp-transactional-key","description":"Mailchimp Transactional (Mandrill) API key","severity":"high","regex":"\\\\b(md-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])","keywords":["md-"],"entropy":3.5,"allow":{"regexes":["^md-[a-z]+(?:-{1,2}[a-z]+)+$"]},"tags":["mailchimp","key"]}]}},{"file":"rules/mailgun.yaml","data":{"rules":[{"id":"mailgun-api-key","description":"Mailgun private API key","severity":"high","regex":"\\\\b(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![0-9a-zA-Z_-])","keywords":["key-","mailgun"],"entropy":3,"tags":["mailgun","key"]}]}},{"file":"rules/mapbox.yaml","data":{"rules":[{"id":"mapbox-secret-token","description":"Mapbox secret access token","severity":"high","regex":"\\\\b(sk\\\\.eyJ1Ijoi[A-Za-z0-9_-]{10,200}\\\\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_.-])","keywords":["sk.eyj1ijoi"],"entropy":4,"tags":["mapbox","token"]}]}},{"file":"rules/netlify.yaml","data":{"rules":[{"id":"netlify-access-token","description":"Netlify personal access token","severity":"high","regex":"\\\\b(nfp_[A-Za-z0-9]{36,40})(?![A-Za-z0-9_])","keywords":["nfp_"],"entropy":4,"tags":["netlify","token"]}]}},{"file":"rules/newrelic.yaml","data":{"rules":[{"id":"newrelic-user-api-key","description":"New Relic user API key","severity":"high","regex":"\\\\b(NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])","keywords":["nrak-"],"entropy":3.5,"tags":["newrelic","key"]},{"id":"newrelic-license-key","description":"New Relic ingest license key","severity":"high","regex":"\\\\b([a-z]{2}[0-9]{2}x[a-f0-9]{31}NRAL|[a-f0-9]{36}NRAL)(?![A-Za-z0-9_-])","keywords":["nral"],"entropy":3,"tags":["newrelic","key"]},{"id":"newrelic-insert-key","description":"New Relic insert key","severity":"high","regex":"\\\\b(NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])","keywords":["nrii-"],"entropy":3.5,"tags":["newrelic","key"]},{"id":"newrelic-browser-key","description":"New Relic browser API key","severity":"low","regex":"\\\\b(NRJS-[a-f0-9]{19})(?![A-Za-z0-9_-])","keywords":["nrjs-"],"entropy":3,"tags":["newrelic","key"]}]}},{"file":"rules/notion.yaml","data":{"rules":[{"id":"notion-integration-token","description":"Notion integration token","severity":"high","regex":"\\\\b(ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9_])","keywords":["ntn_"],"entropy":3.5,"tags":["notion","token"]},{"id":"notion-legacy-token","description":"Notion integration token (legacy secret_ format)","severity":"high","regex":"\\\\b(secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])","keywords":["secret_"],"entropy":4,"tags":["notion","token"]}]}},{"file":"rules/npm.yaml","data":{"rules":[{"id":"npm-access-token","description":"npm access token","severity":"high","regex":"\\\\b(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["npm_"],"validate":"npm-token-checksum","tags":["npm","token"]},{"id":"npm-legacy-auth-token","description":"npm legacy auth token (UUID) in .npmrc","severity":"high","regex":"_authToken[ \\\\t]*=[ \\\\t]*[\\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-zA-Z-])","keywords":["_authtoken"],"entropy":3,"tags":["npm","token"]},{"id":"npm-basic-auth","description":"npm registry basic auth (_auth, base64 of user:password) in .npmrc","severity":"high","regex":"(?:^|[:\\\\s])_auth[ \\\\t]*=[ \\\\t]*[\\"']?([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])","keywords":["_auth"],"validate":"basic-auth-base64","tags":["npm","password"]}]}},{"file":"rules/nuget.yaml","data":{"rules":[{"id":"nuget-api-key","description":"NuGet API key","severity":"high","regex":"\\\\b(oy2[a-p][0-9a-z]{15}[aq][0-9a-z]{11}[eu][bdfhjlnprtvxz357][a-p][0-9a-z]{11}[aeimquy4])(?![a-z0-9])","keywords":["oy2"],"entropy":3.5,"tags":["nuget","token"]}]}},{"file":"rules/okta.yaml","data":{"rules":[{"id":"okta-api-token","description":"Okta API token","severity":"high","ignoreCase":true,"regex":"(?:\\\\b[\\\\w.-]{0,30}?okta[\\\\w.-]{0,30}?(?:token|key|secret)[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?|\\\\bSSWS[ \\\\t]+)(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","keywords":["okta","ssws"],"entropy":3.5,"tags":["okta","token"]}]}},{"file":"rules/onepassword.yaml","data":{"rules":[{"id":"onepassword-service-account-token","description":"1Password service account token","severity":"critical","regex":"\\\\b(ops_eyJ[A-Za-z0-9+/_-]{250,2000}={0,3})(?![A-Za-z0-9+/=_-])","keywords":["ops_eyj"],"entropy":4.5,"tags":["onepassword","token"]}]}},{"file":"rules/openai.yaml","data":{"rules":[{"id":"openai-api-key","description":"OpenAI API key","severity":"high","regex":"\\\\b(sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20})T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])","keywords":["t3blbkfj"],"entropy":4,"tags":["openai","key"]}]}},{"file":"rules/paypal.yaml","data":{"rules":[{"id":"braintree-access-token","description":"Braintree (PayPal) production access token","severity":"high","regex":"\\\\b(access_token\\\\$production\\\\$[0-9a-z]{16}\\\\$[0-9a-f]{32})(?![0-9a-zA-Z])","keywords":["access_token$production$"],"entropy":3,"tags":["paypal","braintree","token"]},{"id":"braintree-sandbox-access-token","description":"Braintree (PayPal) sandbox access token","severity":"low","regex":"\\\\b(access_token\\\\$sandbox\\\\$[0-9a-z]{16}\\\\$[0-9a-f]{32})(?![0-9a-zA-Z])","keywords":["access_token$sandbox$"],"entropy":3,"tags":["paypal","braintree","token","test-mode"]},{"id":"paypal-client-secret","description":"PayPal REST API client secret","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?paypal[\\\\w.-]{0,30}?secret[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([A-Za-z0-9_-]{80})(?![A-Za-z0-9_-])","keywords":["paypal"],"entropy":4,"tags":["paypal","oauth"]}]}},{"file":"rules/perplexity.yaml","data":{"rules":[{"id":"perplexity-api-key","description":"Perplexity API key","severity":"high","regex":"\\\\b(pplx-[A-Za-z0-9]{48,56})(?![A-Za-z0-9_-])","keywords":["pplx-"],"entropy":4,"tags":["perplexity","token"]}]}},{"file":"rules/planetscale.yaml","data":{"rules":[{"id":"planetscale-token","description":"PlanetScale service token, OAuth token or database password","severity":"high","regex":"\\\\b(pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])","keywords":["pscale_tkn_","pscale_oauth_","pscale_pw_"],"entropy":4,"tags":["planetscale","token"]}]}},{"file":"rules/postman.yaml","data":{"rules":[{"id":"postman-api-key","description":"Postman API key","severity":"high","regex":"\\\\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34}|PMAT-[0-9A-Z]{26})(?![A-Za-z0-9_-])","keywords":["pmak-","pmat-"],"entropy":3,"tags":["postman","key"]}]}},{"file":"rules/pulumi.yaml","data":{"rules":[{"id":"pulumi-access-token","description":"Pulumi access token","severity":"high","regex":"\\\\b(pul-[a-f0-9]{40})(?![A-Za-z0-9_-])","keywords":["pul-"],"entropy":3,"tags":["pulumi","token"]}]}},{"file":"rules/pypi.yaml","data":{"rules":[{"id":"pypi-api-token","description":"PyPI API token","severity":"high","regex":"\\\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])","keywords":["pypi-ageichlwas5vcmc"],"entropy":4,"tags":["pypi","token"]},{"id":"pypi-test-api-token","description":"TestPyPI API token","severity":"low","regex":"\\\\b(pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])","keywords":["pypi-agendgvzdc5wexbplm9yzw"],"entropy":4,"tags":["pypi","token","test-mode"]}]}},{"file":"rules/replicate.yaml","data":{"rules":[{"id":"replicate-api-token","description":"Replicate API token","severity":"high","regex":"\\\\b(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])","keywords":["r8_"],"entropy":4,"tags":["replicate","token"]}]}},{"file":"rules/rubygems.yaml","data":{"rules":[{"id":"rubygems-api-key","description":"RubyGems API key","severity":"high","regex":"\\\\b(rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])","keywords":["rubygems_"],"entropy":3,"tags":["rubygems","token"]}]}},{"file":"rules/sendgrid.yaml","data":{"rules":[{"id":"sendgrid-api-key","description":"SendGrid API key","severity":"high","regex":"\\\\b(SG\\\\.[A-Za-z0-9_-]{22}\\\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","keywords":["sg."],"entropy":4,"tags":["sendgrid","key"]}]}},{"file":"rules/sentry.yaml","data":{"rules":[{"id":"sentry-user-token","description":"Sentry user auth token","severity":"high","regex":"\\\\b(sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["sntryu_"],"entropy":3,"tags":["sentry","token"]},{"id":"sentry-org-token","description":"Sentry organization auth token","severity":"high","regex":"\\\\b(sntrys_eyJ[A-Za-z0-9+/]{30,400}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_])","keywords":["sntrys_eyj"],"entropy":4,"tags":["sentry","token"]},{"id":"sentry-auth-token","description":"Sentry auth token (legacy, 64 hex characters)","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?sentry[\\\\w.-]{0,30}?token[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{64})(?![0-9a-z_-])","keywords":["sentry"],"entropy":3,"tags":["sentry","token"]}]}},{"file":"rules/shopify.yaml","data":{"rules":[{"id":"shopify-access-token","description":"Shopify Admin API access token","severity":"high","regex":"\\\\b(shpat_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","keywords":["shpat_"],"entropy":3,"tags":["shopify","token"]},{"id":"shopify-custom-app-token","description":"Shopify custom app access token","severity":"high","regex":"\\\\b(shpca_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","keywords":["shpca_"],"entropy":3,"tags":["shopify","token"]},{"id":"shopify-private-app-token","description":"Shopify private app password","severity":"high","regex":"\\\\b(shppa_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","keywords":["shppa_"],"entropy":3,"tags":["shopify","token"]},{"id":"shopify-shared-secret","description":"Shopify app shared secret","severity":"high","regex":"\\\\b(shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","keywords":["shpss_"],"entropy":3,"tags":["shopify","secret"]}]}},{"file":"rules/sonarqube.yaml","data":{"rules":[{"id":"sonarqube-token","description":"SonarQube token","severity":"high","regex":"\\\\b(sq[uap]_[a-f0-9]{40})(?![A-Za-z0-9_])","keywords":["squ_","sqp_","sqa_"],"entropy":3,"tags":["sonarqube","token"]}]}},{"file":"rules/square.yaml","data":{"rules":[{"id":"square-access-token","description":"Square access token","severity":"high","regex":"\\\\b(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])","keywords":["eaaa","sq0atp-"],"entropy":3.5,"tags":["square","token"]},{"id":"square-oauth-secret","description":"Square OAuth application secret","severity":"high","regex":"\\\\b(sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","keywords":["sq0csp-"],"entropy":3.5,"tags":["square","oauth"]}]}},{"file":"rules/supabase.yaml","data":{"rules":[{"id":"supabase-access-token","description":"Supabase personal access token","severity":"high","regex":"\\\\b(sbp_(?:v0_)?[a-f0-9]{40})(?![A-Za-z0-9_])","keywords":["sbp_"],"entropy":3,"tags":["supabase","token"]},{"id":"supabase-secret-key","description":"Supabase secret API key","severity":"high","regex":"\\\\b(sb_secret_[A-Za-z0-9_-]{31,64})(?![A-Za-z0-9_-])","keywords":["sb_secret_"],"entropy":3.5,"tags":["supabase","token"]}]}},{"file":"rules/tailscale.yaml","data":{"rules":[{"id":"tailscale-key","description":"Tailscale auth, API or OAuth client key","severity":"high","regex":"\\\\b(tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40})(?![A-Za-z0-9_-])","keywords":["tskey-"],"entropy":4,"tags":["tailscale","token"]}]}},{"file":"rules/telegram.yaml","data":{"rules":[{"id":"telegram-bot-token","description":"Telegram bot token","severity":"high","regex":"(?:(?<![A-Za-z0-9_:-])|(?<=[A-Za-z_\\"']:)|(?<=/bot))([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])","keywords":[":aa"],"entropy":3.5,"tags":["telegram","token"]}]}},{"file":"rules/twilio.yaml","data":{"rules":[{"id":"twilio-auth-token","description":"Twilio auth token or API key secret","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?twilio[\\\\w.-]{0,30}?(?:auth[_.-]?token|secret|api[_.-]?key[_.-]?secret)[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-z]{32})(?![0-9a-z_-])","keywords":["twilio"],"entropy":3.2,"tags":["twilio","token"]}]}},{"file":"rules/xai.yaml","data":{"rules":[{"id":"xai-api-key","description":"xAI API key","severity":"high","regex":"\\\\b(xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])","keywords":["xai-"],"entropy":4,"tags":["xai","token"]}]}},{"file":"rules/urls.yaml","data":{"rules":[{"id":"postgres-url-password","description":"PostgreSQL connection URL with a password","severity":"high","regex":"\\\\b(?:postgres(?:ql)?|jdbc:postgresql|postgis)://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["postgres","postgis"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["database","password","url"]},{"id":"mysql-url-password","description":"MySQL / MariaDB connection URL with a password","severity":"high","regex":"\\\\b(?:mysql|mysql\\\\+\\\\w{1,20}|mariadb|jdbc:mysql|jdbc:mariadb)://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["mysql","mariadb"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["database","password","url"]},{"id":"mongodb-url-password","description":"MongoDB connection URL with a password","severity":"high","regex":"\\\\bmongodb(?:\\\\+srv)?://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["mongodb"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["database","password","url"]},{"id":"redis-url-password","description":"Redis connection URL with a password","severity":"high","regex":"\\\\brediss?://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["redis"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["database","password","url"]},{"id":"amqp-url-password","description":"AMQP (RabbitMQ) connection URL with a password","severity":"high","regex":"\\\\bamqps?://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["amqp"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["broker","password","url"]},{"id":"url-basic-auth","description":"Credentials in a URL (scheme://user:password@host), any scheme","severity":"medium","fallback":true,"regex":"\\\\b[A-Za-z][A-Za-z0-9+.-]{1,30}://[^:/\\\\s'\\"<>\\\\\\\\]{1,100}:([^@/\\\\s'\\"<>\\\\\\\\]{3,128})@[A-Za-z0-9._-]{1,253}","keywords":["://"],"scope":"line","validate":"url-password","allow":{"target":"match","regexes":["@(?:[\\\\w-]+\\\\.)*(?:example\\\\.(?:com|org|net)|[\\\\w-]+\\\\.(?:example|test|invalid))(?![\\\\w.-])","://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["password","url"]}]}},{"file":"rules/generic.yaml","data":{"rules":[{"id":"jwt-token","description":"JSON Web Token (signed)","severity":"medium","fallback":true,"regex":"\\\\b(eyJ[A-Za-z0-9_-]{10,4000}\\\\.eyJ[A-Za-z0-9_-]{10,8000}\\\\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])","keywords":["eyj"],"validate":"jwt","allow":{"regexes":["\\\\.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$"]},"tags":["jwt","token"]},{"id":"http-basic-auth-header","description":"HTTP basic auth credentials in an Authorization header","severity":"high","ignoreCase":true,"regex":"\\\\bAuthorization[\\"']?[ \\\\t]{0,4}[:=,][ \\\\t]{0,4}[\\"']?Basic[ \\\\t]+([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])","keywords":["authorization"],"validate":"basic-auth-base64","tags":["http","password"]},{"id":"http-bearer-token","description":"Bearer token in an Authorization header","severity":"medium","fallback":true,"regex":"\\\\bBearer[ \\\\t]+([A-Za-z0-9_~+/.-]{20,2000}={0,2})(?![A-Za-z0-9_~+/.=-])","keywords":["bearer"],"entropy":3.5,"validate":"generic-secret","tags":["http","token"]},{"id":"curl-user-password","description":"Password passed to curl with -u / --user","severity":"medium","fallback":true,"regex":"\\\\bcurl\\\\b[^\\\\r\\\\n]{0,200}?[ \\\\t](?:-u|--user)(?:[ \\\\t]{1,4}|=)[\\"']?[^:\\\\s'\\"]{1,64}:([^\\\\s'\\"]{4,128})","keywords":["curl"],"validate":"password","tags":["password","http"]},{"id":"powershell-securestring-password","description":"Password converted with ConvertTo-SecureString -AsPlainText (PowerShell)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"\\\\bConvertTo-SecureString[ \\\\t]+(?:-String[ \\\\t]+)?\\\\\\\\?[\\"']([^\\"'\\\\r\\\\n\\\\\\\\]{4,128})\\\\\\\\?[\\"']","keywords":["convertto-securestring"],"validate":"password","tags":["password","powershell"]},{"id":"netrc-password","description":"Password in a .netrc entry (machine ... login ... password ...)","severity":"high","fallback":true,"regex":"\\\\bmachine[ \\\\t]+[^\\\\s]{1,253}[ \\\\t]+login[ \\\\t]+[^\\\\s]{1,128}[ \\\\t]+password[ \\\\t]+([^\\\\s'\\"\`]{4,256})","keywords":["machine"],"validate":"password","allow":{"target":"match","regexes":["^machine[ \\\\t]+(?:[\\\\w-]+\\\\.)*(?:example\\\\.(?:com|org|net)|[\\\\w-]+\\\\.(?:example|test|invalid|localhost)|localhost)[ \\\\t]"]},"tags":["password","netrc"]},{"id":"cli-password-argument","description":"Password passed as a command-line argument (--password X, -Password 'X', --passphrase X)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?:^|[\\\\s\\"'(])--?(?:pass(?:word|wd|phrase)?|pwd|pw)(?:[ \\\\t]{1,4}|=)[\\"']?([^\\\\s\\"'\`;|&<>]{4,128})(?![^\\\\s\\"'\`;|&<>])","keywords":["-pass","-pw"],"validate":"password","tags":["password","cli"]},{"id":"cli-secret-argument","description":"Token or secret passed as a command-line argument (--token X, --api-key=X, -secret X)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?:^|[\\\\s\\"'(])--?(?:[a-z0-9]{1,20}[_-]){0,3}(?:token|secret|api[_-]?key|access[_-]?key|auth[_-]?key)(?:[ \\\\t]{1,4}|=)[\\"']?([A-Za-z0-9+/=_.~-]{12,256})(?![A-Za-z0-9+/=_.~-])","keywords":["-token","-secret","-api-key","-api_key","-apikey","-access-key","-access_key","-auth-key"],"entropy":3,"validate":"generic-secret","tags":["generic","cli"]},{"id":"sql-password","description":"Password in SQL (IDENTIFIED BY '...', WITH PASSWORD '...')","severity":"medium","fallback":true,"ignoreCase":true,"regex":"\\\\b(?:CREATE|ALTER)[ \\\\t]+(?:USER|ROLE|LOGIN)\\\\b[^;\\\\r\\\\n]{0,200}?\\\\b(?:IDENTIFIED[ \\\\t]+(?:WITH[ \\\\t]+[\\\\w']{1,40}[ \\\\t]+)?BY|PASSWORD)[ \\\\t]+'?([^\\\\s';\\"\\\\\\\\<>\`]{4,128})'?","keywords":["identified","password"],"validate":"password","tags":["password","sql"]},{"id":"password-xml","description":"Password in an XML element or .NET/NuGet config (<password>...</password>, <add key=\\"Password\\" value=\\"...\\">)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?:<[\\\\w:.-]{0,30}?(?:passw(?:or)?d|passphrase|pwd)[\\\\w.-]{0,10}?(?:[ \\\\t]{1,4}[\\\\w:.-]{1,30}=\\"[^\\"<>\\\\r\\\\n]{0,60}\\"){0,4}[ \\\\t]{0,4}>|<add[ \\\\t]+key=\\"[\\\\w:. -]{0,30}?(?:passw(?:or)?d|pwd)[\\\\w. -]{0,10}?\\"[ \\\\t]+value=\\")([^<\\"\\\\r\\\\n]{4,128})(?=</|\\")","keywords":["pass","pwd"],"validate":"password","tags":["password"]},{"id":"password-constant-argument","description":"Password passed next to an upper-case password constant (CURLOPT_PASSWORD, \\"x\\"; define('DB_PASSWORD', 'x'))","severity":"medium","fallback":true,"regex":"\\\\b[A-Z0-9_]{0,40}?(?:PASSWORD|PASSWD|PASSWRD|PASSPHRASE|PWD|PASS)\\\\\\\\?[\\"']?[ \\\\t]{0,4},[ \\\\t]{0,4}\\\\\\\\?[\\"']([^\\"'\\\\r\\\\n\\\\\\\\]{4,128})\\\\\\\\?[\\"']","keywords":["pass","pwd"],"scope":"line","validate":"password","tags":["password"]},{"id":"password-assignment","description":"Password assigned in code or configuration (password = \\"...\\", DB_PASSWORD=..., Password=... in a connection string)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?<![\\\\w.-])[\\\\w.-]{0,40}?(?:pa?s{1,2}w(?:o?r)?d|passwort|passphrase|(?:(?<![a-z])|(?<=db|user|root|admin|sql|smtp|mail|ftp|ldap|redis|app|api|svc|sys|proxy|rpc|vnc|wifi|my))pass|(?<![a-z])pwd|(?<![a-z])pw)(?![a-z])[\\\\w.-]{0,40}?\\\\\\\\?['\\"]?\\\\]?(?:[ \\\\t]{0,4}:[ \\\\t]{0,4}[A-Za-z_][\\\\w.<>\\\\[\\\\]]{0,30})?[ \\\\t]{0,4}(?::=|=>|===?|!==?|=|:(?!:)|(?<=(?:passw(?:or)?d|passphrase)[\\"']?)[ \\\\t](?=[ \\\\t]{0,3}\\\\\\\\?[\\"'][^\\"'\\\\s]*[^A-Za-z\\"'\\\\s]))[ \\\\t]{0,4}\\\\\\\\?['\\"\`]?((?<=\\")[^\\"\\\\r\\\\n\\\\\\\\]{4,128}(?=\\\\\\\\?\\")|(?<=')[^'\\\\r\\\\n\\\\\\\\]{4,128}(?=')|[^\\\\s'\\"\`,;&<>\\\\\\\\]{4,128}(?![^\\\\s'\\"\`,;&<>\\\\\\\\]|\\\\\\\\{1,2}[A-Za-z]))","keywords":["pass","pw","psw","pssw","pasw"],"scope":"line","validate":"password","allow":{"target":"match","regexes":["^[\\\\w.-]{0,60}?(?:bypass|compass|passenger|passport|passive|passthrough|passage|surpass|trespass|encompass|passed|passes|passing|pass[_.-]?fail)","^[\\\\w.-]{0,60}?(?:pass\\\\w{0,20}?|pwd)[_.-]?(?:hash|digest|salt|field|label|hint|length|len|policy|regex|pattern|file|path|prompt|placeholder|reset|confirm|min|max|rule|changed|expir|encoder|validator|strength|url|required|enabled|visible|input|reminder|strategy|command|cmd|env|var|key|id|name|type|count|attempt|age|history|min|ref|secret[_.-]?ref|manager|store|column|col|param|attribute|attr|timeout|ttl|interval|lifetime|duration|retr(?:y|ies)|delay|provider|driver|algo|callback|controller|route|broker)","^[\\\\w.-]{0,30}?(?:reset|forgot(?:ten)?)[_.-]?pass"]},"tags":["password"]},{"id":"generic-secret","description":"High-entropy secret assigned to a secret-like name (secret, token, api_key, credentials...)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?<![\\\\w.-])[\\\\w.-]{0,40}?(?:secret|token|credentials?|creds|auth(?:entication|orization)?(?![a-z])|(?:api|access|auth|authentication|private|client|signing|encryption|master|app|session|license|account|secret)[ _.-]?key)[\\\\w.-]{0,40}?\\\\\\\\?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}(?:[(\\\\[][ \\\\t]{0,4})?\\\\\\\\?['\\"\`]?((?<=\\")[^\\"\\\\s\\\\\\\\]{12,256}(?=\\\\\\\\?\\")|(?<=')[^'\\\\s\\\\\\\\]{12,256}(?=')|[A-Za-z0-9+/=_.~-]{12,256}(?![A-Za-z0-9+/=_.~(-]))","keywords":["secret","token","credential","creds","auth","api_key","api-key","api.key","apikey","access_key","access-key","access.key","accesskey","private_key","private-key","private.key","privatekey","client_key","client-key","client.key","clientkey","signing_key","signing-key","signing.key","signingkey","encryption_key","encryption-key","encryption.key","encryptionkey","master_key","master-key","master.key","masterkey","app_key","app-key","app.key","appkey","session_key","session-key","session.key","sessionkey","license_key","license-key","license.key","licensekey","account_key","account-key","account.key","accountkey","api key","access key","auth key","authentication key","private key","client key","signing key","encryption key","master key","app key","session key","license key","account key","secret key"],"scope":"line","entropy":3.2,"validate":"generic-secret","allow":{"target":"match","regexes":["^[\\\\w.-]{0,60}?(?:hash|digest|checksum|sha\\\\d{0,3}|md5|crc|fingerprint|etag|integrity|nonce|salt|signature|csrf|xsrf|page[_.-]?token|next[_.-]?token|continuation|public|publishable|uuid|guid)","^[\\\\w.-]{0,60}?(?:key[_.-]?(?:id|name|type|path|file|size|length|len|alias|version|vault|ref|pair|store|ring|board|word|frame|code)|token[_.-]?(?:type|url|uri|endpoint|name|id|ttl|expir|length|len|path|file|lifetime|prefix|header|field|count|limit|usage|iz|s?[_.-]?used)|secret[_.-]?(?:name|ref|id|arn|path|file|version|manager|store|provider|keeper|mount|engine)|auth[_.-]?(?:url|uri|type|method|mode|provider|endpoint|domain|server|header|scheme|service|realm|path|enabled|required|state|flow|code[_.-]?url))","^[a-z0-9]+(?:-[a-z0-9]+)+:[0-9a-f]{16}$"]},"tags":["generic"]}]}}]`);

// src/config/no-js.ts
function noJavaScript(env = process.env) {
  const v = env.LEAKGUARD_NO_JS;
  return v !== void 0 && !["", "0", "false"].includes(v.toLowerCase());
}

// src/engine/placeholders.ts
var TEMPLATE = /^(?:<[^<>]*>|\$\{[^}]*\}?|\$\([^)]*\)?|\{\{.*\}\}|%\([^)]*\)s?|%[A-Z_]+%|\$[A-Z_][A-Z0-9_]*)$/i;
var REFERENCE = /^(?:process\.env\b|import\.meta\.env\b|os\.(?:environ|getenv)\b|(?:System\.getenv|Environment\.GetEnvironmentVariable|getenv|env|Deno\.env\.get)\(|ENV(?:\[|\.fetch\b)|\$ENV\{|\$env:|#\{|@[\w.-]+@$|%env\()/i;
var WORDS2 = /example|placeholder|your[-_ ]?(?:aws|access|secret|key|api|token|own)|changeme|change[-_]me|redacted|dummy|sample[-_]?key|_here\b|^insert|replace[-_]?(?:me|with)|fake[-_]?key|xxxx/i;
var RUN = /([B-Za-z0-9])\1{5,}|(A)\2{15,}/;
var MASKED = /^[*\u2022#.?-]+$/;
var SEQUENCES = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl"];
var SEQUENCE_RUN = 6;
function placeholderReason(secret) {
  if (TEMPLATE.test(secret) || /^(?:\$\{|\{\{|\$\()/.test(secret)) return "template or variable reference";
  if (/^\^?\[[^\]]{1,40}\][{*+?]/.test(secret)) return "a regular expression, not a value";
  if (/\$\{[^}]{1,80}\}|\{\{[^}]{1,80}\}\}|#\{[^}]{1,80}\}/.test(secret)) return "template interpolation (${...}, {{...}}, #{...})";
  if (REFERENCE.test(secret)) return "reads the environment or a variable (process.env, os.environ, getenv, ENV[...])";
  if (MASKED.test(secret)) return "masked value";
  if (/\.{3}|\u2026/.test(secret)) return 'elided ("..." stands for a part left out)';
  const word = WORDS2.exec(secret);
  if (word) return `placeholder word "${word[0]}"`;
  const run = RUN.exec(secret);
  if (run) return `repeated character "${run[0].slice(0, 8)}"`;
  const lower = secret.toLowerCase();
  if (lower.length >= 8 && runCoverage(lower) >= 0.6) return 'made up of short runs ("abc123def456")';
  for (const seq of SEQUENCES) {
    for (let i = 0; i + SEQUENCE_RUN <= seq.length; i++) {
      const up = seq.slice(i, i + SEQUENCE_RUN);
      if (lower.includes(up)) return `ascending sequence "${up}"`;
      const down = [...up].reverse().join("");
      if (lower.includes(down)) return `descending sequence "${down}"`;
    }
  }
  return null;
}
function runCoverage(s) {
  let covered = 0;
  let run = 1;
  const isAlnum = (c) => c >= 48 && c <= 57 || c >= 97 && c <= 122;
  for (let i = 1; i <= s.length; i++) {
    const prev = s.charCodeAt(i - 1);
    const cur = i < s.length ? s.charCodeAt(i) : -1;
    if (cur === prev + 1 && isAlnum(cur) && isAlnum(prev)) run++;
    else {
      if (run >= 3) covered += run;
      run = 1;
    }
  }
  return covered / s.length;
}

// src/generated/known-examples.js
var known_examples_default = JSON.parse('[["dpf43f3p2l4k3l03","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["kd94hf93k423kf44","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["hh5s93j4hdidpola","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["hdhd0244k9j7ao03","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["hfdp7dh39dks9884","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["nnch734d00sl2jdk","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["pfkkdhi9sl3r4s00","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["kllo9940pd9333jh","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["wIjqoS","RFC 5849 (OAuth 1.0) section 1.2 example (client, temporary and token credentials, verifier)"],["9djdj82h48djs9d2","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["kkk9d7dh3k39sjv7","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["7d8f3e4a","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["j49sk3j29djd","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["dh893hdasih9","RFC 5849 (OAuth 1.0) sections 3.1 and 3.4.1 example (signed request)"],["0685bd9184jfhq22","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["ad180jjd733klru7","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["4572616e48616d6d65724c61686176","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["wOJIO9A2W5mFwDgiDvZbTSMK/PY=","RFC 5849 (OAuth 1.0) section 3.5.1 example (Authorization header)"],["djr9rjt0jd78jf88","OAuth Core 1.0 appendix A example (PLAINTEXT signatures)"],["jjd99$tj88uiths3","OAuth Core 1.0 appendix A example (PLAINTEXT signatures)"],["s6BhdRkqt3","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["7Fjfp0ZBr1KtDRbW","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["gX1fBat3bV","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["czZCaGRSa3F0MzpnWDFmQmF0M2JW","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["SplxlOBeZQQYbYS6WxSbIA","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["2YotnFZFEjr1zCsicMWpAA","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["tGzv3JOkF0XG5Qx2TlKWIA","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["h480djs93hd8","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["adijq39jdlaska9asud","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["SlAV32hkKG","RFC 6749 (OAuth 2.0) examples (client credentials, authorization code, access and refresh tokens)"],["mF_9.B5f-4.1JqM","RFC 6750 (OAuth 2.0 bearer tokens) example"],["dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk","RFC 7636 (PKCE) appendix B example (code verifier and challenge)"],["E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM","RFC 7636 (PKCE) appendix B example (code verifier and challenge)"],["QWxhZGRpbjpvcGVuIHNlc2FtZQ==","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["dGVzdDoxMjPCow==","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["dcd98b7102dd2f0e8b11d0f600bfb0c093","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["5ccc069c403ebaf9f0171e9517f40e41","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["6629fae49393a05397450978507c4ef1","RFC 7617 / RFC 2617 (HTTP Basic and Digest authentication) examples"],["GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ","RFC 6238 / RFC 4226 (TOTP, HOTP) test vector seed"],["12345678901234567890","RFC 6238 / RFC 4226 (TOTP, HOTP) test vector seed"],["192b9bdd22ab9ed4d12e236c78afcb9a393ec15f71bbf5dc987d54727823bcbf","Flask documentation sample SECRET_KEY values (configuration and deployment guides)"],["5f352379324c22463451387a0aec5d2f","Flask documentation sample SECRET_KEY values (configuration and deployment guides)"],["sk_test_4eC39HqLyjWDarjtT1zdp7dc","Stripe documentation test-mode sample keys"],["pk_test_TYooMQauvdEDq54NiTphI7jx","Stripe documentation test-mode sample keys"],["9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b","Django REST framework documentation sample token (TokenAuthentication)"],["key-3ax6xnjp29jd6fds4gc373sgvjxteol0","Mailgun documentation sample API key (samples.mailgun.org)"]]');

// src/engine/known-examples.ts
var bySecret;
function knownExampleSource(secret) {
  return (bySecret ??= new Map(known_examples_default)).get(secret);
}

// src/engine/prefilter.ts
var ALPHABET = 128;
var UNKNOWN = -1;
var Prefilter = class {
  /** rules without keywords: they run on every text */
  always;
  /** the DFA, row per state; UNKNOWN where not worked out yet (16-bit when the states fit: half the memory to clear) */
  delta;
  /** each state's failure link (the longest proper suffix that is a trie state) */
  fail;
  /** 1 for states where a keyword ends */
  accepting;
  /** for each state, the rule indices its matched keywords belong to (including via failure links) */
  outputs;
  ruleCount;
  /** keywords[i] are the keywords of rule i */
  constructor(keywords) {
    this.ruleCount = keywords.length;
    this.always = [];
    const maxStates = 1 + keywords.reduce((n2, list) => n2 + list.reduce((m, kw) => m + kw.length, 0), 0);
    const delta = (maxStates < 32768 ? new Int16Array(maxStates * ALPHABET) : new Int32Array(maxStates * ALPHABET)).fill(UNKNOWN);
    const out = [[]];
    const edges = [[]];
    keywords.forEach((list, rule) => {
      if (list.length === 0) this.always.push(rule);
      for (const kw of list) {
        let s = 0;
        for (let i = 0; i < kw.length; i++) {
          const c = fold(kw.charCodeAt(i));
          if (c >= ALPHABET) throw new Error(`keyword is not ASCII: ${JSON.stringify(kw)}`);
          let next = delta[s * ALPHABET + c];
          if (next === UNKNOWN) {
            next = out.length;
            out.push([]);
            edges.push([]);
            edges[s].push(c);
            delta[s * ALPHABET + c] = next;
            if (c >= 97 && c <= 122) delta[s * ALPHABET + c - 32] = next;
          }
          s = next;
        }
        if (!out[s].includes(rule)) out[s].push(rule);
      }
    });
    for (let c = 0; c < ALPHABET; c++) if (delta[c] === UNKNOWN) delta[c] = 0;
    const n = out.length;
    const fail = new Int32Array(n);
    const queue = [0];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const c of edges[s]) {
        const t = delta[s * ALPHABET + c];
        if (s !== 0) {
          let f = fail[s];
          while (f !== 0 && delta[f * ALPHABET + c] === UNKNOWN) f = fail[f];
          fail[t] = delta[f * ALPHABET + c];
        }
        for (const r of out[fail[t]]) if (!out[t].includes(r)) out[t].push(r);
        queue.push(t);
      }
    }
    this.delta = delta.subarray(0, n * ALPHABET);
    this.fail = fail;
    this.outputs = out.map((list) => list.length ? list : null);
    this.accepting = Uint8Array.from(out, (list) => list.length ? 1 : 0);
  }
  /** The transition from state `s` on 7-bit character `c`, worked out and kept when unknown. */
  step(s, c) {
    const i = s * ALPHABET + c;
    let t = this.delta[i];
    if (t === UNKNOWN) {
      t = this.step(this.fail[s], c);
      this.delta[i] = t;
    }
    return t;
  }
  /**
   * The rules whose keywords occur in `text` (and the rules without keywords), each with
   * the offsets just past its keyword occurrences, or null when there are more than `cap`
   * of them (or the rule has no keywords): the caller then treats the whole text as relevant.
   */
  matchAt(text, cap = 32) {
    const hits = /* @__PURE__ */ new Map();
    for (const r of this.always) hits.set(r, null);
    const delta = this.delta;
    const accepting = this.accepting;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i) & 127;
      const t = delta[s << 7 | c];
      s = t === UNKNOWN ? this.step(s, c) : t;
      if (accepting[s] === 1) {
        for (const r of this.outputs[s]) {
          const at = hits.get(r);
          if (at === void 0) hits.set(r, [i + 1]);
          else if (at !== null) {
            if (at.length >= cap) hits.set(r, null);
            else at.push(i + 1);
          }
        }
      }
    }
    return hits;
  }
};
function fold(c) {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

// src/engine/inline-allow.ts
var MARKER = "leakguard:allow";
var ID = /^[\s,:=(]*([a-z0-9]+(?:-[a-z0-9]+)+)/;
function inlineAllow(lineText, ruleId, isRuleId) {
  let at = lineText.indexOf(MARKER);
  while (at !== -1) {
    const ids = [];
    let rest = lineText.slice(at + MARKER.length, at + MARKER.length + 400);
    for (let m = ID.exec(rest); m && isRuleId(m[1]); m = ID.exec(rest)) {
      ids.push(m[1]);
      rest = rest.slice(m[0].length);
    }
    if (ids.length === 0) return `inline: ${MARKER} on the line`;
    if (ids.includes(ruleId)) return `inline: ${MARKER} ${ruleId} on the line`;
    at = lineText.indexOf(MARKER, at + MARKER.length);
  }
  return void 0;
}

// src/engine/resolve.ts
function resolveCandidates(all, ruleSet) {
  dedupeSpans(all);
  pairCandidates(all, ruleSet);
  yieldFallbacks(all);
}
function dedupeSpans(all) {
  const bySpan = /* @__PURE__ */ new Map();
  for (const c of all) {
    if (c.dropped !== void 0 || c.rule.fallback) continue;
    const key = `${c.start}:${c.end}`;
    const prior = bySpan.get(key);
    if (prior && outranks(prior, c)) c.dropped = `duplicate: same secret as rule ${prior.rule.id}`;
    else {
      if (prior) prior.dropped = `duplicate: same secret as rule ${c.rule.id}`;
      bySpan.set(key, c);
    }
  }
}
function pairCandidates(all, ruleSet) {
  for (const c of all) {
    const pair = c.rule.pair;
    if (!pair || c.dropped !== void 0) continue;
    const partner = ruleSet.byId.get(pair.rule);
    let best;
    for (const p of all) {
      if (p.rule !== partner || p.dropped !== void 0 || p.rule.pair) continue;
      const d = Math.abs(p.line - c.line);
      if (d <= pair.within && (!best || d < Math.abs(best.line - c.line))) best = p;
    }
    if (best) {
      best.related.push(c);
      if (pair.severity && severityRank(pair.severity) > severityRank(best.severity)) best.severity = pair.severity;
      c.dropped = `${PAIRED} reported with the ${best.rule.id} finding on line ${best.line}`;
    } else if (pair.required) {
      c.dropped = `unpaired: no ${pair.rule} match within ${pair.within} lines`;
    }
  }
}
var PAIRED = "paired:";
function outranks(a, b) {
  if (a.rule.fallback !== b.rule.fallback) return !a.rule.fallback;
  return a.rule.index <= b.rule.index;
}
function yieldFallbacks(all) {
  if (!all.some((c) => c.rule.fallback && c.dropped === void 0)) return;
  const claims = (c) => c.dropped === void 0 || !/^(?:unpaired|duplicate|overlap):/.test(c.dropped);
  const sorted = all.filter(claims).sort((a, b) => a.start - b.start || b.end - a.end);
  let active = [];
  for (const c of sorted) {
    active = active.filter((a) => a.end > c.start);
    for (const a of active) {
      if (!claims(a) || !claims(c)) continue;
      if (c.rule.fallback && c.dropped === void 0 && outranks(a, c)) c.dropped = yieldReason(a);
      else if (a.rule.fallback && a.dropped === void 0 && outranks(c, a)) a.dropped = yieldReason(c);
    }
    active.push(c);
  }
}
function yieldReason(to) {
  const verdict = to.dropped && !to.dropped.startsWith(PAIRED) ? ` (which dropped it: ${to.dropped})` : "";
  return `overlap: yields to rule ${to.rule.id} on the same text${verdict}`;
}

// src/engine/engine.ts
var MAX_WINDOW = 32 * 1024;
var WINDOW_OVERLAP = 4 * 1024;
var MAX_EXTENDED = 1024 * 1024;
function buildRuleSet(rules, decodeDepth = DEFAULT_DECODE_DEPTH) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return { rules, byId, prefilter: new Prefilter(rules.map((r) => r.keywords)), decodeDepth };
}
var NOTHING = Object.freeze({ findings: Object.freeze([]) });
function scanFragment(fragment, ruleSet, explain = false) {
  const raw = scanText(fragment, ruleSet, explain);
  const views = fragmentViews(fragment.text, ruleSet.decodeDepth);
  if (views.length === 0) return raw;
  const lines = new LineIndex(fragment);
  const found = [];
  for (const view of views) {
    const scan = scanText({ ...fragment, text: view.text, startLine: 1, lineMap: void 0, startColumn: void 0 }, ruleSet, false);
    for (const c of scan.findings) {
      const located = relocate(c, view, lines);
      if (located && !repeats(located, raw.findings) && !repeats(located, found)) found.push(located);
    }
  }
  if (found.length === 0) return raw;
  const specific = [...raw.findings, ...found].filter((c) => !c.rule.fallback);
  const yields = (c) => c.rule.fallback && specific.some((s) => overlaps(c, s));
  const findings = [...raw.findings.filter((r) => !yields(r)), ...found.filter((d) => !yields(d))];
  return explain ? { ...raw, findings, candidates: [...raw.candidates ?? [], ...found] } : { findings };
}
function fragmentViews(text, depth) {
  const views = text.includes("-----BEGIN ") ? logPrefixViews(text) : [];
  for (let d = 1; d <= depth; d++) {
    const decoded = decodedView(text, d);
    if (!decoded) break;
    views.push(decoded);
    if (!decoded.nested) break;
  }
  return views;
}
function relocate(c, view, lines) {
  const where = mapBack(view, c.start, c.end);
  if (!where) return null;
  const related = c.related.map((r) => {
    const w = mapBack(view, r.start, r.end) ?? linear(view, r.start, r.end);
    return w ? place(r, w.start, w.end, lines) : r;
  });
  return { ...place(c, where.start, where.end, lines), related, decoded: where.trail };
}
function linear(view, start, end) {
  const p = view.pieces.find((x) => x.from <= start && start < x.to);
  return p ? { start: p.origFrom + (start - p.from), end: p.origFrom + (start - p.from) + (end - start) } : null;
}
function place(c, start, end, lines) {
  const a = lines.locate(start);
  const b = lines.locate(end - 1);
  return { ...c, start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}
function repeats(c, found) {
  return found.some((f) => f.secret === c.secret || f.rule === c.rule && overlaps(f, c));
}
function scanText(fragment, ruleSet, explain) {
  const text = fragment.text;
  const firstHits = text.length <= MAX_WINDOW ? ruleSet.prefilter.matchAt(text) : void 0;
  if (firstHits?.size === 0 && !explain) return NOTHING;
  const lines = new LineIndex(fragment);
  const all = [];
  const seen = /* @__PURE__ */ new Set();
  const hitRules = /* @__PURE__ */ new Set();
  const run = (ri, part, base, cut2) => {
    const rule = ruleSet.rules[ri];
    const re = rule.regex;
    re.lastIndex = 0;
    let found;
    while ((found = re.exec(part)) !== null) {
      let m = found;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let base0 = base;
      if (cut2 && m.index + m[0].length === part.length) {
        const at = base + m.index;
        base0 = Math.max(0, at - 256);
        const saved = re.lastIndex;
        re.lastIndex = at - base0;
        const whole = re.exec(text.slice(base0, Math.min(text.length, at + MAX_EXTENDED)));
        re.lastIndex = saved;
        m = whole && whole.index === at - base0 ? whole : null;
        if (!m) continue;
      }
      const group = rule.secretGroup;
      const secret = (typeof group === "number" ? m[group] : m.groups?.[group]) ?? "";
      const span = typeof group === "number" ? m.indices[group] : m.indices.groups?.[group];
      if (!secret || !span) continue;
      const start = base0 + span[0];
      const key = `${ri}:${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(makeCandidate(rule, secret, m[0], start, base0 + span[1], lines));
    }
  };
  const context = fragment.contextLines;
  const cut = windows(text);
  for (const [from, to] of cut) {
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const [ri, at] of firstHits ?? ruleSet.prefilter.matchAt(window)) {
      const rule = ruleSet.rules[ri];
      if (fragment.disabledRules?.has(ri)) continue;
      hitRules.add(rule);
      let spans = at !== null && rule.singleLine ? keywordLines(window, at) : [[0, window.length]];
      if (context && at !== null && rule.singleLine && !pairing2(ruleSet).has(rule)) {
        spans = spans.filter(([a]) => !context.has(lines.locate(from + a).line));
      }
      for (const [a, b] of spans) run(ri, a === 0 && b === window.length ? window : window.slice(a, b), from + a, b === window.length && to < text.length);
    }
  }
  if (cut.length > 1) pairAround(all, fragment, ruleSet, text, lines, run);
  const isRuleId = (id) => ruleSet.byId.has(id);
  for (const c of all) c.dropped = dropReason(c, text, lines, isRuleId);
  resolveCandidates(all, ruleSet);
  if (fragment.contextLines) dropContextOnly(all, fragment.contextLines);
  const findings = all.filter((c) => c.dropped === void 0);
  for (const c of findings) {
    const context2 = lowerContext(c, fragment.path, lines.textAround(text, c.start, c.end));
    if (context2) {
      c.context = context2;
      c.severity = "low";
    }
  }
  if (!explain) return { findings };
  return { findings, keywordHits: [...hitRules].sort((a, b) => a.index - b.index), candidates: all };
}
function pairAround(all, fragment, ruleSet, text, lines, run) {
  for (const rule of ruleSet.rules) {
    const pair = rule.pair;
    if (!pair || fragment.disabledRules?.has(rule.index)) continue;
    const around = all.filter((c) => c.rule.id === pair.rule).map((c) => lines.around(c.start, pair.within, text.length));
    const spans = [];
    for (const [a, b] of around.sort((x, y) => x[0] - y[0])) {
      const last = spans[spans.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else spans.push([a, b]);
    }
    for (const [a, b] of spans) {
      for (const [from, to] of windows(text.slice(a, b))) run(rule.index, text.slice(a + from, a + to), a + from, a + to < b);
    }
  }
}
function dropContextOnly(all, context) {
  const added = (c) => {
    for (let l = c.line; l <= c.endLine; l++) if (!context.has(l)) return true;
    return false;
  };
  for (const c of all) {
    if (c.dropped === void 0 && !added(c) && !c.related.some(added)) c.dropped = "context: on unchanged lines only (not added by this change)";
  }
}
function makeCandidate(rule, secret, match, start, end, lines) {
  const a = lines.locate(start);
  const b = lines.locate(end - 1);
  return {
    rule,
    secret,
    match,
    start,
    end,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    entropy: shannonEntropy(secret),
    severity: rule.severity,
    related: []
  };
}
function dropReason(c, text, lines, isRuleId) {
  const rule = c.rule;
  const lineText = lines.textAround(text, c.start, c.end);
  const allowed = inlineAllow(lineText, rule.id, isRuleId);
  if (allowed) return allowed;
  const example = knownExampleSource(c.secret);
  if (example) return `known example: published in ${example}`;
  if ((c.secret.length <= 256 || /example/i.test(c.secret)) && !rule.tags.includes("git-secrets")) {
    const placeholder = placeholderReason(c.secret);
    if (placeholder) return `placeholder: ${placeholder}`;
  }
  if (rule.stopwords.length) {
    const lower = c.secret.toLowerCase();
    const word = rule.stopwords.find((w) => lower.includes(w));
    if (word !== void 0) return `stopword: "${word}"`;
  }
  for (const re of rule.allowRegexes) {
    const target = rule.allowTarget === "secret" ? c.secret : rule.allowTarget === "match" ? c.match : lineText;
    if (re.test(target)) return `allowlist: /${re.source}/ matches the ${rule.allowTarget}`;
  }
  if (rule.entropy !== void 0 && c.entropy < rule.entropy) {
    return `entropy: ${c.entropy.toFixed(2)} bits/char is below the rule's minimum ${rule.entropy}`;
  }
  if (rule.validator) {
    const invalid = rule.validator(c.secret, {
      match: c.match,
      line: lineText,
      get around() {
        return lines.textAround(text, Math.max(0, lines.lineStartBefore(c.start, AROUND_LINES)), lines.lineEndAfter(c.end, AROUND_LINES));
      }
    });
    if (invalid) return `${rule.validatorName}: ${invalid}`;
  }
  return void 0;
}
var pairRules = /* @__PURE__ */ new WeakMap();
function pairing2(ruleSet) {
  let set = pairRules.get(ruleSet);
  if (!set) {
    const s = /* @__PURE__ */ new Set();
    for (const r of ruleSet.rules) {
      if (!r.pair) continue;
      s.add(r);
      const partner = ruleSet.byId.get(r.pair.rule);
      if (partner) s.add(partner);
    }
    pairRules.set(ruleSet, set = s);
  }
  return set;
}
function keywordLines(text, at) {
  const out = [];
  let lastEnd = -1;
  for (const p of at) {
    if (p <= lastEnd) continue;
    const start = text.lastIndexOf("\n", p - 1) + 1;
    let end = text.indexOf("\n", p);
    if (end === -1) end = text.length;
    out.push([start, end]);
    lastEnd = end;
  }
  return out;
}
function windows(text) {
  if (text.length <= MAX_WINDOW) return [[0, text.length]];
  const out = [];
  for (let from = 0; ; from += MAX_WINDOW - WINDOW_OVERLAP) {
    const to = Math.min(text.length, from + MAX_WINDOW);
    out.push([from, to]);
    if (to === text.length) return out;
  }
}
var AROUND_LINES = 5;
var LineIndex = class {
  constructor(fragment) {
    this.fragment = fragment;
  }
  fragment;
  starts;
  lineStarts() {
    if (this.starts) return this.starts;
    const text = this.fragment.text;
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return this.starts = starts;
  }
  /** index of the fragment line holding `offset` */
  lineIndex(offset) {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  locate(offset) {
    const i = this.lineIndex(offset);
    const map = this.fragment.lineMap;
    const shift = i === 0 && this.fragment.startColumn ? this.fragment.startColumn - 1 : 0;
    return { line: map ? map[i] : this.fragment.startLine + i, column: offset - this.lineStarts()[i] + 1 + shift };
  }
  /** [start, end) offsets of the lines from `within` lines before the one holding `offset` to `within` lines after it */
  around(offset, within, length) {
    const starts = this.lineStarts();
    const i = this.lineIndex(offset);
    const first = starts[Math.max(0, i - within)];
    const after = i + within + 1;
    return [first, after < starts.length ? starts[after] - 1 : length];
  }
  /** offset of the start of the line `n` lines before the one holding `offset` (or of the first line) */
  lineStartBefore(offset, n) {
    return this.lineStarts()[Math.max(0, this.lineIndex(offset) - n)];
  }
  /** offset just past the line `n` lines after the one holding `offset - 1` (or the end of the text) */
  lineEndAfter(offset, n) {
    const starts = this.lineStarts();
    const i = this.lineIndex(Math.max(0, offset - 1)) + n + 1;
    return i < starts.length ? starts[i] - 1 : this.fragment.text.length;
  }
  /** the full text of the lines from the one holding `start` to the one holding `end - 1` */
  textAround(text, start, end) {
    const starts = this.lineStarts();
    const first = starts[this.lineIndex(start)];
    const lastIdx = this.lineIndex(Math.max(start, end - 1));
    const stop = lastIdx + 1 < starts.length ? starts[lastIdx + 1] - 1 : text.length;
    return text.slice(first, stop);
  }
};

// src/config/load.ts
var MODULE_NAME = "leakguard";
var SEARCH_PLACES = [
  "package.json",
  ".leakguardrc",
  ".leakguardrc.json",
  ".leakguardrc.yaml",
  ".leakguardrc.yml",
  "leakguard.config.js",
  "leakguard.config.mjs",
  "leakguard.config.cjs"
];
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
async function loadConfig(options) {
  const specs = loadBuiltinSpecs();
  const found = options.noConfig ? null : await findUserConfig(options);
  const label = found ? displayPath(options.cwd, found.filepath) : null;
  const own = found?.config ?? {};
  if (found && label) {
    const { validateConfig } = await import("./validate-config-7X4GVC2L.js");
    checkSchema(validateConfig, own, label, (path) => ruleIdAt(own, path));
  }
  const user = options.extra ? mergeUnder(options.extra, own) : own;
  return buildConfig(specs, user, label ?? "<config>", label);
}
function mergeUnder(extra, own) {
  const regexes = [...extra.allow?.regexes ?? [], ...own.allow?.regexes ?? []];
  return {
    ...own,
    rules: [...extra.rules ?? [], ...own.rules ?? []],
    ...regexes.length ? { allow: { ...own.allow, regexes } } : {}
  };
}
function loadBuiltinSpecs() {
  return builtin_rules_default.flatMap(({ data }) => data.rules);
}
async function buildConfig(builtin, user, file, label) {
  const specs = new Map(builtin.map((s) => [s.id, s]));
  const userIds = /* @__PURE__ */ new Set();
  const validateRule = user.rules?.length ? (await import("./validate-rule-PNLZQLXF.js")).validateRule : void 0;
  for (const entry of user.rules ?? []) {
    const base = specs.get(entry.id);
    const merged = { ...base ?? {}, ...entry };
    if (!base) checkSchema(validateRule, merged, file, () => entry.id, `${entry.id}: `);
    specs.set(entry.id, merged);
    userIds.add(entry.id);
  }
  for (const id of user.disabledRules ?? []) {
    const spec = specs.get(id);
    if (!spec) throw new LeakguardError(`${file}: disabledRules: unknown rule "${id}"`);
    specs.set(id, { ...spec, enabled: false });
  }
  const global = user.allow ?? {};
  const safety = userIds.size || global.regexes?.length ? (await import("./regex-safety-GYSFQJIZ.js")).regexSafetyProblem : void 0;
  const needsGlobs = global.paths?.length || [...specs.values()].some((s) => s.allow?.paths?.length);
  const glob = needsGlobs ? await globCompiler() : void 0;
  (global.regexes ?? []).forEach((src, i) => {
    const problem = safety?.(src);
    if (problem) throw new LeakguardError(`${file}: allow.regexes[${i}]: ${problem}`);
  });
  const enabled = [...specs.values()].filter((s) => s.enabled !== false);
  const rules = enabled.map((spec, index) => {
    const withGlobal = global.regexes?.length || global.stopwords?.length ? {
      ...spec,
      allow: {
        ...spec.allow,
        regexes: [...spec.allow?.regexes ?? [], ...global.regexes ?? []],
        stopwords: [...spec.allow?.stopwords ?? [], ...global.stopwords ?? []]
      }
    } : spec;
    try {
      return compileRule(withGlobal, index, { safety: userIds.has(spec.id) ? safety : void 0, glob });
    } catch (err) {
      const where = builtin.includes(spec) ? builtinFileOf(spec.id) : file;
      if (err instanceof RuleError) throw new LeakguardError(`${where}: ${spec.id}: ${err.message}`);
      throw err;
    }
  });
  const ids = new Set(rules.map((r) => r.id));
  for (const r of rules) {
    if (r.pair && !ids.has(r.pair.rule)) {
      const where = userIds.has(r.id) ? file : builtinFileOf(r.id);
      throw new LeakguardError(`${where}: ${r.id}: pair.rule: unknown or disabled rule "${r.pair.rule}"`);
    }
  }
  return {
    ruleSet: buildRuleSet(rules, user.maxDecodeDepth ?? DEFAULT_DECODE_DEPTH),
    allowPaths: global.paths ?? [],
    allowPath: global.paths?.length ? glob(global.paths) : void 0,
    maxFileSize: parseSize(user.maxFileSize, file),
    file: label,
    aws: { accounts: { ...user.aws?.accounts ?? {} } },
    redactIds: user.redactIds ?? false
  };
}
function builtinFileOf(id) {
  for (const { file, data } of builtin_rules_default) {
    if (data.rules.some((r) => r.id === id)) return file;
  }
  return "rules";
}
async function globCompiler() {
  const { default: picomatch } = await import("./picomatch-NDLLURJ6.js");
  return (globs) => picomatch(globs, { dot: true });
}
function hasCandidate(dir, stopDir) {
  for (let d = resolve3(dir); ; d = dirname(d)) {
    for (const place2 of SEARCH_PLACES) {
      const p = join2(d, place2);
      if (!existsSync(p)) continue;
      checkCandidate(p, dir);
      if (place2 !== "package.json") return true;
      try {
        if (readFileSync(p, "utf8").includes(`"${MODULE_NAME}"`)) return true;
      } catch {
        return true;
      }
    }
    if (d === stopDir || dirname(d) === d) return false;
  }
}
function jsCandidate(dir, stopDir) {
  for (let d = resolve3(dir); ; d = dirname(d)) {
    for (const place2 of SEARCH_PLACES.filter(isJs)) if (existsSync(join2(d, place2))) return join2(d, place2);
    if (d === stopDir || dirname(d) === d) return null;
  }
}
function checkCandidate(path, cwd) {
  const shown = displayPath(cwd, path);
  let stat2;
  try {
    stat2 = statSync(path);
  } catch (err) {
    throw new LeakguardError(`${shown}: cannot read: ${errorMessage(err)}`);
  }
  if (!stat2.isFile()) throw new LeakguardError(`${shown}: is a ${stat2.isDirectory() ? "directory" : "special file"}, not a config file (leakguard looks for its config there)`);
  try {
    accessSync(path, constants.R_OK);
  } catch (err) {
    throw new LeakguardError(`${shown}: cannot read: ${errorMessage(err)}`);
  }
}
async function loadCosmiconfig() {
  const mod = await import("./dist-A47Q2SYE.js");
  return mod.cosmiconfig ?? mod.default.cosmiconfig;
}
function refuseJs(shown) {
  throw new LeakguardError(
    `${shown}: a JavaScript config is not loaded when LEAKGUARD_NO_JS is set (code from the checked-out tree, e.g. a pull request from a fork): use .leakguardrc.yaml or .leakguardrc.json`
  );
}
var isJs = (path) => /\.[cm]?[jt]s$/i.test(path);
async function findUserConfig(options) {
  if (options.configFile) {
    const cosmiconfig2 = await loadCosmiconfig();
    const path = resolve3(options.cwd, options.configFile);
    if (!existsSync(path)) throw new LeakguardError(`--config: ${options.configFile}: no such file`);
    if (noJavaScript() && isJs(path)) refuseJs(`--config: ${options.configFile}`);
    if (!statSync(path).isFile()) throw new LeakguardError(`--config: ${options.configFile}: not a file`);
    const explorer2 = cosmiconfig2(MODULE_NAME, { searchPlaces: SEARCH_PLACES, cache: false });
    try {
      const result = await explorer2.load(path);
      return { filepath: path, config: result?.config ?? {} };
    } catch (err) {
      throw new LeakguardError(`${options.configFile}: ${firstLine(errorMessage(err))}`);
    }
  }
  const stopDir = findRepoRoot(options.cwd) ?? options.cwd;
  if (!hasCandidate(options.cwd, stopDir)) return null;
  if (noJavaScript()) {
    const js = jsCandidate(options.cwd, stopDir);
    if (js) refuseJs(displayPath(options.cwd, js));
  }
  const cosmiconfig = await loadCosmiconfig();
  const explorer = cosmiconfig(MODULE_NAME, { searchPlaces: SEARCH_PLACES, searchStrategy: "global", stopDir, cache: false });
  try {
    const result = await explorer.search(options.cwd);
    return result && !result.isEmpty ? { filepath: result.filepath, config: result.config } : result ? { filepath: result.filepath, config: {} } : null;
  } catch (err) {
    const e = err;
    const where = e.filepath ? displayPath(options.cwd, e.filepath) : "config";
    throw new LeakguardError(`${where}: ${firstLine(errorMessage(err))}`);
  }
}
function findRepoRoot(dir) {
  for (let d = resolve3(dir); ; d = dirname(d)) {
    if (existsSync(join2(d, ".git"))) return d;
    if (dirname(d) === d) return null;
  }
}
function displayPath(cwd, path) {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}
function firstLine(s) {
  const lines = s.split("\n").filter((l) => l.trim() && !/^(YAML|JSON) Error in /.test(l));
  return (lines[0] ?? s).trim();
}
var SIZE_UNITS = { "": 1, B: 1, K: 1024, KB: 1024, KIB: 1024, M: 1024 ** 2, MB: 1024 ** 2, MIB: 1024 ** 2, G: 1024 ** 3, GB: 1024 ** 3, GIB: 1024 ** 3 };
function parseSize(value, file, field = "maxFileSize") {
  if (value === void 0) return DEFAULT_MAX_FILE_SIZE;
  if (typeof value === "number") return value;
  const m = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/.exec(value.trim());
  const unit = m ? SIZE_UNITS[m[2].toUpperCase()] : void 0;
  if (!m || unit === void 0) throw new LeakguardError(`${file}: ${field}: "${value}" is not a size (e.g. 5000000, "512KB", "10MB")`);
  return Math.round(Number(m[1]) * unit);
}
function ruleIdAt(data, instancePath) {
  const m = /^\/rules\/(\d+)/.exec(instancePath);
  if (!m) return void 0;
  const rule = data.rules?.[Number(m[1])];
  return typeof rule?.id === "string" ? rule.id : `rules[${m[1]}]`;
}
function checkSchema(validate, data, file, idAt, prefix = "") {
  if (validate(data)) return;
  const errors = (validate.errors ?? []).filter((e2) => !["anyOf", "allOf", "if"].includes(e2.keyword));
  const e = errors[0] ?? validate.errors?.[0];
  if (!e) throw new LeakguardError(`${file}: invalid`);
  const id = prefix ? "" : idAt(e.instancePath);
  const missing = e.keyword === "required" ? String(e.params.missingProperty) : "";
  const field = [fieldOf(e), missing].filter(Boolean).join(".");
  throw new LeakguardError(`${file}: ${prefix}${id ? `${id}: ` : ""}${field ? `${field}: ` : ""}${describe(e)}`);
}
function fieldOf(e) {
  const parts = e.instancePath.split("/").slice(1);
  const inRule = parts[0] === "rules" && /^\d+$/.test(parts[1] ?? "");
  const rest = inRule ? parts.slice(2) : parts;
  return rest.reduce((acc, p) => /^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p, "");
}
var PATTERN_HINTS = {
  "^[a-z0-9]+(?:-[a-z0-9]+)+$": "must be kebab-case provider-kind (e.g. acme-api-key)",
  "^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$": "must be a lowercase ASCII literal of 2 or more characters (inner spaces allowed)",
  "^[0-9]{12}$": 'must be a 12-digit AWS account id (quote it in YAML: "012345678901")',
  "\\S": "must not be empty",
  "[\\s\\S]": "must not be empty"
};
function describe(e) {
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown field "${String(p.additionalProperty)}"`;
    case "required":
      return "is required";
    case "enum":
      return `must be one of ${p.allowedValues.join(", ")}`;
    case "pattern": {
      const key = e.propertyName !== void 0 ? `"${e.propertyName}": ` : "";
      return key + (PATTERN_HINTS[String(p.pattern)] ?? `must match ${String(p.pattern)}`);
    }
    default:
      return e.message ?? "invalid";
  }
}

// src/findings/dedupe.ts
var FindingSet = class {
  constructor(options) {
    this.options = options;
  }
  options;
  byKey = /* @__PURE__ */ new Map();
  plain = /* @__PURE__ */ new Map();
  /** history: the files each secret was added to */
  filesOf = /* @__PURE__ */ new Map();
  add(f) {
    if (!this.options.history) {
      const key2 = `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}`;
      const prior = this.plain.get(key2);
      if (!prior) this.plain.set(key2, f);
      else this.plain.set(key2, mergeRelated(prior, f));
      return;
    }
    const related = f.related?.length ? `\0${f.related.map((r) => r.fingerprint ?? r.ruleId).sort().join("\0")}` : "";
    const key = `${f.file ?? (f.gitTag !== void 0 ? `\0tag ${f.gitTag}` : "\0message")}\0${f.ruleId}\0${f.secretHash}${related}`;
    if (f.file !== null) {
      let files = this.filesOf.get(f.secretHash);
      if (!files) this.filesOf.set(f.secretHash, files = /* @__PURE__ */ new Set());
      files.add(f.file);
    }
    const sha = f.commit?.sha ?? "";
    const entry = this.byKey.get(key);
    if (!entry) {
      this.byKey.set(key, { finding: f, commits: /* @__PURE__ */ new Set([sha]) });
      return;
    }
    entry.commits.add(sha);
    const rank = this.options.rank ?? (() => 0);
    const current = entry.finding.commit?.sha ?? "";
    if (rank(sha) > rank(current) || sha === current && f.line < entry.finding.line) entry.finding = f;
  }
  findings() {
    if (!this.options.history) return [...this.plain.values()];
    return [...this.byKey.values()].map(({ finding, commits }) => ({
      ...finding,
      history: { occurrences: commits.size, files: [...this.filesOf.get(finding.secretHash) ?? []].sort() }
    }));
  }
};
function mergeRelated(a, b) {
  const extra = (b.related ?? []).filter((r) => !(a.related ?? []).some((q) => q.fingerprint === r.fingerprint && q.line === r.line && q.column === r.column));
  if (extra.length === 0) return a;
  const severity = severityRank(b.severity) > severityRank(a.severity) ? b.severity : a.severity;
  return { ...a, severity, related: [...a.related ?? [], ...extra] };
}

// src/scan.ts
async function runScan(source, config, options = {}) {
  const started = Date.now();
  const set = new FindingSet(options.history ? { history: true, rank: options.history.rank } : { history: false });
  const explain = options.explain;
  const scan = (fragment) => {
    if (explain) for (const f of explain.scan(fragment, config.ruleSet)) set.add(f);
    else for (const c of scanFragment(fragment, config.ruleSet).findings) set.add(toFinding(c, fragment));
  };
  try {
    if (source.batches) {
      for await (const batch of source.batches(options.signal)) {
        for (const fragment of batch) scan(fragment);
        options.onFragment?.(source);
        if (options.signal?.aborted) break;
      }
    } else {
      for await (const fragment of source.fragments(options.signal)) {
        scan(fragment);
        options.onFragment?.(source);
        if (options.signal?.aborted) break;
      }
    }
  } catch (err) {
    if (!(err instanceof GitStopped) || !options.onGitStopped) throw err;
    options.onGitStopped(err);
  }
  const findings = set.findings().sort(compareFindings);
  return {
    findings,
    errors: source.errors,
    notes: source.notes,
    stats: { ...source.stats, ms: Math.round(Date.now() - started) },
    ...explain ? { suppressed: explain.suppressed().sort(compareFindings) } : {}
  };
}

// src/sources/source.ts
function newStats() {
  return { files: 0, commits: 0, bytes: 0 };
}
var PathFilter = class {
  /** `global`: the config's allowlist of paths, compiled (config/load.ts) */
  constructor(global, rules) {
    this.global = global;
    this.rules = rules;
  }
  global;
  rules;
  cache = /* @__PURE__ */ new Map();
  check(path) {
    let r = this.cache.get(path);
    if (r) return r;
    if (this.global?.(path)) r = { skip: true, disabled: void 0 };
    else {
      let disabled;
      for (const rule of this.rules) {
        if (rule.allowPaths?.(path)) (disabled ??= /* @__PURE__ */ new Set()).add(rule.index);
      }
      r = { skip: false, disabled };
    }
    if (this.cache.size > 1e4) this.cache.clear();
    this.cache.set(detach(path), r);
    return r;
  }
};
function fragmentFromAdded(added, origin, disabled) {
  const { lines, lineNumbers } = added;
  const first = lineNumbers[0] ?? 1;
  const consecutive = lineNumbers[lineNumbers.length - 1] === first + lineNumbers.length - 1;
  const fragment = {
    text: lines.length === 1 ? lines[0] : lines.join("\n"),
    path: added.path,
    startLine: first,
    origin
  };
  if (!consecutive) fragment.lineMap = lineNumbers;
  if (added.startColumn !== void 0) fragment.startColumn = added.startColumn;
  if (added.context) {
    const context = /* @__PURE__ */ new Set();
    added.context.forEach((c, i) => c && context.add(lineNumbers[i]));
    fragment.contextLines = context;
  }
  if (added.commit) fragment.commit = added.commit;
  if (disabled) fragment.disabledRules = disabled;
  return fragment;
}
var MAX_NOTES = 1e3;
var dropped = /* @__PURE__ */ new WeakMap();
function addNote(source, file, message, unscanned = false) {
  if (source.notes.length < MAX_NOTES) {
    source.notes.push({ file: file === null ? null : detach(file), message, ...unscanned ? { unscanned } : {} });
    return;
  }
  const n = (dropped.get(source) ?? 0) + 1;
  dropped.set(source, n);
  const last = { file: null, message: `${n} more notes not shown` };
  if (n === 1) source.notes.push(last);
  else source.notes[source.notes.length - 1] = last;
}

// src/cli/sources.ts
import { resolve as resolve4 } from "node:path";
async function makeSource(command, a, io, ctx) {
  switch (command) {
    case "scan": {
      const { FilesSource } = await import("./files-3JZKVLE3.js");
      const lfs = a.lfs ? await lfsStore(ctx.cwd) : void 0;
      return new FilesSource({
        cwd: ctx.cwd,
        paths: a.paths ?? [],
        maxFileSize: ctx.maxFileSize,
        filter: ctx.filter,
        root: ctx.root,
        stdin: io.stdin,
        recurseSubmodules: a.recurseSubmodules ?? false,
        ...lfs ? { lfs } : {}
      });
    }
    case "staged": {
      const { StagedSource: StagedSource2 } = await import("./staged-NCOM6W2H.js");
      return new StagedSource2(ctx.cwd, ctx.filter, a.stagedDiff, ctx.maxFileSize);
    }
    case "message": {
      const { MessageSource } = await import("./message-ZPQQAUP4.js");
      return new MessageSource(resolve4(ctx.cwd, a.file), a.file);
    }
    case "history": {
      const { HistorySource } = await import("./history-FEQVWP42.js");
      let revs = [...a.revs ?? [], ...(a._ ?? []).slice(1).map(String)];
      let pushed = null;
      if (a.prePush) {
        const { prePushRevs } = await import("./prepush-KM53OQCU.js");
        const remote = a.remote || io.env.PRE_COMMIT_REMOTE_NAME || void 0;
        pushed = await prePushRevs(await readAll(io.stdin), ctx.cwd, remote);
        if (!pushed) return null;
        revs = pushed.revs;
      } else if (a.remote !== void 0) throw new LeakguardError("--remote: only used with --pre-push");
      if (a.maxCommits !== void 0 && (!Number.isInteger(a.maxCommits) || a.maxCommits < 1)) {
        throw new LeakguardError(`--max-commits: must be a positive whole number`);
      }
      if (a.branch) revs = [a.branch, ...revs];
      if (a.jobs !== void 0 && (!Number.isInteger(a.jobs) || a.jobs < 1)) throw new LeakguardError(`--jobs: must be a positive whole number`);
      const { checkGitDate: checkGitDate2 } = await import("./scan-options-76BA6MMR.js");
      if (a.since !== void 0) await checkGitDate2("--since", String(a.since), ctx.cwd);
      if (a.until !== void 0) await checkGitDate2("--until", String(a.until), ctx.cwd);
      const options = {
        cwd: ctx.cwd,
        revs,
        since: a.since,
        until: a.until,
        maxCommits: a.maxCommits,
        paths: ctx.filter,
        jobs: a.jobs,
        binary: a.binary ?? false,
        skipMerges: a.skipMerges ?? false,
        maxBlobSize: ctx.maxFileSize,
        ...a.lfs ? { lfs: await lfsStore(ctx.cwd) } : {}
      };
      if (pushed) return new HistorySource({ ...options, tagged: pushed.objects, commits: pushed.revs.length > 0 });
      const atHead = /* @__PURE__ */ new Set();
      const main = new HistorySource({ ...options, submodulesNoted: atHead });
      return withSubmodules(main, options, a.recurseSubmodules ?? false, atHead);
    }
  }
}
async function withSubmodules(main, options, recurse, atHead) {
  const { submodulesAtHead, RecursiveHistory } = await import("./submodules-2DN3BTD2.js");
  const { HistorySource } = await import("./history-FEQVWP42.js");
  const { addNote: addNote2 } = await import("./source-ADU7CWBZ.js");
  const audited = [];
  const visit = async (cwd, prefix) => {
    for (const s of await submodulesAtHead(cwd)) {
      const path = prefix + s.path;
      if (!prefix) atHead.add(s.path);
      if (!recurse) addNote2(main, path, "submodule: its history is not audited (--recurse-submodules audits it)", true);
      else if (!s.dir) addNote2(main, path, "submodule not checked out: its history is not audited", true);
      else {
        const lfs = options.lfs ? await lfsStore(s.dir) : void 0;
        audited.push({ path, dir: s.dir, source: new HistorySource({ ...options, cwd: s.dir, revs: [], lfs }) });
        await visit(s.dir, `${path}/`);
      }
    }
  };
  await visit(options.cwd, "");
  return audited.length ? new RecursiveHistory(main, options.cwd, audited) : main;
}
async function lfsStore(cwd) {
  const { LfsObjects } = await import("./lfs-SWR6KA2R.js");
  try {
    return await LfsObjects.open(cwd);
  } catch {
    throw new LeakguardError("--lfs: not a git repository (Git LFS objects live in one)");
  }
}
async function readAll(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString("utf8");
}

// src/cli/progress.ts
var NONE = { update() {
}, end() {
} };
function progress(io, enabled) {
  if (!enabled || !io.stderrIsTTY) return NONE;
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 100 || total === void 0) return;
      last = now;
      const secs = (now - started) / 1e3;
      const rate = done / Math.max(secs, 1e-3);
      const eta = rate > 0 && total > done ? ` \xB7 ${formatDuration((total - done) / rate)} left` : "";
      const pct = total ? Math.floor(done / total * 100) : 100;
      io.stderr(`\r\x1B[Kleakguard: ${done}/${total} commits (${pct}%) \xB7 ${Math.round(rate)} commits/s${eta}`);
      drawn = true;
    },
    end() {
      if (drawn) io.stderr("\r\x1B[K");
    }
  };
}
function formatDuration(s) {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.ceil(s % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

// src/cli/suppression.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join3, relative as relative2, resolve as resolve5 } from "node:path";
async function loadSuppressions(root, cwd, baselineFile) {
  const ignorePath = join3(root, ".leakguardignore");
  const hasIgnore = existsSync(ignorePath);
  if (!hasIgnore && baselineFile === void 0) return null;
  const loaded = {};
  if (hasIgnore) {
    const { parseIgnoreFile } = await import("./ignore-file-EYZ6BWMG.js");
    const label = display(cwd, ignorePath);
    const text = await read2(ignorePath, label);
    let entries = parseIgnoreFile(text, label);
    if (entries.some((e) => e.path !== void 0)) {
      const { default: picomatch } = await import("./picomatch-NDLLURJ6.js");
      entries = parseIgnoreFile(text, label, (glob) => picomatch(glob, { dot: true }));
    }
    loaded.ignore = { label, entries };
    const { ignoreFileSalt } = await import("./ignore-file-EYZ6BWMG.js");
    (loaded.salts ??= {}).ignore = ignoreFileSalt(text, label);
  }
  if (baselineFile !== void 0) {
    const { parseBaseline } = await import("./baseline-CLA23EVH.js");
    const path = resolve5(cwd, baselineFile);
    if (!existsSync(path)) throw new LeakguardError(`--baseline: ${baselineFile}: no such file (create it with \`leakguard baseline\`)`);
    const text = await read2(path, `--baseline: ${baselineFile}`);
    loaded.baseline = { label: baselineFile, fingerprints: parseBaseline(text, baselineFile) };
    const { baselineSalt } = await import("./baseline-CLA23EVH.js");
    (loaded.salts ??= {}).baseline = baselineSalt(text);
  }
  return loaded;
}
async function withSaltedForms(loaded, findings) {
  const { ruleOf, saltedForms } = await import("./salted-DIGQGJVZ.js");
  const { fingerprintsOf: fingerprintsOf2 } = await import("./finding-YC76FG3I.js");
  const all = findings.flatMap((f) => fingerprintsOf2(f));
  const out = { ...loaded };
  const ignoreSalt = loaded.salts?.ignore;
  if (loaded.ignore && ignoreSalt) {
    const rules = new Set(loaded.ignore.entries.map((e) => ruleOf(e.fingerprint)));
    if (rules.size) out.ignore = { ...loaded.ignore, salted: await saltedForms(all, ignoreSalt, rules) };
  }
  const baselineSalt = loaded.salts?.baseline;
  if (loaded.baseline && baselineSalt) {
    const rules = new Set([...loaded.baseline.fingerprints].map(ruleOf));
    if (rules.size) out.baseline = { ...loaded.baseline, salted: await saltedForms(all, baselineSalt, rules) };
  }
  return out;
}
async function read2(path, label) {
  try {
    return await readFile2(path, "utf8");
  } catch (err) {
    throw new LeakguardError(`${label}: ${errorMessage(err)}`);
  }
}
function display(cwd, path) {
  const rel = relative2(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}

// src/cli/scan-run.ts
async function scanRun(command, a, io, cwd, settings) {
  const root = findRepoRoot(cwd) ?? cwd;
  const extra = a.config === false ? void 0 : await gitSecretsExtra(cwd, root, a, io);
  const config = withDecodeDepth(
    await loadConfig({ cwd, ...typeof a.config === "string" ? { configFile: a.config } : {}, noConfig: a.config === false, ...extra ? { extra } : {} }),
    parseDecodeDepth(a.decode, a.maxDecodeDepth)
  );
  const repoPath = repoPathOf(cwd, root);
  const filter = new PathFilter(config.allowPath, config.ruleSet.rules);
  const sourceFilter = settings.explain ? new PathFilter(void 0, []) : filter;
  const source = await makeSource(command, a, io, { cwd, root, filter: sourceFilter, maxFileSize: config.maxFileSize });
  if (!source) return null;
  const explain = settings.explain ? await explainer(filter, repoPath, command === "history") : void 0;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const result = await interruptible(source, config, { ...explain ? { explain } : {} }, { io, quiet: a.quiet ?? false, cwd });
  const loaded = await loadSuppressions(root, cwd, settings.baseline);
  if (loaded) {
    const { applySuppressions } = await import("./suppress-URCJQN7O.js");
    const salted = loaded.salts ? await withSaltedForms(loaded, result.findings) : loaded;
    const { findings, suppressed } = applySuppressions(result.findings, { ...salted, repoPath });
    result.findings = findings;
    if (result.suppressed) result.suppressed = [...result.suppressed, ...suppressed].sort(compareFindings);
  }
  return { result, config, startedAt, repoPath };
}
function withDecodeDepth(config, depth) {
  return depth === void 0 || depth === config.ruleSet.decodeDepth ? config : { ...config, ruleSet: { ...config.ruleSet, decodeDepth: depth } };
}
async function interruptible(source, config, options, ctx) {
  const { interruptSignal, interruptedMessage, noteInterrupt } = await import("./interrupt-GZ5BOC2G.js");
  const rank = source.rank;
  const bar = progress(ctx.io, rank !== void 0 && !ctx.quiet);
  let stopped;
  let result;
  try {
    result = await runScan(source, config, {
      ...options,
      signal: interruptSignal,
      onGitStopped: (err) => {
        if (err.signal === "SIGINT" || err.signal === "SIGTERM" || err.signal === "SIGHUP") noteInterrupt(err.signal);
        else stopped = err;
      },
      ...rank ? { history: { rank } } : {},
      onFragment: () => bar.update(source.stats.commits, source.total)
    });
  } finally {
    bar.end();
  }
  const interrupted = interruptedMessage();
  if (interrupted) result.errors.push({ file: null, message: interrupted });
  else if (stopped) result.errors.push({ file: null, message: `${stopped.message}: the report holds what was found before` });
  else if (rank && result.findings.length) {
    const { markExposure } = await import("./exposure-OREOR5LR.js");
    try {
      if (source.exposure) await source.exposure(result.findings, markExposure);
      else await markExposure(result.findings, ctx.cwd);
    } catch (err) {
      if (!(err instanceof GitStopped)) throw err;
      if (err.signal === "SIGINT" || err.signal === "SIGTERM" || err.signal === "SIGHUP") noteInterrupt(err.signal);
      result.errors.push({ file: null, message: interruptedMessage() ?? err.message });
      return result;
    }
    const late = interruptedMessage();
    if (late) result.errors.push({ file: null, message: late });
  }
  return result;
}
function repoPathOf(cwd, root) {
  return (f) => {
    if (f.file === null || f.origin !== "file" || cwd === root) return f.file;
    return relative3(root, resolve6(cwd, f.file)).split(sep).join("/");
  };
}
async function explainer(filter, repoPath, history) {
  const { Explainer } = await import("./explain-LNDC3P2W.js");
  return new Explainer((fragment, rule) => {
    if (fragment.origin === "stdin" || fragment.origin === "message") return void 0;
    const path = repoPath({ file: fragment.path, origin: fragment.origin });
    if (path === null) return void 0;
    const { skip, disabled } = filter.check(path);
    if (skip) return `path ${path} matches the config's allow.paths`;
    if (disabled?.has(rule.index)) return `path ${path} matches allow.paths of rule ${rule.id}`;
    return void 0;
  }, history);
}
async function gitSecretsExtra(cwd, root, a, io) {
  const gs = await readGitSecrets(cwd, root);
  if (!gs) return void 0;
  const { translateGitSecrets, asUserConfig } = await import("./git-secrets-6CZVJORT.js");
  const { regexSafetyProblem } = await import("./regex-safety-GYSFQJIZ.js");
  const translated = translateGitSecrets(gs, (src) => regexSafetyProblem(src));
  if (a.verbose) for (const n of translated.notes) io.stderr(`leakguard: git-secrets: ${n}
`);
  return asUserConfig(translated);
}

// src/cli/scan-command.ts
function verifyOptionsOf(a) {
  if (!a.verify) {
    if (a.verifyTimeout !== void 0) throw new LeakguardError("--verify-timeout: only used with --verify");
    if (a.awsEndpoint !== void 0) throw new LeakguardError("--aws-endpoint: only used with --verify");
    return void 0;
  }
  const t = a.verifyTimeout;
  if (t !== void 0 && (!Number.isInteger(t) || t < 1 || t > 6e5)) {
    throw new LeakguardError("--verify-timeout: must be a whole number of milliseconds from 1 to 600000");
  }
  return { ...t !== void 0 ? { timeoutMs: t } : {}, ...a.awsEndpoint !== void 0 ? { endpoint: checkEndpoint(a.awsEndpoint) } : {} };
}
function checkEndpoint(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new LeakguardError(`--aws-endpoint: "${value}" is not a URL (e.g. https://sts.eu-west-1.amazonaws.com)`);
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol === "https:" || url.protocol === "http:" && loopback) return url.href;
  throw new LeakguardError(`--aws-endpoint: "${value}" must be an https URL (plain http only to 127.0.0.1, localhost or [::1])`);
}
function resolveCwd(dir, io) {
  if (dir === void 0) return io.cwd;
  const abs = resolve7(io.cwd, dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new LeakguardError(`-C: ${dir}: no such directory`);
  return abs;
}
function binPath() {
  for (let d = dirname2(fileURLToPath(import.meta.url)); dirname2(d) !== d; d = dirname2(d)) {
    const bin = join4(d, "bin", "leakguard.js");
    if (existsSync(bin)) return bin;
  }
  return resolve7(process.argv[1] ?? "leakguard");
}
async function runScanCommand(command, a, io) {
  const cwd = resolveCwd(a.C, io);
  const redaction = parseRedaction(a.redact, a.redactPercent);
  const verify = verifyOptionsOf(a);
  const exitCode = parseExitCode(a.exitCode);
  const failOn = parseFailOn(a.failOn);
  parseDecodeDepth(a.decode, a.maxDecodeDepth);
  const outputs = await loadOutputs(a, cwd);
  const run = await scanRun(command, a, io, cwd, { explain: a.explainSuppressed ?? false, baseline: a.baseline });
  if (!run) return 0;
  run.result.findings = await enrichAws(run.result.findings, { accounts: run.config.aws.accounts, ...verify ? { verify } : {} });
  const redactIds = a.redactIds ?? run.config.redactIds;
  if (redactIds && redaction === null && a.redactIds) throw new LeakguardError("--redact-ids: not with --no-redact (or --redact=0), which shows everything whole");
  const anything = run.result.findings.length > 0 || (run.result.suppressed?.length ?? 0) > 0;
  const report = anything ? redactResult(run.result, redaction, redactionPolicy(run.config.ruleSet.rules, redactIds)) : run.result;
  const rules = run.config.ruleSet.rules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, tags: r.tags }));
  await writeOutputs(report, outputs, { a, io, cwd, command, startedAt: run.startedAt, rules, failOn });
  for (const n of report.notes) if (a.verbose || n.unscanned) io.stderr(`note: ${n.file ? `${printable(n.file)}: ` : ""}${printable(n.message)}
`);
  return exitCodeOf(report, exitCode, failOn);
}
function exitCodeOf(result, exitCode, failOn) {
  const failing = result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
  if (failing) return exitCode;
  return result.errors.length ? 2 : 0;
}

// src/git/spawn.ts
import { spawn } from "node:child_process";
var GIT_CONFIG_ARGS = [
  "-c",
  "core.quotepath=off",
  "-c",
  "color.ui=never",
  "-c",
  "color.diff=never",
  "-c",
  "diff.noprefix=false",
  "-c",
  "diff.mnemonicPrefix=false",
  "-c",
  "diff.relative=false",
  "-c",
  "diff.suppressBlankEmpty=false",
  "-c",
  "diff.interHunkContext=0",
  "-c",
  "diff.algorithm=myers",
  "-c",
  "diff.submodule=short",
  "-c",
  "diff.orderFile=/dev/null",
  // git's default: larger blobs are "binary" to git (leakguard reads them itself)
  "-c",
  "core.bigFileThreshold=512m",
  "-c",
  "log.showRoot=true",
  "-c",
  "log.showSignature=false",
  "-c",
  "log.follow=false",
  "-c",
  "log.decorate=false",
  "-c",
  "log.diffMerges=separate",
  "-c",
  "i18n.logOutputEncoding=UTF-8",
  "-c",
  "core.pager=cat"
];
var PATCH_ARGS = ["--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", "--full-index"];
var LOG_PIN_ARGS = ["--encoding=UTF-8", "--no-notes", "--no-decorate"];
var UNSAFE_ENV = ["GIT_EXTERNAL_DIFF", "GIT_DIFF_OPTS", "GIT_DIFF_PATH_COUNTER", "GIT_DIFF_PATH_TOTAL", "GIT_REPLACE_REF_BASE", "GIT_NOTES_REF", "GIT_NOTES_DISPLAY_REF"];
function gitEnv() {
  const env = { ...process.env };
  for (const name of UNSAFE_ENV) delete env[name];
  return {
    ...env,
    GIT_PAGER: "cat",
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    // git's own messages in English: gitError() reads them
    LC_ALL: "C",
    GIT_NO_REPLACE_OBJECTS: "1",
    // a path that cannot exist (a file under /dev/null): no grafts
    GIT_GRAFT_FILE: "/dev/null/leakguard-no-grafts"
  };
}
var PACK_WINDOW_ARGS = ["-c", "core.packedGitLimit=128m", "-c", "core.packedGitWindowSize=32m"];
async function* streamGit(args, options) {
  const child = spawn("git", [...GIT_CONFIG_ARGS, ...args], {
    cwd: options.cwd,
    env: gitEnv(),
    stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
  });
  const stderr = [];
  let stderrBytes = 0;
  child.stderr.on("data", (b) => {
    if (stderrBytes < 64 * 1024) stderr.push(b);
    stderrBytes += b.length;
  });
  const exited = new Promise((resolve8) => {
    child.on("error", (error2) => resolve8({ code: null, error: error2 }));
    child.on("close", (code2, signal2) => resolve8({ code: code2, signal: signal2 }));
  });
  if (options.input !== void 0) {
    child.stdin.on("error", () => {
    });
    child.stdin.end(options.input);
  }
  const onAbort = () => child.kill();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk;
    finished = true;
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    if (!finished) child.kill();
  }
  const { code, signal, error } = await exited;
  if (options.signal?.aborted) return;
  if (error) throw new LeakguardError(`cannot run git: ${error.message}`);
  if (signal && finished) throw new GitStopped(args.find((a) => !a.startsWith("-") && !a.includes("=")) ?? "git", signal);
  if (code !== 0) throw gitError(args, Buffer.concat(stderr).toString("utf8"), options.cwd);
}
async function gitOutput(args, options) {
  const chunks = [];
  for await (const c of streamGit(args, options)) chunks.push(c);
  return Buffer.concat(chunks);
}
function gitError(args, stderr, cwd) {
  const line = stderr.split("\n").find((l) => l.trim()) ?? "failed";
  if (/not a git repository|unknown option .cached/i.test(line)) return new LeakguardError(`not a git repository: ${cwd}`);
  return new LeakguardError(`git ${args[0]}: ${line.replace(/^(fatal|error): /, "")}`);
}
function prefetch(chunks) {
  const first = chunks.next();
  first.catch(() => {
  });
  return {
    async *[Symbol.asyncIterator]() {
      const r = await first;
      if (r.done) return;
      yield r.value;
      yield* chunks;
    }
  };
}

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
    const close2 = text.indexOf(" " + "@".repeat(ats), ats);
    const ranges = text.slice(ats, close2 === -1 ? void 0 : close2);
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

// src/sources/patch.ts
async function* patchFragments(chunks, options) {
  for await (const batch of patchBatches(chunks, options)) yield* batch;
}
async function* patchBatches(chunks, options) {
  const { origin, paths, source } = options;
  const ready = [];
  const files = options.countFiles ? /* @__PURE__ */ new Set() : void 0;
  const parser = new DiffParser({
    added(added) {
      const { skip, disabled } = paths.check(added.path);
      if (skip) return;
      files?.add(added.path);
      ready.push(fragmentFromAdded(added, origin, disabled));
    },
    binary(path, commit, blob, oldBlobs) {
      if (options.onBinary?.(path, commit, blob, oldBlobs)) return;
      addNote(source, path, `binary file skipped${commit ? ` (commit ${commit.sha.slice(0, 12)})` : ""}`);
    },
    commit(commit, message) {
      source.stats.commits++;
      const f = options.onCommit?.(commit, message);
      if (f) ready.push(f);
    }
  });
  const splitter = new LineSplitter((text, first, column) => parser.line(text, first, column));
  for await (const chunk of chunks) {
    source.stats.bytes += chunk.length;
    splitter.push(chunk);
    if (ready.length) yield ready.splice(0);
  }
  splitter.end();
  parser.end();
  if (ready.length) yield ready.splice(0);
  if (files) source.stats.files = files.size;
}

// src/git/blobs.ts
import { spawn as spawn2 } from "node:child_process";
async function* readBlobs(ids, options) {
  if (ids.length === 0) return;
  const out = streamGit([...PACK_WINDOW_ARGS, "cat-file", "--batch"], { cwd: options.cwd, input: ids.join("\n") + "\n", ...options.signal ? { signal: options.signal } : {} });
  let pending = Buffer.alloc(0);
  let current = null;
  for await (const chunk of out) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (; ; ) {
      if (!current) {
        const nl = pending.indexOf(10);
        if (nl === -1) break;
        const [id = "", type, size] = pending.subarray(0, nl).toString("latin1").split(" ");
        pending = pending.subarray(nl + 1);
        if (type === "missing" || size === void 0) {
          yield { id, size: 0, data: null };
          continue;
        }
        const n = Number(size);
        current = { id, size: n, parts: n <= options.maxSize ? [] : null, keep: Math.min(n, options.head ?? n), left: n + 1 };
      }
      if (pending.length === 0) break;
      const take = Math.min(current.left, pending.length);
      const kept = current.size + 1 - current.left;
      if (current.parts && kept < current.keep) current.parts.push(pending.subarray(0, Math.min(take, current.keep - kept)));
      pending = pending.subarray(take);
      current.left -= take;
      if (current.left > 0) break;
      const data = current.parts ? Buffer.concat(current.parts).subarray(0, current.keep) : null;
      yield { id: current.id, size: current.size, data };
      current = null;
    }
  }
}
function* printableRuns(data, min = 8) {
  let start = -1;
  for (let i = 0; i <= data.length; i++) {
    const c = i < data.length ? data[i] : 0;
    const printable2 = c >= 32 && c < 127 || c === 9;
    if (printable2) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      if (i - start >= min) yield { offset: start, text: data.toString("latin1", start, i) };
      start = -1;
    }
  }
}
var CatFile = class {
  child;
  /** git's output not read yet, in the pieces it came in (joined only when read: a large blob is never copied piece after piece) */
  chunks = [];
  length = 0;
  waiting;
  ended = false;
  constructor(cwd) {
    this.child = spawn2("git", [...GIT_CONFIG_ARGS, ...PACK_WINDOW_ARGS, "cat-file", "--batch"], { cwd, env: gitEnv() });
    this.child.stdout.on("data", (d) => {
      this.chunks.push(d);
      this.length += d.length;
      this.wake();
    });
    this.child.stdout.on("end", () => {
      this.ended = true;
      this.wake();
    });
    this.child.on("error", () => {
      this.ended = true;
      this.wake();
    });
    this.child.stdin.on("error", () => {
    });
    this.child.stderr.resume();
    this.child.stdin.on("error", () => {
    });
  }
  wake() {
    const w = this.waiting;
    this.waiting = void 0;
    w?.();
  }
  /** waits until `bytes` bytes are buffered; false when git stopped first */
  async need(bytes) {
    while (this.length < bytes) {
      if (this.ended) return false;
      await new Promise((resolve8) => this.waiting = resolve8);
    }
    return true;
  }
  /** the buffered output as one buffer */
  joined() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  consume(bytes) {
    const rest = this.joined().subarray(bytes);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
  }
  /** The content of object `name` (any name git understands, e.g. `HEAD:path`), or null when it does not exist (or git stopped). */
  async read(name) {
    return (await this.readObject(name))?.data ?? null;
  }
  /** The type and content of object `name`, or null when it does not exist (or git stopped). */
  async readObject(name) {
    if (this.ended || name.includes("\n")) return null;
    this.child.stdin.write(name + "\n");
    let nl = -1;
    let searched = 0;
    while ((nl = this.joined().indexOf(10, searched)) === -1) {
      searched = this.length;
      if (!await this.need(this.length + 1)) return null;
    }
    const header = this.joined().subarray(0, nl).toString("latin1").split(" ");
    this.consume(nl + 1);
    if (header[1] === "missing" || header[1] === "ambiguous" || header.length < 3) return null;
    const size = Number(header[2]);
    if (!await this.need(size + 1)) return null;
    const data = Buffer.from(this.joined().subarray(0, size));
    this.consume(size + 1);
    return { id: header[0], type: header[1], data };
  }
  close() {
    this.child.stdin.end();
    this.child.kill();
  }
};

// src/sources/text.ts
var SNIFF_BYTES = 8e3;
function decodeText(buf) {
  const encoding = utf16Encoding(buf);
  if (encoding) {
    const text = decodeUtf16(buf, encoding);
    return looksLikeText(text) ? { binary: false, text, encoding } : { binary: true };
  }
  if (buf.subarray(0, SNIFF_BYTES).includes(0)) return { binary: true };
  return { binary: false, text: buf.toString("utf8"), encoding: "utf-8" };
}
function contentIncludes(buf, needle) {
  if (buf.includes(needle)) return true;
  const encoding = utf16Encoding(buf);
  return encoding !== null && decodeUtf16(buf, encoding).includes(needle);
}
function utf16Encoding(buf) {
  if (buf.length >= 2) {
    if (buf[0] === 255 && buf[1] === 254 && !(buf.length >= 4 && buf[2] === 0 && buf[3] === 0)) return "utf-16le";
    if (buf[0] === 254 && buf[1] === 255) return "utf-16be";
  }
  return markless(buf);
}
function markless(buf) {
  const n = Math.min(buf.length, SNIFF_BYTES) & ~1;
  if (n < 16 || !buf.subarray(0, n).includes(0)) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const chars = n / 2;
  if (evenZeros === 0 && oddZeros >= chars * 0.9) return "utf-16le";
  if (oddZeros === 0 && evenZeros >= chars * 0.9) return "utf-16be";
  return null;
}
function decodeUtf16(buf, encoding) {
  const bom = buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255 ? 2 : 0;
  const end = bom + (buf.length - bom & ~1);
  if (encoding === "utf-16le") return buf.toString("utf16le", bom, end);
  const swapped = Buffer.from(buf.subarray(bom, end));
  swapped.swap16();
  return swapped.toString("utf16le");
}
function looksLikeText(text) {
  const n = Math.min(text.length, SNIFF_BYTES / 2);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if (c >= 55296 && c <= 57343) {
      const next = text.charCodeAt(i + 1);
      if (c <= 56319 && next >= 56320 && next <= 57343) {
        i++;
        continue;
      }
      if (i + 1 < text.length) return false;
    } else if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27 || c === 65534 || c === 65535) bad++;
  }
  return bad * 100 <= n;
}

// src/sources/binary-diff.ts
async function* binaryChangeFragments(changes, options) {
  if (changes.length === 0) return;
  const ids = [...new Set(changes.map((c) => c.blob))];
  const verdicts = /* @__PURE__ */ new Map();
  for await (const blob of readBlobs(ids, { cwd: options.cwd, maxSize: Infinity, head: SNIFF_BYTES, signal: options.signal })) {
    verdicts.set(blob.id, { size: blob.size, missing: !blob.data, binary: blob.data ? decodeText(blob.data).binary : true });
  }
  if (options.signal?.aborted) return;
  const read3 = [];
  for (const change of changes) {
    const blob = verdicts.get(change.blob) ?? { size: 0, missing: true, binary: true };
    const at = atCommit(change);
    if (blob.missing) addNote(options.source, change.path, `not scanned: blob ${change.blob.slice(0, 12)} is missing from the repository${at}`);
    else if (blob.size > options.maxSize) addNote(options.source, change.path, `not scanned: ${formatBytes(blob.size)} is over the size limit of ${formatBytes(options.maxSize)} (maxFileSize)${at}`);
    else if (!blob.binary) read3.push({ change, text: true });
    else if (options.strings) read3.push({ change, text: false });
    else addNote(options.source, change.path, `binary file skipped${at}`);
  }
  if (read3.length === 0) return;
  const wanted = read3.flatMap(({ change, text }) => text ? [...change.oldBlobs, change.blob] : [change.blob]);
  const blobs = readBlobs(wanted, { cwd: options.cwd, maxSize: options.maxSize, signal: options.signal });
  try {
    for (const { change, text } of read3) {
      const old = [];
      if (text) for (let k = 0; k < change.oldBlobs.length; k++) old.push((await blobs.next()).value?.data ?? null);
      const next = await blobs.next();
      if (next.done) return;
      if (next.value.data) yield* text ? addedFragments(change, next.value.data, old, options) : stringFragments(change, next.value.data, options);
    }
  } finally {
    await blobs.return(void 0);
  }
}
function atCommit(change) {
  return change.commit ? ` (commit ${change.commit.sha.slice(0, 12)})` : "";
}
function* stringFragments(change, data, options) {
  const { disabled } = options.paths.check(change.path);
  for (const run of printableRuns(data)) {
    const f = { text: run.text, path: change.path, startLine: 1, startColumn: run.offset + 1, origin: options.origin };
    if (change.commit) f.commit = change.commit;
    if (disabled) f.disabledRules = disabled;
    yield f;
  }
}
function* addedFragments(change, data, old, options) {
  const decoded = decodeText(data);
  if (decoded.binary) return;
  const { disabled } = options.paths.check(change.path);
  const before = /* @__PURE__ */ new Set();
  for (const o of old) {
    if (!o) continue;
    const d = decodeText(o);
    if (!d.binary) for (const line of d.text.split("\n")) before.add(stripCr(line));
  }
  let lines = [];
  let lineNumbers = [];
  let chars = 0;
  const flush = () => {
    const f = fragmentFromAdded({ commit: change.commit, path: change.path, lines, lineNumbers }, options.origin, disabled);
    lines = [];
    lineNumbers = [];
    chars = 0;
    return f;
  };
  const all = decoded.text.split("\n");
  for (let k = 0; k < all.length; k++) {
    const line = stripCr(all[k]);
    if (line === "" || before.has(line)) continue;
    lines.push(line);
    lineNumbers.push(k + 1);
    chars += line.length + 1;
    if (chars >= FLUSH_CHARS) yield flush();
  }
  if (lines.length) yield flush();
}
function stripCr(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

// src/sources/staged.ts
var STAGED_DIFF_ARGS = ["diff", "--cached", `-U${CONTEXT_LINES}`, "-M", ...PATCH_ARGS, "--ignore-submodules"];
var StagedSource = class {
  /** `started`: the diff, when startStagedDiff() began it earlier; `maxSize`: files git prints as binary larger than this are not read (bytes) */
  constructor(cwd, paths, started, maxSize = 10 * 1024 * 1024) {
    this.cwd = cwd;
    this.paths = paths;
    this.started = started;
    this.maxSize = maxSize;
  }
  cwd;
  paths;
  started;
  maxSize;
  stats = newStats();
  errors = [];
  notes = [];
  async *fragments(signal) {
    const chunks = this.started ?? streamGit(STAGED_DIFF_ARGS, { cwd: this.cwd, ...signal ? { signal } : {} });
    const binaries = [];
    const fragments = patchFragments(chunks, {
      origin: "staged",
      paths: this.paths,
      source: this,
      countFiles: true,
      onBinary: (path, commit, blob, oldBlobs) => {
        if (blob && !this.paths.check(path).skip) binaries.push({ path, commit, blob, oldBlobs });
        return true;
      }
    });
    for await (const f of fragments) {
      yield f;
      if (f.text.includes("oid sha256:")) yield* await this.lfsObject(f);
    }
    this.stats.files += binaries.length;
    yield* binaryChangeFragments(binaries, { cwd: this.cwd, maxSize: this.maxSize, strings: false, paths: this.paths, origin: "staged", source: this, signal });
  }
  /**
   * A staged Git LFS pointer: `git add` has just put its object in the local LFS store, so
   * the object is scanned instead (sources/lfs.ts); a note when it is not there.
   */
  async lfsObject(f) {
    const { LfsObjects, lfsFragments } = await import("./lfs-SWR6KA2R.js");
    this.lfs ??= await LfsObjects.open(this.cwd);
    return lfsFragments([f], this.lfs, 64 * 1024 * 1024, (path, message, unscanned) => addNote(this, path, message, unscanned));
  }
  lfs;
};
function startStagedDiff(cwd) {
  return prefetch(streamGit(STAGED_DIFF_ARGS, { cwd }));
}

// src/aws/enrich.ts
async function enrichAws(findings, options) {
  const out = addAnatomy(findings, options.accounts);
  if (!options.verify || !out.some((f) => f.aws)) return out;
  const { verifyFindings } = await import("./verify-FZTOB57T.js");
  return verifyFindings(out, options.verify);
}

export {
  LeakguardError,
  errorMessage,
  DEFAULT_ARGS,
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  KEY_ID_RE,
  KEY_TYPES,
  isAwsKeyFinding,
  partOf,
  addAnatomy,
  describeAccount,
  enrichAws,
  nodeCrypto,
  redactionPolicy,
  redactPart,
  SEVERITIES,
  severityRank,
  formatBytes,
  UNSAFE_CHARS,
  escapeChar,
  printable,
  safeJson,
  detach,
  describeVerification,
  secretHash,
  fingerprintOf,
  toFinding,
  compareFindings,
  fingerprintsOf,
  summary,
  FORMAT_NAMES,
  builtinFormatter,
  VERSION2 as VERSION,
  GIT_CONFIG_ARGS,
  PATCH_ARGS,
  LOG_PIN_ARGS,
  gitEnv,
  PACK_WINDOW_ARGS,
  streamGit,
  gitOutput,
  gitError,
  prefetch,
  parseRedaction,
  parseDecodeDepth,
  parseExitCode,
  DEFAULT_FAIL_ON,
  parseFailOn,
  parseReports,
  checkGitDate,
  noJavaScript,
  readGitSecrets,
  scanFragment,
  MODULE_NAME,
  SEARCH_PLACES,
  DEFAULT_MAX_FILE_SIZE,
  loadConfig,
  loadBuiltinSpecs,
  buildConfig,
  findRepoRoot,
  parseSize,
  newStats,
  PathFilter,
  fragmentFromAdded,
  MAX_NOTES,
  addNote,
  LineSplitter,
  decodeText,
  contentIncludes,
  FLUSH_CHARS,
  CONTEXT_LINES,
  LOG_FORMAT,
  patchBatches,
  readBlobs,
  CatFile,
  binaryChangeFragments,
  STAGED_DIFF_ARGS,
  StagedSource,
  startStagedDiff,
  scanRun,
  gitSecretsExtra,
  verifyOptionsOf,
  resolveCwd,
  binPath,
  runScanCommand,
  exitCodeOf
};
