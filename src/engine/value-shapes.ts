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
  if (WORDS.test(value)) return 'words or an identifier, not random characters';
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return 'an identifier (an environment variable name)';
  if (/^(?:[a-z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+[0-9]*)+$/.test(value)) return 'an identifier (camelCase or PascalCase words)';
  if (value.includes('.') && value.split('.').every((seg) => IDENTIFIER_WORDS.test(seg))) return 'a code expression (a.b.c attribute access)';
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
]);

export interface PasswordContext {
  /** the value was a string literal (quoted, or XML element text) rather than a bare token */
  quoted: boolean;
  /** the value is the password half of a user:password pair (a URL, HTTP basic auth): no label there */
  url?: boolean;
  /** the name follows a declaration keyword (`var`, `let`, `const`, ...): the line is code */
  declared?: boolean;
}

/** Leetspeak undone: `p4ssw0rd` -> `password`, `secr3t` -> `secret`. */
function unleet(s: string): string {
  return s.replace(/[4@]/g, 'a').replace(/3/g, 'e').replace(/0/g, 'o').replace(/[1!]/g, 'i').replace(/[5$]/g, 's').replace(/7/g, 't');
}

/** Why a value assigned to a password-like name is not a password, or null. */
export function passwordProblem(value: string, ctx: PasswordContext): string | null {
  // a bare value ends where code punctuation starts (`if password == other:`)
  const v = ctx.quoted ? value.trim() : value.trim().replace(/[:)\]};,]+$/, '');
  if (v.length < 4) return 'too short to be a password (under 4 characters)';
  const lower = v.toLowerCase();
  if (NOT_PASSWORDS.has(lower) || NOT_PASSWORDS.has(lower.replace(/^(?:my|the|db|your)[_-]?/, ''))) return `a stand-in value ("${v}"), not a password`;
  if (HASHED_PASSWORD.test(v)) return 'a password hash (bcrypt/argon2/crypt), not the password';
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
  if (/^[~^>=<v]*\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/.test(v)) return 'a version number';
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
