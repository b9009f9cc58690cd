/**
 * The `git filter-repo --replace-text` file for a leaked key. filter-repo replaces the
 * literal text of each line, so the file must hold the secret exactly as committed: a
 * redacted value in it would silently leave the real secret in the history. The runbook
 * never prints the secret, so leakguard writes the file itself, from the secret read from
 * the repository: in a fresh private folder (mode 0700), the file mode 0600, and the runbook
 * says to delete both once filter-repo has run.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReplacementParts {
  keyId: string;
  secret?: string | undefined;
  sessionToken?: string | undefined;
}

/** The lines of the file: `literal==>replacement`, one per part found. */
export function replacementLines(parts: ReplacementParts, show: (s: string) => string = (s) => s): string {
  const lines = [`${parts.keyId}==>REMOVED-AWS-ACCESS-KEY-ID`];
  if (parts.secret) lines.push(`${show(parts.secret)}==>REMOVED-AWS-SECRET-ACCESS-KEY`);
  if (parts.sessionToken) lines.push(`${show(parts.sessionToken)}==>REMOVED-AWS-SESSION-TOKEN`);
  return lines.join('\n');
}

/** Writes the file (whole values) and returns its absolute path. `dir`: where the private folder goes (default: the system's temp folder). */
export function writeReplacementFile(parts: ReplacementParts, dir: string = tmpdir()): string {
  const folder = mkdtempSync(join(dir, 'leakguard-replacements-'));
  chmodSync(folder, 0o700);
  const file = join(folder, 'replacements.txt');
  writeFileSync(file, replacementLines(parts) + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return file;
}

/** A path as one shell word (single-quoted unless it needs no quoting). */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_./+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
