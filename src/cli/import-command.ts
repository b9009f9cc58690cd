/**
 * `leakguard import git-secrets`: writes git-secrets' patterns (as rules) and allowed
 * patterns (as allow regexes) into the leakguard config file: the one `--config` names,
 * else the one leakguard would find, else a new `.leakguardrc.yaml` at the repository root.
 * Rule ids are the ones leakguard gives the same patterns when it reads git config
 * directly, so running both never reports a finding twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { translateGitSecrets } from '../config/git-secrets.js';
import { readGitSecrets } from '../config/git-secrets-read.js';
import { findRepoRoot, MODULE_NAME, SEARCH_PLACES } from '../config/load.js';
import { addToConfig } from '../config/write-config.js';
import { regexSafetyProblem } from '../engine/regex-safety.js';
import { LeakguardError } from '../errors.js';
import type { Io } from './io.js';
import { resolveCwd } from './scan-command.js';

export interface ImportArgs {
  from: 'git-secrets';
  config?: string;
  C?: string;
}

export async function importCommand(a: ImportArgs, io: Io): Promise<number> {
  const cwd = resolveCwd(a.C, io);
  const root = findRepoRoot(cwd) ?? cwd;
  const gs = await readGitSecrets(cwd, root);
  if (!gs) {
    io.stderr('leakguard: import git-secrets: nothing to import (no secrets.patterns, secrets.allowed or secrets.providers in git config, no .gitallowed)\n');
    return 0;
  }
  const { rules, allowed, notes } = translateGitSecrets(gs, (src) => regexSafetyProblem(src));
  const path = a.config !== undefined ? resolve(cwd, a.config) : (existingConfig(cwd, root) ?? join(root, '.leakguardrc.yaml'));
  const label = relative(cwd, path) || path;
  if (a.config !== undefined && !existsSync(dirname(path))) throw new LeakguardError(`--config: ${a.config}: no such directory`);
  const added = await addToConfig(path, label, { rules, allowRegexes: allowed });
  const r = added.rules.length;
  const x = added.allowRegexes.length;
  io.stderr(`leakguard: import git-secrets: ${r || x ? `added ${r} rule${r === 1 ? '' : 's'} and ${x} allowed pattern${x === 1 ? '' : 's'} to ${label}` : `${label} already has everything`}\n`);
  for (const rule of added.rules) io.stderr(`  ${rule.id}  ${rule.description}\n`);
  for (const n of notes) io.stderr(`leakguard: note: ${n}\n`);
  if (r || x) io.stderr('leakguard: git-secrets\' own configuration can now go (git config --unset-all secrets.patterns; secrets.allowed; .gitallowed): until then it is read too, under the same rule ids.\n');
  return 0;
}

/** The config file leakguard would use (the nearest of SEARCH_PLACES up to the repository root). */
function existingConfig(cwd: string, root: string): string | null {
  for (let d = resolve(cwd); ; d = dirname(d)) {
    for (const place of SEARCH_PLACES) {
      const p = join(d, place);
      if (!existsSync(p)) continue;
      if (place !== 'package.json' || readFileSync(p, 'utf8').includes(`"${MODULE_NAME}"`)) return p;
    }
    if (d === root || dirname(d) === d) return null;
  }
}
