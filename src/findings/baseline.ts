/**
 * The baseline: findings a team already knows about, recorded once (`leakguard baseline`)
 * so that a scan with `--baseline FILE` reports only new ones. It is made to live in git:
 *
 * - content-based: an entry is a fingerprint (rule id and secret hash), so a baselined
 *   secret stays baselined when its line moves, its file is renamed or history is rebased;
 *   a new secret, even on the same line, has another hash and is reported;
 * - nothing that churns: no line numbers, no timestamps, no secrets (not even redacted);
 * - merge-friendly: JSON Lines, a header then one entry per line sorted by fingerprint,
 *   so two branches that baseline different findings touch different lines (and
 *   `merge=union` in .gitattributes merges even neighbouring additions).
 *
 *   {"leakguard":"baseline","version":1}
 *   {"fingerprint":"aws-access-key-id:0a1b2c3d4e5f6789","files":["config/app.ini"]}
 *
 * `files` (where the secret was found when recorded, relative to the repository root)
 * is for the humans reviewing the file; matching uses the fingerprint alone.
 *
 * Version 2, what `leakguard baseline` writes: the header holds a random salt and each
 * fingerprint is salted and slowly hashed (salted.ts; same shape), since the file is public
 * wherever the repository is. Version 1 files (plain fingerprints) are read.
 *
 *   {"leakguard":"baseline","version":2,"salt":"<32 hex>"}
 *   {"fingerprint":"aws-access-key-id:5e4d3c2b1a098f7e","files":["config/app.ini"]}
 */
import { LeakguardError } from '../errors.js';
import type { Finding } from '../types.js';
import { fingerprintsOf } from './finding.js';
import { FINGERPRINT_RE } from './ignore-file.js';
import { SALT_RE } from './salted.js';

export const BASELINE_FILE = '.leakguard-baseline.jsonl';
export const BASELINE_VERSION = 2;
const HEADER = { leakguard: 'baseline', version: 1 };

/** The fingerprints a baseline file holds; `label` prefixes errors (`file:line: what is wrong`). */
export function parseBaseline(text: string, label: string): Set<string> {
  const lines = text.split(/\r?\n/);
  const header = parseLine(lines[0] ?? '', `${label}:1`) as { leakguard?: unknown; version?: unknown };
  if (header.leakguard !== 'baseline' || typeof header.version !== 'number') {
    throw new LeakguardError(`${label}:1: not a leakguard baseline (the first line must be ${JSON.stringify(HEADER)})`);
  }
  if (header.version > BASELINE_VERSION) {
    throw new LeakguardError(`${label}:1: baseline version ${header.version} is newer than this leakguard understands (${BASELINE_VERSION}): upgrade leakguard`);
  }
  if (header.version >= 2 && (typeof (header as { salt?: unknown }).salt !== 'string' || !SALT_RE.test((header as { salt: string }).salt))) {
    throw new LeakguardError(`${label}:1: "salt" must be 32 hex digits`);
  }
  const fingerprints = new Set<string>();
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${label}:${i + 2}`;
    const entry = parseLine(line, where) as { fingerprint?: unknown; files?: unknown };
    if (typeof entry.fingerprint !== 'string' || !FINGERPRINT_RE.test(entry.fingerprint)) {
      throw new LeakguardError(`${where}: "fingerprint" must be rule-id:16 hex digits`);
    }
    if (entry.files !== undefined && !(Array.isArray(entry.files) && entry.files.every((f) => typeof f === 'string'))) {
      throw new LeakguardError(`${where}: "files" must be a list of paths`);
    }
    fingerprints.add(entry.fingerprint);
  });
  return fingerprints;
}

/** The salt in a baseline's header (version 2), if any; an unreadable header gives undefined (parseBaseline reports it). */
export function baselineSalt(text: string): string | undefined {
  try {
    const header = JSON.parse(text.slice(0, text.indexOf('\n') >>> 0)) as { salt?: unknown };
    return typeof header.salt === 'string' && SALT_RE.test(header.salt) ? header.salt : undefined;
  } catch {
    return undefined;
  }
}

function parseLine(line: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new LeakguardError(`${where}: not JSON: ${(err as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new LeakguardError(`${where}: must be a JSON object`);
  return value as Record<string, unknown>;
}

/**
 * The baseline file for these (unredacted) findings: every fingerprint of every finding
 * (paired parts too), with the files it was found in. `repoPath` gives a finding's path
 * relative to the repository root (null for a commit message). With `salted` (what the
 * CLI writes), a version 2 file: the salt in the header, each fingerprint's salted form.
 */
export function formatBaseline(
  findings: readonly Finding[],
  repoPath: (f: Finding) => string | null,
  salted?: { salt: string; forms: ReadonlyMap<string, string> },
): string {
  const files = new Map<string, Set<string>>();
  for (const f of findings) {
    const path = repoPath(f);
    for (const fp of fingerprintsOf(f)) {
      let set = files.get(fp);
      if (!set) files.set(fp, (set = new Set()));
      if (path !== null) set.add(path);
      for (const other of f.history?.files ?? []) if (f.file !== null) set.add(other);
    }
  }
  const header = salted ? { leakguard: 'baseline', version: BASELINE_VERSION, salt: salted.salt } : HEADER;
  const entries = [...files].map(([fp, set]) => ({ fingerprint: salted ? salted.forms.get(fp)! : fp, files: [...set].sort() }));
  const lines = [JSON.stringify(header)];
  for (const e of entries.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))) lines.push(JSON.stringify(e));
  return lines.join('\n') + '\n';
}
