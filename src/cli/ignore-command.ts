/**
 * `leakguard ignore <fingerprint...> [--path GLOB] [--reason TEXT]`: appends entries to the
 * repository's `.leakguardignore` (creating it with a header that explains the format).
 * The file is checked first, so a malformed line is reported rather than built upon, and
 * an entry already there is not added twice.
 */
import { existsSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findRepoRoot } from '../config/load.js';
import { LeakguardError } from '../errors.js';
import { FINGERPRINT_RE, IGNORE_FILE, IGNORE_FILE_HEADER, checkGlob, formatIgnoreEntry, ignoreFileSalt, parseIgnoreFile, saltLine } from '../findings/ignore-file.js';
import { newSalt, saltedFingerprint } from '../findings/salted.js';
import type { Io } from './io.js';
import { resolveCwd } from './scan-command.js';

export interface IgnoreArgs {
  fingerprints: string[];
  path?: string;
  reason?: string;
  C?: string;
}

export async function ignoreCommand(a: IgnoreArgs, io: Io): Promise<number> {
  const cwd = resolveCwd(a.C, io);
  const file = join(findRepoRoot(cwd) ?? cwd, IGNORE_FILE);
  for (const fp of a.fingerprints) {
    if (!FINGERPRINT_RE.test(fp)) throw new LeakguardError(`ignore: "${fp}" is not a fingerprint (rule-id:16 hex digits, as reports show it)`);
  }
  const path = a.path === undefined ? undefined : checkGlob(a.path, '--path');
  const reason = a.reason?.trim();
  if (reason !== undefined && /[\r\n]/.test(reason)) throw new LeakguardError('--reason: must be one line');
  const existing = existsSync(file) ? await readFile(file, 'utf8') : '';
  const entries = parseIgnoreFile(existing, IGNORE_FILE);
  // the file is committed: entries are written salted and slowly hashed (findings/salted.ts)
  const known = ignoreFileSalt(existing, IGNORE_FILE);
  const salt = known ?? newSalt();
  const added: string[] = [];
  for (const fingerprint of new Set(a.fingerprints)) {
    const salted = await saltedFingerprint(fingerprint, salt);
    if (entries.some((e) => (e.fingerprint === fingerprint || e.fingerprint === salted) && e.path === path)) {
      io.stderr(`leakguard: ${IGNORE_FILE}: ${fingerprint}${path ? ` (path ${path})` : ''} is already there\n`);
      continue;
    }
    added.push(formatIgnoreEntry({ fingerprint: salted, path, reason }));
  }
  if (added.length === 0) return 0;
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  const prefix = existing === '' ? `${IGNORE_FILE_HEADER}${saltLine(salt)}\n` : known ? separator : `${separator}${saltLine(salt)}\n`;
  await appendFile(file, prefix + added.join('\n') + '\n');
  io.stderr(`leakguard: ${IGNORE_FILE}: added ${added.length} entr${added.length === 1 ? 'y' : 'ies'}:\n${added.map((l) => `  ${l}\n`).join('')}`);
  return 0;
}
