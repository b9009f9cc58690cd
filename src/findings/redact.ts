/**
 * Redaction: no report shows a whole secret unless asked (`--no-redact`). By default a
 * secret keeps its first 4 characters (fewer for short secrets, at most a quarter) and the
 * rest becomes `*`; `--redact=N` hides N percent of it instead. The regex match, which
 * contains the secret, is redacted the same way, and so are related parts.
 */
import type { Finding } from '../types.js';

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
