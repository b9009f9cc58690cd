import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

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

export {
  formatBytes,
  UNSAFE_CHARS,
  escapeChar,
  printable,
  safeJson,
  detach
};
