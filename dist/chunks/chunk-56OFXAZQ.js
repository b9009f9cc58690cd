import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/findings/salted.ts
import { randomBytes, scrypt } from "node:crypto";
var SALT_RE = /^[0-9a-f]{32}$/;
var COST = { N: 1024, r: 8, p: 1, maxmem: 32 * 1024 * 1024 };
function newSalt() {
  return randomBytes(16).toString("hex");
}
function saltedFingerprint(fingerprint, salt) {
  const cut = fingerprint.lastIndexOf(":");
  const rule = fingerprint.slice(0, cut);
  const hash = fingerprint.slice(cut + 1);
  return new Promise(
    (resolve, reject) => scrypt(hash, Buffer.from(salt, "hex"), 8, COST, (err, key) => err ? reject(err) : resolve(`${rule}:${key.toString("hex")}`))
  );
}
function ruleOf(fingerprint) {
  return fingerprint.slice(0, fingerprint.indexOf(":"));
}
async function saltedForms(fingerprints, salt, rules) {
  const wanted = [...new Set(fingerprints)].filter((fp) => rules.has(ruleOf(fp)));
  const forms = await Promise.all(wanted.map((fp) => saltedFingerprint(fp, salt)));
  return new Map(wanted.map((fp, i) => [fp, forms[i]]));
}

export {
  SALT_RE,
  newSalt,
  saltedFingerprint,
  ruleOf,
  saltedForms
};
