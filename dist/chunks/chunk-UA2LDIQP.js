import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  detach
} from "./chunk-XS4D3LTJ.js";
import {
  nodeCrypto
} from "./chunk-Y6BKULSA.js";

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

export {
  secretHash,
  fingerprintOf,
  toFinding,
  compareFindings,
  fingerprintsOf
};
