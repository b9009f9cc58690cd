/**
 * What a value assigned to a secret-ish name must look like before the generic rules
 * report it. The generic rules are the noisiest part of any scanner (identifiers, UUIDs,
 * lockfile hashes, version strings, code expressions, "changeme"); these checks encode
 * why such values are not secrets, so that the reason shows in `leakguard rules test`.
 */
import { shannonEntropy } from './entropy.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGEST_PREFIX = /^(?:sha(?:1|224|256|384|512)|md5)[-:~]/i;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
const WORDS = /^[A-Za-z]+(?:[._-][A-Za-z]+)*$/;
/** one segment of a dotted code path: lowerCamel, PascalCase, snake_case or CONSTANT words (no random capitals) */
const IDENTIFIER_WORDS = /^(?:[a-z_$][a-z0-9_$]*(?:[A-Z][a-z0-9_$]+)*|[A-Z][a-z0-9_$]+(?:[A-Z][a-z0-9_$]+)*|[A-Z][A-Z0-9_]*)$/;
const PATH = /^(?:~|\.{1,2})?\/[\w.-]+(?:\/[\w.-]*)*$/;
/**
 * A file path, not base64 that happens to hold slashes: a value of 24 or more characters
 * of the base64 alphabet only (no '.', '-' or '_'), as random as a key (4.2 bits a
 * character or more without its slashes; `/var/lib/postgresql/data/pgdata` has 3.6), is no
 * path.
 */
function isPath(v: string): boolean {
  return PATH.test(v) && !(v.length >= 24 && /^[A-Za-z0-9+/=]+$/.test(v) && shannonEntropy(v.replace(/\//g, '')) >= 4.2);
}
// SOPS ENC[...], Jasypt ENC(...), Ansible Vault, HashiCorp Vault transit ciphertext
const ENCRYPTED = /^(?:ENC[[(]|\$ANSIBLE_VAULT;|vault:v\d+:)/;
const ENCRYPTED_REASON = 'encrypted (SOPS, Jasypt, Ansible Vault or Vault transit): safe to commit';
const PROSE = /^[A-Za-z][A-Za-z,.!?']*(?: [A-Za-z,.!?':]+){2,}$/;
const HASHED_PASSWORD = /^\$(?:2[abxy]?|argon2(?:id|i|d)|[1256]|pbkdf2[-\w]*|scrypt)\$/;

/** A word of an identifier: lowercase, Capitalized or ALLCAPS letters, or camelCase joins of them. */
const WORD_PART = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]{2,})(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z]))*$/;

/**
 * Words joined by `_`, `.` or `-`, numbers as parts of their own (`CancelToken_1`,
 * `api_v2_key`): how code names things. A random token has capitals and digits inside its parts.
 */
function isWordIdentifier(v: string): boolean {
  const parts = v.replace(/^[_$]+/, '').split(/[._-]+/);
  if (parts.length < 2) return false;
  let letters = 0;
  for (const part of parts) {
    if (/^\d{1,4}$/.test(part)) continue;
    if (!WORD_PART.test(part) && !/^[a-z]{1,8}\d{1,2}$/.test(part)) return false;
    letters += part.replace(/\d/g, '').length;
  }
  return letters >= 4;
}

/**
 * A reference to code rather than a value: a `~`-prefixed dotted name (Sphinx's
 * `:data:`~flask.current_app``), or a name qualified with `\` or `::` (PHP's
 * `Illuminate\Support\Facades\Password`, `Auth\PasswordController`, `Foo::class`).
 */
function codeReferenceProblem(v: string): string | null {
  if (/^~\.?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?$/.test(v)) return 'a ~-prefixed reference to code (a documentation cross-reference)';
  const parts = v.replace(/^\\/, '').split(/\\|::/);
  if (parts.length >= 2 && parts.every((p) => /^[A-Za-z_]/.test(p) && IDENTIFIER_WORDS.test(p.replace(/^\$/, '')))) {
    return 'a qualified name (namespace, class or member path), not a value';
  }
  return null;
}

/**
 * Rule names of a form-validation library (Laravel's `required|string|min:8|confirmed`):
 * what a password field is checked against, not the password.
 */
const VALIDATION_RULES = new Set([
  'accepted', 'alpha', 'alpha_dash', 'alpha_num', 'array', 'ascii', 'bail', 'between', 'boolean', 'confirmed',
  'current_password', 'different', 'digits', 'digits_between', 'email', 'exclude', 'exclude_if', 'exclude_unless',
  'exclude_with', 'exclude_without', 'filled', 'gt', 'gte', 'in', 'lowercase', 'lt', 'lte', 'max', 'min', 'missing',
  'not_in', 'not_regex', 'nullable', 'present', 'prohibited', 'prohibited_if', 'prohibited_unless', 'regex', 'required',
  'required_if', 'required_unless', 'required_with', 'required_with_all', 'required_without', 'required_without_all',
  'same', 'size', 'sometimes', 'string', 'uncompromised', 'uppercase', 'mixed_case', 'letters', 'numbers', 'symbols',
]);

function isValidationRuleList(v: string): boolean {
  const parts = v.split('|');
  let known = 0;
  for (const part of parts) {
    const m = /^([A-Za-z_]{2,30})(?::[^|\s]{0,100})?$/.exec(part);
    if (!m) return false;
    if (VALIDATION_RULES.has(m[1]!.toLowerCase())) known++;
  }
  return parts.length === 1 ? known === 1 : known >= 1;
}

/** The text a base64 value decodes to, when it is printable ASCII; else null. */
function base64Text(value: string): string | null {
  if (!/^[A-Za-z0-9+/]{8,}={0,2}$/.test(value) || value.length % 4 !== 0) return null;
  const text = Buffer.from(value, 'base64').toString('latin1');
  return /^[\x20-\x7e]+$/.test(text) ? text : null;
}

/** Why a high-entropy value assigned to a secret-ish name is not a secret, or null. */
export function genericSecretProblem(value: string): string | null {
  if (UUID.test(value)) return 'a UUID (an identifier)';
  if (DIGEST_PREFIX.test(value)) return 'an integrity hash or digest (sha512-..., sha256:...)';
  if (value.startsWith('h1:')) return 'a go.sum module hash';
  if (/^data:/i.test(value)) return 'a data URI';
  if (ENCRYPTED.test(value)) return ENCRYPTED_REASON;
  if (value.includes('://')) return 'a URL (URL rules check credentials in URLs)';
  if (VERSION.test(value)) return 'a version string';
  if (isPath(value)) return 'a file path';
  const reference = codeReferenceProblem(value);
  if (reference) return reference;
  if (WORDS.test(value)) return 'words or an identifier, not random characters';
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return 'an identifier (an environment variable name)';
  if (/^(?:[a-z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+[0-9]*)+$/.test(value)) return 'an identifier (camelCase or PascalCase words)';
  if (value.includes('.') && value.split('.').every((seg) => IDENTIFIER_WORDS.test(seg))) return 'a code expression (a.b.c attribute access)';
  if (isWordIdentifier(value)) return 'an identifier (words with a number: CancelToken_1, api_v2_key)';
  if (/^_*[a-z][a-z0-9]*(?:[._-]+[a-z0-9]+)+$/.test(value)) return 'an identifier (lowercase words joined by - _ or .)';
  if (/==[^=]/.test(value)) return "'==' inside: a delimiter, not base64 or a token";
  const decoded = base64Text(value);
  if (decoded !== null) {
    if (/^[A-Za-z]+(?:[ ._-][A-Za-z]+)*$/.test(decoded)) return `base64 of plain words ("${decoded}")`;
    const colon = decoded.indexOf(':');
    const problem = colon > 0 ? passwordProblem(decoded.slice(colon + 1), { quoted: true, url: true }) : null;
    if (problem) return `base64 of user:password whose password is not one: ${problem}`;
  }
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)/.test(value)) return 'a date';
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return 'no mix of letters and digits (random tokens have both)';
  return null;
}

/** Values people put in a password's place that are not passwords (compared lowercase). */
const NOT_PASSWORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'passphrase', 'secret', 'changeme', 'change_me', 'changeit',
  'admin', 'root', 'test', 'testing', 'tests', 'example', 'sample', 'demo', 'guest', 'user', 'username',
  'null', 'none', 'nil', 'undefined', 'true', 'false', 'empty', 'blank', 'required', 'optional',
  'string', 'str', 'text', 'value', 'default', 'dummy', 'fake', 'foo', 'bar', 'foobar', 'mypassword',
  'yourpassword', 'your_password', 'your-password', 'secretpassword', 'password123', 'hidden', 'masked',
  'redacted', 'unknown', 'notset', 'not_set', 'tbd', 'todo', 'fixme', 'xxx', 'env', 'environ', 'getenv',
  'self', 'this', 'args', 'kwargs', 'params', 'options', 'config', 'settings', 'data', 'input', 'prompt',
  'passed', 'failed', 'fail', 'skipped', 'success', 'enabled', 'disabled',
  // model casts (Laravel's 'password' => 'hashed'): how the value is stored, not the value
  'hashed', 'encrypted',
]);

export interface PasswordContext {
  /** the value was a string literal (quoted, or XML element text) rather than a bare token */
  quoted: boolean;
  /** the value is the password half of a user:password pair (a URL, HTTP basic auth): no label there */
  url?: boolean;
  /** the name follows a declaration keyword (`var`, `let`, `const`, ...): the line is code */
  declared?: boolean;
}

/** Latin letters without their accents (`pässwörd` -> `password`); other scripts unchanged. */
function stripAccents(s: string): string {
  return /[\u00c0-\u024f]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
}

/** Leetspeak undone: `p4ssw0rd` -> `password`, `secr3t` -> `secret`. */
function unleet(s: string): string {
  return s.replace(/[4@]/g, 'a').replace(/3/g, 'e').replace(/0/g, 'o').replace(/[1!]/g, 'i').replace(/[5$]/g, 's').replace(/7/g, 't');
}

/** Why a value assigned to a password-like name is not a password, or null. */
export function passwordProblem(value: string, ctx: PasswordContext): string | null {
  // a bare value ends where code punctuation starts (`if password == other:`); accents go
  // (`pässwörd` is a stand-in like `password`)
  const v = stripAccents(ctx.quoted ? value.trim() : value.trim().replace(/[:)\]};,]+$/, ''));
  if (v.length < 4) return 'too short to be a password (under 4 characters)';
  const lower = v.toLowerCase();
  if (NOT_PASSWORDS.has(lower) || NOT_PASSWORDS.has(lower.replace(/^(?:my|the|db|your)[_-]?/, ''))) return `a stand-in value ("${v}"), not a password`;
  if (HASHED_PASSWORD.test(v)) return 'a password hash (bcrypt/argon2/crypt), not the password';
  if (/^[\p{P}\p{S}\s]+$/u.test(v)) return 'punctuation only (a test of special characters), not a password';
  const reference = codeReferenceProblem(v);
  if (reference) return reference;
  if (isValidationRuleList(v)) return 'validation rules (required|min:8|confirmed), not a password';
  if (/^0x[0-9a-f]+$/i.test(v)) return 'a number (hex literal)';
  if (/\*{3,}/.test(v)) return 'masked (asterisks)';
  if (ENCRYPTED.test(v)) return ENCRYPTED_REASON;
  if (/^[:@?][A-Za-z_]\w*$/.test(v) || v === '?') return 'a query bind parameter';
  if (/^%[sd]$|^\{\d*\}$|^\{[A-Za-z_]\w*\}$/.test(v)) return 'a format-string slot';
  if (!ctx.url && /^[A-Za-z]+(?: [A-Za-z]+){1,2}$/.test(v)) return 'two or three words: a label, not a password';
  if (PROSE.test(v) && /\b(?:enter|your|the|please|must|should|field|password|characters|confirm|new|old|current|invalid|incorrect|required|is|are|be|to|of|for|and|with|here)\b/i.test(v)) {
    return 'prose (a label or a sentence), not a password';
  }
  if (!ctx.url && isPath(v)) return 'a file path';
  if (!ctx.url && /^[a-z]+(?:\/[a-z]+)+$/.test(v)) return 'words joined by / (a label), not a password';
  if (/^[~^>=<v]*\d+(?:\.(?:\d+|\*|x)){1,3}(?:[-+][\w.]+)?$/.test(v)) return 'a version number or constraint';
  if (ctx.quoted && /^\s*\+|\+\s*$/.test(value)) return "the code between two strings ('...' + x + '...'), not a literal";
  if (/^(?:[a-z]+|[A-Z][a-z]+)(?:[A-Z][a-z]+)+$/.test(v)) return 'an identifier (camelCase words), not a password';
  if (!ctx.quoted) {
    if (ctx.declared) return 'a variable declared in code and given an unquoted value: an expression, not a literal';
    if (/^[!~-]?[A-Za-z_$][\w$]*(?:(?:\??\.|->|::)[A-Za-z_$][\w$]*)+/.test(v)) return 'a code expression (attribute access), not a literal';
    if (/^[A-Za-z_$][\w$.]*\s*[([]/.test(v)) return 'a code expression (call or index), not a literal';
    if (/^[A-Za-z_]+$/.test(v)) return 'a bare word: an identifier, not a literal (quote it to be sure)';
    if (/^[a-z]+(?:_[a-z0-9]+)+$/.test(v)) return 'an identifier (snake_case), not a literal';
    if (/^[a-z]+(?:-[a-z]+)+$/.test(v)) return 'lowercase words joined by - (a name or a label), not a literal';
    if (/^[A-Z][A-Za-z]+-[A-Z][A-Za-z]+$/.test(v)) return 'a command (PowerShell Verb-Noun), not a literal';
    if (/^[!^~]+(?:[a-z_$/(\[].*)?$/.test(v)) return 'a code expression (a negated name or regex), not a literal';
    if (/[()]/.test(v)) return 'a code expression (parentheses), not a literal';
  }
  if (NOT_PASSWORDS.has(unleet(lower).replace(/^(?:my|the|db|your)[_-]?/, ''))) return `a stand-in value in leetspeak ("${v}"), not a password`;
  // an e-mail address has a domain (a dot and a top-level name), user@host two lowercase
  // names; `p@ssW0rd-x7` is neither: a password that holds an @
  if (!ctx.url && (/^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/.test(v) || /^[a-z_][a-z0-9_.+-]+@[a-z][a-z0-9-]*$/.test(v))) {
    return 'an e-mail address or user@host, not a password';
  }
  // documentation and test fixtures name the thing: home-pass, askpass-password, pass1, super_secret
  if (/pass(?:w(?:or)?d)?(?:[\d@_-]|$)|(?:^|[\W_])(?:pass|secret|example|sample|dummy|fake|placeholder)/i.test(v)) return `a value that names itself ("${v}"): a fixture or an example`;
  if (/^<?\$|^\.\$|\$\{|\$\(|->\{/.test(v)) return 'a variable reference ($name, ${...}, $(...)), not a literal';
  return null;
}

// Keyboard rows and the alphabet, for runs people type ("asdf", "qwer", "1234", "cba").
const TYPED_RUNS = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEXT_TYPED = new Set(TYPED_RUNS.flatMap((row) => [...row].slice(1).flatMap((c, i) => [row[i]! + c, c + row[i]!])));

/** Share of characters in runs of 3 or more neighbours on a keyboard row or in the alphabet. */
function typedRunCoverage(s: string): number {
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && NEXT_TYPED.has(s[i - 1]! + s[i]!)) run++;
    else {
      if (run >= 3) covered += run;
      run = 1;
    }
  }
  return s.length ? covered / s.length : 0;
}

/**
 * Letter pairs common in English words, `^` and `$` marking a word's ends, grouped by first
 * character ("a$bc" stands for a$, ab, ac): the pairs seen at least 3 times in 100,000 in
 * the prose of a thousand READMEs. About 60% of all pairs; a random string of 8 letters
 * rarely has 75% of its pairs among them.
 */
const ENGLISH_PAIRS = new Set(
  '^abcdefghijklmnopqrstuvwxyz a$bcdfghijklmnprstuvwxyz b$abceijlmorstuy c$abcdehijklmorstuy d$abcdefgiklmnoprstuvwy e$abcdefghijlmnopqrstuvwxyz f$acdefilorstuy g$abeghilmnoprstuvy h$aeilmoprstuy i$abcdefgjklmnoprstuvxz j$aeiorsuv k$aefginorsux l$abcdefiklmnoprstuvwy m$abegijlmnopsuy n$acdefgijklmnopstuvy o$abcdefgijklmnoprstuvwxyz p$adehiklmnoprstuy qu r$abcdefghiklmnoprstuvwy s$acdefhiklmnopqrstuvwy t$acdefghilmoprstuwxy u$abcdefgiklmnoprstx v$aegiou w$aeghilnorsw x$aceipt y$abceilmnoprstw z$aeikz'.split(' ').flatMap((g) => [...g.slice(1)].map((c) => g[0] + c)),
);

/** A word a person could say: it has vowels, no long cluster of consonants, and English letter pairs. */
function pronounceable(word: string): boolean {
  const w = word.toLowerCase();
  const vowels = w.replace(/[^aeiouy]/g, '').length;
  if (vowels === 0 || vowels / w.length < 0.2 || /[^aeiouy]{5}/.test(w)) return false;
  const ends = `^${w}$`;
  let common = 0;
  for (let i = 1; i < ends.length; i++) if (ENGLISH_PAIRS.has(ends.slice(i - 1, i + 1))) common++;
  return common >= 0.75 * (ends.length - 1);
}

/**
 * Made of words: leetspeak undone (`s00pers3cret`, `rapunz3l`), a trailing number or symbol
 * dropped (`hunter42`, `Summer2019!`), split into words at case changes and non-letters
 * (`open sesame`), at least 70% of the letters in pronounceable words of 3 or more
 * letters. Digits left inside (2, 6, 8, 9 have no letter look-alike) mean generated.
 */
function madeOfWords(value: string): boolean {
  const core = unleet(stripAccents(value).replace(/[\d!?.*#%&_+-]{1,6}$/, ''));
  if (/\d/.test(core)) return false;
  // capitals start words (or make all of it): runs of capitals among small letters are random case
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

/**
 * Why a password or generic value looks chosen by a person rather than generated, or null:
 * short, few distinct characters, keyboard or alphabet runs, or words. In a test, an example
 * or documentation, such a value is a fixture far more often than a leak (see context.ts).
 */
export function humanChosenReason(value: string): string | null {
  const v = value.trim();
  if ([...v].length <= 6) return 'short';
  if (shannonEntropy(v) < 2.3) return 'low entropy';
  if (typedRunCoverage(v.toLowerCase()) >= 0.6) return 'keyboard or alphabet runs';
  if (madeOfWords(v)) return 'dictionary words';
  return null;
}
