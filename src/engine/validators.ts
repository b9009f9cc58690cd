/**
 * Named validators a rule can require (`validate: <name>`): structural checks a regex
 * cannot express, such as a checksum or a mix of character classes. Each returns null
 * when the candidate passes, or the reason it was dropped (shown by `leakguard rules test`).
 * A validator sees the secret and, for context, the whole regex match and its line(s).
 */
import { bech32Problem, crc32Base62Problem, fineGrainedPatProblem } from './checksums.js';
import { genericSecretProblem, passwordProblem } from './value-shapes.js';

export interface ValidatorContext {
  /** the whole regex match (contains the secret) */
  match: string;
  /** the full line(s) holding the secret */
  line: string;
  /** the lines around the secret (a few on either side), for checks that need the surrounding code */
  around?: string;
}

export type Validator = (secret: string, context: ValidatorContext) => string | null;

/** An AWS secret access key is 40 random base64 characters: it has upper and lower case and is not hex. */
function awsSecretShape(secret: string): string | null {
  if (!/[A-Z]/.test(secret) || !/[a-z]/.test(secret)) return 'not mixed case (random base64 has both)';
  if (/^[0-9a-fA-F]+$/.test(secret)) return 'hexadecimal (a digest, not a key)';
  if (!/[0-9/+]/.test(secret) && secret.length >= 40) {
    // 40 random base64 characters without any digit, '/' or '+' happen 1 time in ~1,300.
    // Words glued together (CamelCaseIdentifiersLikeThisOne) are the usual reason.
    if (/^(?:[A-Z][a-z]+)+$/.test(secret)) return 'looks like an identifier (CamelCase words)';
  }
  return null;
}

function base64UrlJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A JWT (possibly after a prefix, as in `ghs_<app>_<jwt>`): the header and payload decode to
 * JSON objects, the header names a signing algorithm, and it is signed.
 */
function jwtShape(secret: string): string | null {
  const parts = secret.slice(Math.max(0, secret.indexOf('eyJ'))).split('.');
  if (parts.length !== 3) return 'not three dot-separated parts';
  const header = base64UrlJson(parts[0]!);
  if (!header) return 'the header is not base64url-encoded JSON';
  if (typeof header.alg !== 'string') return 'the header has no "alg"';
  if (header.alg.toLowerCase() === 'none' || !parts[2]) return 'unsigned (alg "none"): it proves nothing';
  if (!base64UrlJson(parts[1]!)) return 'the payload is not base64url-encoded JSON';
  return null;
}

/** base64 of `user:password` (HTTP basic auth, docker config `auth`): printable, with a colon and a non-empty password. */
function basicAuthBase64(secret: string): string | null {
  let decoded: string;
  try {
    decoded = Buffer.from(secret, 'base64').toString('utf8');
  } catch {
    return 'not base64';
  }
  if (!/^[\x20-\x7e]+$/.test(decoded)) return 'does not decode to printable text';
  const colon = decoded.indexOf(':');
  if (colon < 1) return 'does not decode to user:password';
  return passwordProblem(decoded.slice(colon + 1), { quoted: true, url: true });
}

/** The match follows a declaration keyword (`var pass = ...`): the line is code. */
function isDeclared(match: string, line: string): boolean {
  const at = line.indexOf(match);
  return at > 0 && /\b(?:var|let|const|val|auto|my|local|dim)\s+$/i.test(line.slice(Math.max(0, at - 12), at));
}

export const VALIDATORS: Readonly<Record<string, Validator>> = {
  'aws-secret-shape': awsSecretShape,
  'github-token-checksum': (s) => crc32Base62Problem(s),
  'npm-token-checksum': (s) => crc32Base62Problem(s),
  'github-fine-grained-checksum': (s) => fineGrainedPatProblem(s),
  'bech32-checksum': (s) => bech32Problem(s),
  jwt: jwtShape,
  'basic-auth-base64': basicAuthBase64,
  'generic-secret': (s, ctx) => genericSecretProblem(s) ?? publicByDesign(s, ctx),
  password: (s, ctx) => passwordProblem(s, { quoted: isQuoted(s, ctx.match), declared: isDeclared(ctx.match, ctx.line) }),
  'url-password': (s) => passwordProblem(decodeURIComponentSafe(s), { quoted: true, url: true }),
};

/**
 * Keys meant to be published: an Algolia search-only key configured for DocSearch or a
 * documentation site's search (`apiKey` next to `indexName`, Docusaurus' `algolia: {...}`,
 * `docsearch({...})`) is in every page the site serves. Admin keys have a rule of their own.
 */
function publicByDesign(secret: string, ctx: ValidatorContext): string | null {
  if (!/^[0-9a-f]{32}$/.test(secret) || !/\b(?:search_?)?api_?key\b["']?\s*[:=]/i.test(ctx.match)) return null;
  const around = ctx.around ?? ctx.line;
  if (/\bdocsearch\b|\bindex_?name\b/i.test(around)) return 'an Algolia search-only key for a site search (DocSearch): public by design';
  return null;
}

/** Whether the secret sits between quotes in the match. */
function isQuoted(secret: string, match: string): boolean {
  const at = match.lastIndexOf(secret);
  const before = at > 0 ? match[at - 1] : undefined;
  return before === '"' || before === "'" || before === '`' || before === '>';
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
