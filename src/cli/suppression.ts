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

export type Loaded = Pick<SuppressOptions, 'ignore' | 'baseline'>;

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
  }
  if (baselineFile !== undefined) {
    const { parseBaseline } = await import('../findings/baseline.js');
    const path = resolve(cwd, baselineFile);
    if (!existsSync(path)) throw new LeakguardError(`--baseline: ${baselineFile}: no such file (create it with \`leakguard baseline\`)`);
    loaded.baseline = { label: baselineFile, fingerprints: parseBaseline(await read(path, `--baseline: ${baselineFile}`), baselineFile) };
  }
  return loaded;
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
