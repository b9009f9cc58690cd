/**
 * Redaction: no report shows a whole secret unless asked (`--no-redact`), yet a responder
 * must be able to tell findings apart and act on them.
 *
 * - Identifiers are shown whole: a rule marked `identifier: true` (an AWS access key ID,
 *   an Alibaba AccessKey ID) finds the name of a credential, not what authenticates; IAM,
 *   CloudTrail and the first response step all need it. `--redact-ids` (config
 *   `redactIds: true`) hides them too, like secrets.
 * - Secrets (everything that authenticates) are hidden. By default a secret of 16
 *   characters or more keeps its known prefix (the issuer's literal prefix, read from the
 *   rule's regex: see known-prefix.ts) and its last 4 characters, `ghp_…a1B2`, so two
 *   tokens of one provider read differently; a shorter secret (a password) shows only its
 *   length class, `[8-15 chars]`. `--redact=N` hides N percent of every secret instead
 *   (the first characters kept), as it always did.
 *
 * The regex match, which contains the secret, is redacted the same way, and so are related
 * parts (a key ID's finding keeps the ID whole while the secret key beside it, on the same
 * line or not, is hidden). A commit's subject can hold a secret too (a finding in a commit
 * message): redactResult hides every secret of the result wherever a commit message shows it.
 */
import type { Finding, ScanResult } from '../types.js';
import { literalPrefixes } from './known-prefix.js';

/** null: show secrets whole; undefined: the default (known prefix and last 4); a number: percent hidden */
export type Redaction = number | null | undefined;

/** What redaction knows about the rules: which find identifiers, and each rule's known prefixes. */
export interface RedactionPolicy {
  /** rule ids whose findings are identifiers (shown whole unless `redactIds`) */
  readonly identifiers: ReadonlySet<string>;
  /** rule id -> literal prefixes of its secrets, longest first */
  readonly prefixes: ReadonlyMap<string, readonly string[]>;
  /** --redact-ids: identifiers are hidden like secrets */
  readonly redactIds: boolean;
}

/** A rule as the policy reads it (a compiled Rule has these). */
export interface PolicyRule {
  readonly id: string;
  readonly secretGroup: number | string;
  readonly spec: { readonly regex: string; readonly identifier?: boolean | undefined };
}

export const NO_POLICY: RedactionPolicy = { identifiers: new Set(), prefixes: new Map(), redactIds: false };

export function redactionPolicy(rules: readonly PolicyRule[], redactIds = false): RedactionPolicy {
  const identifiers = new Set<string>();
  const prefixes = new Map<string, readonly string[]>();
  for (const r of rules) {
    if (r.spec.identifier) identifiers.add(r.id);
    let group: number | string = 0;
    try {
      group = r.secretGroup;
    } catch {
      continue; // a bad secret group was reported when the rule was compiled
    }
    const p = literalPrefixes(r.spec.regex, group);
    if (p.length) prefixes.set(r.id, p);
  }
  return { identifiers, prefixes, redactIds };
}

const MAX_STARS = 16;
/** secrets shorter than this show only their length class */
const SHORT = 16;
/** characters of the end shown by default */
const TAIL = 4;
/** at least this many characters stay hidden by default */
const MIN_HIDDEN = 8;

/** `secret` as a report shows it. `prefixes`: the rule's known prefixes (see known-prefix.ts). */
export function redact(secret: string, redaction: Redaction, prefixes: readonly string[] = []): string {
  if (redaction === null) return secret;
  const chars = [...secret];
  const len = chars.length;
  if (redaction !== undefined) {
    const shown = Math.floor((len * (100 - redaction)) / 100);
    return chars.slice(0, shown).join('') + '*'.repeat(Math.max(1, Math.min(MAX_STARS, len - shown)));
  }
  if (len < SHORT) return lengthClass(len);
  const prefix = prefixes.find((p) => secret.startsWith(p) && [...p].length + MIN_HIDDEN <= len);
  const head = prefix ? [...prefix].length : 0;
  const rest = len - head;
  // the end is shown only while most of what follows the prefix stays hidden
  const tail = rest - TAIL >= Math.max(MIN_HIDDEN, rest / 2) ? TAIL : 0;
  return `${chars.slice(0, head).join('')}…${chars.slice(len - tail).join('')}`;
}

function lengthClass(len: number): string {
  return len < 8 ? '[1-7 chars]' : '[8-15 chars]';
}

/** Whether a part of this rule is shown whole under the policy. */
function shownWhole(ruleId: string, policy: RedactionPolicy): boolean {
  return !policy.redactIds && policy.identifiers.has(ruleId);
}

/** One secret of a rule as reports show it (an identifier whole unless --redact-ids). */
export function redactPart(secret: string, ruleId: string, redaction: Redaction, policy: RedactionPolicy): string {
  return shownWhole(ruleId, policy) ? secret : redact(secret, redaction, policy.prefixes.get(ruleId));
}

export function redactFinding(f: Finding, redaction: Redaction, policy: RedactionPolicy = NO_POLICY): Finding {
  if (redaction === null) return f;
  const secret = redactPart(f.secret, f.ruleId, redaction, policy);
  const related = f.related?.map((r) => ({ ...r, secret: redactPart(r.secret, r.ruleId, redaction, policy) }));
  // every hidden part of the finding is hidden in the match too, longest first (a secret
  // that contains another is replaced whole); an identifier next to it stays readable
  const parts: Array<[string, string]> = [[f.secret, secret], ...(f.related ?? []).map((r, i): [string, string] => [r.secret, related![i]!.secret])];
  const match = parts
    .filter(([raw, shown]) => raw !== shown)
    .sort((a, b) => b[0].length - a[0].length)
    .reduce((m, [raw, shown]) => m.split(raw).join(shown), f.match);
  return { ...f, secret, match, ...(related ? { related } : {}) };
}

/** Every secret of a result redacted, in findings, suppressed findings and commit messages. */
export function redactResult(result: ScanResult, redaction: Redaction, policy: RedactionPolicy = NO_POLICY): ScanResult {
  if (redaction === null) return result;
  const all = [...result.findings, ...(result.suppressed ?? [])];
  const secrets = new Map<string, string>();
  for (const f of all) {
    for (const [s, id] of [[f.secret, f.ruleId], ...(f.related ?? []).map((r) => [r.secret, r.ruleId])] as Array<[string, string]>) {
      if (!shownWhole(id, policy)) secrets.set(s, redactPart(s, id, redaction, policy));
    }
  }
  // longest first, so that a secret containing another is replaced whole
  const ordered = [...secrets].sort((a, b) => b[0].length - a[0].length);
  const message = (text: string) => ordered.reduce((t, [s, r]) => (t.includes(s) ? t.split(s).join(r) : t), text);
  const one = <T extends Finding>(f: T): T => {
    const r = { ...f, ...redactFinding(f, redaction, policy) };
    if (f.commit && ordered.some(([s]) => f.commit!.message.includes(s))) r.commit = { ...f.commit, message: message(f.commit.message) };
    return r;
  };
  return { ...result, findings: result.findings.map(one), ...(result.suppressed ? { suppressed: result.suppressed.map(one) } : {}) };
}
