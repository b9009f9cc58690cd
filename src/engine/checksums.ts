/**
 * Checksums that token formats carry, verified offline so that a random string with the
 * right prefix and length (a test fixture, a typo, a made-up example) is not reported.
 *
 * - GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens: the last 6
 *   characters are the CRC32 of the 30 random characters before them, base62-encoded
 *   (alphabet 0-9A-Za-z) and left-padded with '0' (GitHub's token-format post, 2021; npm's
 *   2021 access-token announcement).
 * - GitHub fine-grained PATs (`github_pat_`): not documented by GitHub; observed (and
 *   checked on publicly revoked examples) that the first 8 of the last 16 characters are
 *   the base32 (RFC 4648) SHA-256 of everything before those 16 characters.
 */
import { nodeCrypto, nodeZlib } from '../node-lazy.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

let table: Uint32Array | undefined;

/** CRC-32 (ISO-HDLC, as zlib) of the UTF-8 bytes of `s`: zlib.crc32 when Node has it (20.15+), else crc32Portable. */
export function crc32(s: string): number {
  const native = (nodeZlib() as { crc32?: (data: string | Uint8Array) => number }).crc32;
  return native ? native(s) >>> 0 : crc32Portable(s);
}

/** The same CRC-32 from a 256-entry table (for Node versions without zlib.crc32). */
export function crc32Portable(s: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of Buffer.from(s, 'utf8')) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** `n` in base62 (0-9A-Za-z), left-padded with '0' to `width` characters. */
export function base62(n: number, width = 6): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = BASE62[v % 62]! + s;
  return s.padStart(width, '0');
}

/** RFC 4648 base32 without padding. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/**
 * A `<prefix>_<30 random><6 checksum>` token (GitHub classic, npm): null when the checksum
 * holds, else why not.
 */
export function crc32Base62Problem(token: string): string | null {
  const body = token.slice(token.indexOf('_') + 1);
  if (!/^[A-Za-z0-9]{36}$/.test(body)) return 'not 36 base62 characters after the prefix';
  return base62(crc32(body.slice(0, 30))) === body.slice(30) ? null : 'bad checksum: the last 6 characters are not the CRC32 of the 30 before them';
}

/** A `github_pat_` token: null when the (observed) SHA-256 check holds, else why not. */
export function fineGrainedPatProblem(token: string): string | null {
  if (!/^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(token)) return 'not github_pat_ + 22 + _ + 59 base62 characters';
  const head = token.slice(0, -16);
  const expected = base32(nodeCrypto().createHash('sha256').update(head, 'utf8').digest()).slice(0, 8);
  return expected === token.slice(-16, -8) ? null : 'bad checksum: characters 78-85 are not the SHA-256 (base32) of the 77 before them';
}

/** Appends a valid CRC32/base62 checksum to a prefix and 30 random characters (for tests and the corpus generator). */
export function withCrc32Base62(prefix: string, random30: string): string {
  return `${prefix}${random30}${base62(crc32(random30))}`;
}

/** Completes a fine-grained PAT from its first 77 characters and 8 trailing characters. */
export function withFineGrainedChecksum(head77: string, tail8: string): string {
  return `${head77}${base32(nodeCrypto().createHash('sha256').update(head77, 'utf8').digest()).slice(0, 8)}${tail8}`;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ BECH32_GEN[i]!) >>> 0;
  }
  return chk;
}

function bech32Values(hrp: string, data: string): number[] {
  const out: number[] = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >>> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  for (const c of data) out.push(BECH32.indexOf(c));
  return out;
}

/**
 * A Bech32 string (BIP-173: age keys, among others): the human-readable part, '1', data and
 * a 6-character checksum, in one case. Null when the checksum holds, else why not.
 */
export function bech32Problem(s: string): string | null {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return 'mixed case (Bech32 is all lower or all upper case)';
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf('1');
  const hrp = lower.slice(0, sep);
  const data = lower.slice(sep + 1);
  if (sep < 1 || data.length < 6 || [...data].some((c) => !BECH32.includes(c))) return 'not Bech32 (human-readable part, 1, data)';
  return bech32Polymod(bech32Values(hrp, data)) === 1 ? null : 'bad checksum: the Bech32 checksum does not hold';
}

/** Appends a valid Bech32 checksum to `hrp` + '1' + `data` (data in the Bech32 alphabet, lower case). */
export function withBech32(hrp: string, data: string): string {
  const mod = bech32Polymod([...bech32Values(hrp.toLowerCase(), data), 0, 0, 0, 0, 0, 0]) ^ 1;
  let checksum = '';
  for (let i = 0; i < 6; i++) checksum += BECH32[(mod >>> (5 * (5 - i))) & 31];
  return `${hrp}1${data}${checksum}`;
}
