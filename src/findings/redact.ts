/**
 * Redaction: no report shows a whole secret unless asked (`--no-redact`). By default a
 * secret keeps its first 4 characters (fewer for short secrets, at most a quarter) and the
 * rest becomes `*`; `--redact=N` hides N percent of it instead. The regex match, which
 * contains the secret, is redacted the same way, and so are related parts. A commit's
 * subject can hold a secret too (a finding in a commit message): redactResult hides every
 * secret of the result wherever a commit message shows it.
 */
import type { Finding, ScanResult } from '../types.js';

/** null: show secrets whole; undefined: the default (first 4 characters); a number: percent hidden */
export type Redaction = number | null | undefined;

const MAX_STARS = 16;

export function redact(secret: string, redaction: Redaction): string {
  if (redaction === null) return secret;
  const len = [...secret].length;
  const shown = redaction === undefined ? Math.min(4, Math.floor(len / 4)) : Math.floor((len * (100 - redaction)) / 100);
  const chars = [...secret];
  return chars.slice(0, shown).join('') + '*'.repeat(Math.max(1, Math.min(MAX_STARS, len - shown)));
}

export function redactFinding(f: Finding, redaction: Redaction): Finding {
  if (redaction === null) return f;
  const secret = redact(f.secret, redaction);
  let match = f.match.split(f.secret).join(secret);
  const related = f.related?.map((r) => {
    const rs = redact(r.secret, redaction);
    match = match.split(r.secret).join(rs);
    return { ...r, secret: rs };
  });
  return { ...f, secret, match, ...(related ? { related } : {}) };
}

/** Every secret of a result redacted, in findings, suppressed findings and commit messages. */
export function redactResult(result: ScanResult, redaction: Redaction): ScanResult {
  if (redaction === null) return result;
  const all = [...result.findings, ...(result.suppressed ?? [])];
  const secrets = new Map<string, string>();
  for (const f of all) for (const s of [f.secret, ...(f.related ?? []).map((r) => r.secret)]) secrets.set(s, redact(s, redaction));
  // longest first, so that a secret containing another is replaced whole
  const ordered = [...secrets].sort((a, b) => b[0].length - a[0].length);
  const message = (text: string) => ordered.reduce((t, [s, r]) => (t.includes(s) ? t.split(s).join(r) : t), text);
  const one = <T extends Finding>(f: T): T => {
    const r = { ...f, ...redactFinding(f, redaction) };
    if (f.commit && ordered.some(([s]) => f.commit!.message.includes(s))) r.commit = { ...f.commit, message: message(f.commit.message) };
    return r;
  };
  return { ...result, findings: result.findings.map(one), ...(result.suppressed ? { suppressed: result.suppressed.map(one) } : {}) };
}
