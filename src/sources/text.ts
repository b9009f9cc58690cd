/**
 * Bytes -> text: the one place where leakguard decides whether content is binary and how
 * to decode it, for every source (files on disk, blobs of the index and of the history).
 * Git's own verdict ("Binary files differ") is never trusted: `.gitattributes` (`binary`,
 * `-diff`, a diff driver with `binary = true`) and `core.bigFileThreshold` make git call
 * any file binary, and a UTF-16 file (PowerShell 5 writes them) is binary to git because
 * of its NUL bytes.
 *
 * - A UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian) decodes as UTF-16,
 *   as does UTF-16 without a mark when every other byte of mostly-ASCII text is NUL.
 * - Otherwise a NUL byte in the first 8000 bytes (git's own test) means binary.
 * - Otherwise the bytes are UTF-8 (invalid sequences become U+FFFD, as before).
 *
 * A UTF-16 decoding that holds NUL characters, lone surrogates or many control characters
 * in its first 4000 characters was a binary file after all.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded = { binary: false; text: string; encoding: TextEncoding } | { binary: true };

/** Bytes looked at to decide (git's own test reads the first 8000 bytes for a NUL). */
export const SNIFF_BYTES = 8000;

/** Decides what `buf` is and decodes it (see the module comment). */
export function decodeText(buf: Buffer): Decoded {
  const encoding = utf16Encoding(buf);
  if (encoding) {
    const text = decodeUtf16(buf, encoding);
    return looksLikeText(text) ? { binary: false, text, encoding } : { binary: true };
  }
  if (buf.subarray(0, SNIFF_BYTES).includes(0)) return { binary: true };
  return { binary: false, text: buf.toString('utf8'), encoding: 'utf-8' };
}

/** Whether `buf` holds `needle` as text: in its bytes, or in its decoded text when it is UTF-16. */
export function contentIncludes(buf: Buffer, needle: string): boolean {
  if (buf.includes(needle)) return true;
  const encoding = utf16Encoding(buf);
  return encoding !== null && decodeUtf16(buf, encoding).includes(needle);
}

/** The UTF-16 byte order of `buf`, by its byte-order mark or by the NUL pattern of ASCII text; null otherwise. */
export function utf16Encoding(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (buf.length >= 2) {
    // FF FE 00 00 is UTF-32 LE's mark: not UTF-16 (and binary, by its NULs)
    if (buf[0] === 0xff && buf[1] === 0xfe && !(buf.length >= 4 && buf[2] === 0 && buf[3] === 0)) return 'utf-16le';
    if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  }
  return markless(buf);
}

/**
 * UTF-16 without a byte-order mark, only when unmistakable: at least 8 characters, all the
 * high bytes of at least 90% of them NUL (ASCII text), and no low byte NUL.
 */
function markless(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, SNIFF_BYTES) & ~1;
  if (n < 16 || !buf.subarray(0, n).includes(0)) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const chars = n / 2;
  if (evenZeros === 0 && oddZeros >= chars * 0.9) return 'utf-16le';
  if (oddZeros === 0 && evenZeros >= chars * 0.9) return 'utf-16be';
  return null;
}

function decodeUtf16(buf: Buffer, encoding: 'utf-16le' | 'utf-16be'): string {
  const bom = (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) ? 2 : 0;
  // an odd last byte is half a character: dropped
  const end = bom + ((buf.length - bom) & ~1);
  if (encoding === 'utf-16le') return buf.toString('utf16le', bom, end);
  const swapped = Buffer.from(buf.subarray(bom, end));
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** No NUL, no lone surrogate, and at most 1% other control characters in the first SNIFF_BYTES / 2 characters. */
function looksLikeText(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES / 2);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      // a lone surrogate at the very end may be a pair cut by the sample
      if (i + 1 < text.length) return false;
    } else if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1b) || c === 0xfffe || c === 0xffff) bad++;
  }
  return bad * 100 <= n;
}
