/**
 * Reading what the suppression stage needs: the repository's `.leakguardignore` (when the
 * file exists) and the `--baseline` file (when the flag is given). Nothing is loaded, not
 * even picomatch, unless one of them is there, which keeps the hooks' start-up short.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { LeakguardError, errorMessage } from '../errors.js';
import type { SuppressOptions } from '../findings/suppress.js';
import type { Finding } from '../types.js';

export type Loaded = Pick<SuppressOptions, 'ignore' | 'baseline'> & {
  /** the salt of each file that has one (salted entries are matched through it) */
  salts?: { ignore?: string | undefined; baseline?: string | undefined };
};

export async function loadSuppressions(root: string, cwd: string, baselineFile: string | undefined): Promise<Loaded | null> {
  const ignorePath = join(root, '.leakguardignore');
  const hasIgnore = existsSync(ignorePath);
  if (!hasIgnore && baselineFile === undefined) return null;
  const loaded: Loaded = {};
  if (hasIgnore) {
    const { parseIgnoreFile } = await import('../findings/ignore-file.js');
    const label = display(cwd, ignorePath);
    const text = await read(ignorePath, label);
    let entries = parseIgnoreFile(text, label);
    if (entries.some((e) => e.path !== undefined)) {
      const { default: picomatch } = await import('picomatch');
      entries = parseIgnoreFile(text, label, (glob) => picomatch(glob, { dot: true }));
    }
    loaded.ignore = { label, entries };
    const { ignoreFileSalt } = await import('../findings/ignore-file.js');
    (loaded.salts ??= {}).ignore = ignoreFileSalt(text, label);
  }
  if (baselineFile !== undefined) {
    const { parseBaseline } = await import('../findings/baseline.js');
    const path = resolve(cwd, baselineFile);
    if (!existsSync(path)) throw new LeakguardError(`--baseline: ${baselineFile}: no such file (create it with \`leakguard baseline\`)`);
    const text = await read(path, `--baseline: ${baselineFile}`);
    loaded.baseline = { label: baselineFile, fingerprints: parseBaseline(text, baselineFile) };
    const { baselineSalt } = await import('../findings/baseline.js');
    (loaded.salts ??= {}).baseline = baselineSalt(text);
  }
  return loaded;
}

/**
 * The salted forms the suppression stage needs for these findings: only for fingerprints
 * whose rule id has an entry in the file (the others cannot match one), once each.
 */
export async function withSaltedForms(loaded: Loaded, findings: readonly Finding[]): Promise<Loaded> {
  const { ruleOf, saltedForms } = await import('../findings/salted.js');
  const { fingerprintsOf } = await import('../findings/finding.js');
  const all = findings.flatMap((f) => fingerprintsOf(f));
  const out: Loaded = { ...loaded };
  const ignoreSalt = loaded.salts?.ignore;
  if (loaded.ignore && ignoreSalt) {
    const rules = new Set(loaded.ignore.entries.map((e) => ruleOf(e.fingerprint)));
    if (rules.size) out.ignore = { ...loaded.ignore, salted: await saltedForms(all, ignoreSalt, rules) };
  }
  const baselineSalt = loaded.salts?.baseline;
  if (loaded.baseline && baselineSalt) {
    const rules = new Set([...loaded.baseline.fingerprints].map(ruleOf));
    if (rules.size) out.baseline = { ...loaded.baseline, salted: await saltedForms(all, baselineSalt, rules) };
  }
  return out;
}

async function read(path: string, label: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new LeakguardError(`${label}: ${errorMessage(err)}`);
  }
}

function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
