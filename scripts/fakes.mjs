// Fake credentials in real formats (valid prefixes, lengths, alphabets and checksums) from
// random values: for rule examples and the labelled corpus. None of these is, or was, a
// real credential. Used by scripts/gen-corpus.mjs; run directly to print one of each:
//   node scripts/fakes.mjs
// Checksums come from the scanner's own code (dist/, built by `npm ci`), so that the
// corpus and the validators cannot disagree.
import { randomInt, generateKeyPairSync } from 'node:crypto';
import { withCrc32Base62, withFineGrainedChecksum } from '../dist/index.js';

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A random string that no placeholder check would mistake for filler (no runs, no sequences, no words). */
export function rand(alphabet, n) {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
    if (!looksFake(s)) return s;
  }
}

function looksFake(s) {
  if (/([A-Za-z0-9])\1{3,}/.test(s)) return true;
  if (/example|xxxx|test|fake|dummy|sample|secret|pass|key/i.test(s)) return true;
  const lower = s.toLowerCase();
  for (const seq of ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl']) {
    for (let i = 0; i + 5 <= seq.length; i++) if (lower.includes(seq.slice(i, i + 5))) return true;
  }
  return false;
}

const b64url = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');

export const fake = {
  awsKeyId: (prefix = 'AKIA') => prefix + rand(BASE32, 16),
  awsSecret: () => {
    for (;;) {
      const s = rand(B64, 40);
      if (/[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s)) return s;
    }
  },
  mws: () => `amzn.mws.${uuid()}`,
  bedrockLong: () => 'ABSK' + Buffer.from(`BedrockAPIKey-${rand(LOWER + DIGITS, 4)}-at-${rand(DIGITS, 12)}:`).toString('base64').replace(/=+$/, '') + rand(B64, 60),
  /** GitHub classic / npm: 30 random + CRC32 in base62 */
  crcToken: (prefix) => withCrc32Base62(prefix, rand(ALNUM, 30)),
  /** a token of the same shape whose checksum is wrong */
  badCrcToken: (prefix) => {
    const r = rand(ALNUM, 30);
    const good = withCrc32Base62('', r).slice(30);
    let bad = rand(ALNUM, 6);
    while (bad === good) bad = rand(ALNUM, 6);
    return `${prefix}${r}${bad}`;
  },
  githubFineGrained: () => {
    const head = `github_pat_11${rand(UPPER + DIGITS, 20)}_${rand(ALNUM, 43)}`;
    return withFineGrainedChecksum(head, rand(ALNUM, 8));
  },
  uuid,
  hex: (n) => rand(HEX, n),
  jwt: (claims = {}) => {
    const header = b64url({ alg: 'HS256', typ: 'JWT' });
    const payload = b64url({ sub: rand(DIGITS, 7), name: 'Test User', iat: 1700000000 + randomInt(1e7), ...claims });
    return `${header}.${payload}.${rand(B64URL, 43)}`;
  },
  privateKeyPem: (type = 'rsa') => {
    const opts = type === 'rsa' ? { modulusLength: 1024 } : type === 'ec' ? { namedCurve: 'prime256v1' } : type === 'dsa' ? { modulusLength: 1024, divisorLength: 160 } : {};
    const { privateKey } = generateKeyPairSync(type, { ...opts, privateKeyEncoding: { type: type === 'ed25519' ? 'pkcs8' : type === 'dsa' ? 'pkcs8' : type === 'rsa' ? 'pkcs1' : 'sec1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    return privateKey.trim();
  },
  pkcs8Pem: () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    return privateKey.trim();
  },
  encryptedPkcs8Pem: () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: rand(ALNUM, 12) }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    return privateKey.trim();
  },
  encryptedPkcs1Pem: () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: rand(ALNUM, 12) }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    return privateKey.trim();
  },
  password: () => rand(ALNUM, 5) + '!' + rand(ALNUM, 4) + rand(DIGITS, 2),
};

function uuid() {
  const h = rand(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(fake.crcToken('ghp_'), fake.badCrcToken('ghp_'), fake.crcToken('npm_'), fake.githubFineGrained(), fake.jwt(), fake.mws());
}
