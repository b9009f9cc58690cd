/**
 * `leakguard baseline [targets..] [--history] [--output FILE]`: scans (the files, or with
 * --history the git history) and records every finding's fingerprints in a baseline file
 * (findings/baseline.ts), replacing it. Entries of `.leakguardignore` are left out: they
 * are already suppressed. Exit code 0 once written (2 when files could not be read: the
 * baseline may then miss findings).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { findRepoRoot } from '../config/load.js';
import { LeakguardError, errorMessage } from '../errors.js';
import { BASELINE_FILE, formatBaseline } from '../findings/baseline.js';
import type { Io } from './io.js';
import { resolveCwd, type CommonArgs } from './scan-command.js';
import { DEFAULT_ARGS } from './defaults.js';
import { scanRun } from './scan-run.js';

export interface BaselineArgs {
  targets?: string[];
  history?: boolean;
  output?: string;
  config?: string | false;
  verbose?: boolean;
  C?: string;
}

export async function baselineCommand(a: BaselineArgs, io: Io): Promise<number> {
  const cwd = resolveCwd(a.C, io);
  const command = a.history ? 'history' : 'scan';
  const args: CommonArgs = { ...DEFAULT_ARGS, ...a, ...(a.history ? { revs: a.targets ?? [] } : { paths: a.targets ?? [] }) };
  const run = await scanRun(command, args, io, cwd, { explain: false });
  if (!run) return 0;
  const file = a.output ?? relative(cwd, resolve(findRepoRoot(cwd) ?? cwd, BASELINE_FILE));
  // the file is committed: fingerprints are written salted and slowly hashed (findings/salted.ts),
  // under the salt of the baseline being replaced, so that unchanged entries stay unchanged lines
  const { baselineSalt } = await import('../findings/baseline.js');
  const { newSalt, saltedForms } = await import('../findings/salted.js');
  const { fingerprintsOf } = await import('../findings/finding.js');
  const previous = await readFile(resolve(cwd, file), 'utf8').catch(() => '');
  const salt = baselineSalt(previous) ?? newSalt();
  const all = run.result.findings.flatMap((f) => fingerprintsOf(f));
  const forms = await saltedForms(all, salt, new Set(all.map((fp) => fp.slice(0, fp.indexOf(':')))));
  const text = formatBaseline(run.result.findings, run.repoPath, { salt, forms });
  try {
    await writeFile(resolve(cwd, file), text);
  } catch (err) {
    throw new LeakguardError(`--output: ${file}: cannot write: ${errorMessage(err)}`);
  }
  const n = run.result.findings.length;
  const entries = text.split('\n').length - 2;
  io.stderr(`leakguard: baseline: ${n} finding${n === 1 ? '' : 's'} (${entries} fingerprint${entries === 1 ? '' : 's'}) recorded in ${file}\n`);
  for (const e of run.result.errors) io.stderr(`leakguard: error: ${e.file ? `${e.file}: ` : ''}${e.message}\n`);
  return run.result.errors.length ? 2 : 0;
}
