/**
 * From the engine's candidates to reported Findings: file and commit attached, the
 * secret hashed (so that every finding of one secret can be linked without keeping the
 * secret), and a content-based fingerprint that does not move when lines do.
 */
import { nodeCrypto } from '../node-lazy.js';
import type { Candidate } from '../engine/engine.js';
import type { CommitInfo, Finding, Fragment, RelatedPart } from '../types.js';
import { detach } from '../util.js';

/** 16 hex digits of SHA-256 over the secret. */
export function secretHash(secret: string): string {
  return nodeCrypto().createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 16);
}

export function fingerprintOf(ruleId: string, hash: string): string {
  return `${ruleId}:${hash}`;
}

export function toFinding(c: Candidate, fragment: Fragment): Finding {
  const hash = secretHash(c.secret);
  const f: Finding = {
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
    origin: fragment.origin,
  };
  if (c.context) f.context = c.context;
  if (fragment.commit) f.commit = detachCommit(fragment.commit);
  if (fragment.gitTag !== undefined) f.gitTag = fragment.gitTag;
  if (c.related.length) f.related = c.related.map(toRelated);
  if (c.decoded) f.decoded = [...c.decoded];
  return f;
}

function detachCommit(c: CommitInfo): CommitInfo {
  const copy: CommitInfo = { sha: detach(c.sha), author: detach(c.author), email: detach(c.email), date: detach(c.date), message: detach(c.message) };
  if (c.parents) copy.parents = c.parents.map(detach);
  return copy;
}

function toRelated(c: Candidate): RelatedPart {
  return {
    ruleId: c.rule.id,
    description: c.rule.description,
    secret: detach(c.secret),
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    endColumn: c.endColumn,
    fingerprint: fingerprintOf(c.rule.id, secretHash(c.secret)),
  };
}

/** Scan order for reports: by file, then position; history findings by commit date first. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.commit && b.commit && a.commit.date !== b.commit.date) return a.commit.date < b.commit.date ? -1 : 1;
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * Every fingerprint of a finding: its own, then its paired parts' (a key ID's finding
 * also names the secret key found next to it). An ignore entry or a baseline suppresses
 * a finding only when it covers all of them, so a new secret pasted next to an ignored
 * key ID is still reported.
 */
export function fingerprintsOf(f: Finding): string[] {
  return [f.fingerprint, ...(f.related ?? []).map((r) => r.fingerprint ?? fingerprintOf(r.ruleId, secretHash(r.secret)))];
}
