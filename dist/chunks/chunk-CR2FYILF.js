import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

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

export {
  SNIFF_BYTES,
  decodeText,
  contentIncludes
};
