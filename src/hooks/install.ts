/**
 * `leakguard install` / `uninstall`: git hooks that run leakguard. Hooks go where git looks
 * for them (core.hooksPath when set, else the repository's hooks folder); with husky
 * (a `.husky/` folder) the lines are added to husky's hook files instead. A hook that is
 * not leakguard's is never overwritten silently: install refuses, or with --force keeps it
 * as `<hook>.pre-leakguard` and runs it first (uninstall puts it back).
 */
import { chmod, readFile, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { simpleGit } from 'simple-git';
import { LeakguardError } from '../errors.js';

import { HOOKS, type HookName } from './names.js';

export { HOOKS, type HookName };

/** the leakguard arguments each hook runs (quiet unless something is found; see cli/main.ts) */
export const HOOK_ARGS: Record<HookName, string> = {
  'pre-commit': 'staged --quiet',
  'commit-msg': 'message --quiet "$1"',
  'pre-push': 'history --pre-push --remote="$1" --quiet',
};

export const MARKER = '# leakguard-hook';
const CHAINED_SUFFIX = '.pre-leakguard';

export interface HookOptions {
  cwd: string;
  hooks: readonly HookName[];
  force?: boolean;
  /** absolute path of bin/leakguard.js, the fallback when leakguard is not on PATH */
  binPath: string;
}

interface HookPlace {
  root: string;
  /** folder of plain hook scripts, or null when husky is used */
  hooksDir: string | null;
  huskyDir: string | null;
}

async function locate(cwd: string): Promise<HookPlace> {
  const git = simpleGit({ baseDir: cwd });
  let root: string;
  try {
    root = (await git.revparse(['--show-toplevel'])).trim();
  } catch {
    throw new LeakguardError(`not a git repository (or a bare one, which has no commits to hook): ${cwd}`);
  }
  const hooksPath = (await git.raw(['config', '--get', 'core.hooksPath']).catch(() => '')).trim();
  const husky = join(root, '.husky');
  const usesHusky = existsSync(husky) || /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath);
  if (usesHusky) return { root, hooksDir: null, huskyDir: husky };
  if (hooksPath) {
    const expanded = hooksPath.startsWith('~/') ? join(process.env.HOME ?? '', hooksPath.slice(2)) : hooksPath;
    return { root, hooksDir: isAbsolute(expanded) ? expanded : resolve(root, expanded), huskyDir: null };
  }
  const gitPath = (await git.raw(['rev-parse', '--git-path', 'hooks'])).trim();
  return { root, hooksDir: resolve(cwd, gitPath), huskyDir: null };
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The runner: the project's own leakguard, else one on PATH, else the one that installed the hook. */
function runner(binPath: string): string {
  return [
    'run_leakguard() {',
    '  if [ -x ./node_modules/.bin/leakguard ]; then ./node_modules/.bin/leakguard "$@"',
    '  elif command -v leakguard >/dev/null 2>&1; then leakguard "$@"',
    `  else node ${shellQuote(binPath)} "$@"; fi`,
    '}',
  ].join('\n');
}

export function hookScript(hook: HookName, binPath: string, chained: boolean): string {
  const lines = ['#!/bin/sh', `${MARKER}: ${hook} (written by \`leakguard install\`; \`leakguard uninstall\` removes it)`, runner(binPath)];
  const chainedPath = `"$(dirname "$0")/${hook}${CHAINED_SUFFIX}"`;
  if (hook === 'pre-push') {
    // both hooks read the pushed refs from standard input
    lines.push('input=$(cat)');
    if (chained) lines.push(`printf '%s\\n' "$input" | ${chainedPath} "$@" || exit $?`);
    lines.push(`printf '%s\\n' "$input" | run_leakguard ${HOOK_ARGS[hook]}`);
  } else {
    if (chained) lines.push(`${chainedPath} "$@" || exit $?`);
    lines.push(`run_leakguard ${HOOK_ARGS[hook]}`);
  }
  return lines.join('\n') + '\n';
}

const huskyLines = (hook: HookName) => `${MARKER}\nleakguard ${HOOK_ARGS[hook]}\n`;

export async function install(options: HookOptions): Promise<string[]> {
  const place = await locate(options.cwd);
  const done: string[] = [];
  for (const hook of options.hooks) {
    if (place.huskyDir) {
      const file = join(place.huskyDir, hook);
      const current = existsSync(file) ? await readFile(file, 'utf8') : '';
      if (current.includes(MARKER)) {
        done.push(`${hook}: already in ${rel(place.root, file)} (husky)`);
        continue;
      }
      await mkdir(place.huskyDir, { recursive: true });
      const sep = current && !current.endsWith('\n') ? '\n' : '';
      await writeFile(file, current + sep + huskyLines(hook));
      await chmod(file, 0o755);
      done.push(`${hook}: added to ${rel(place.root, file)} (husky)`);
      continue;
    }
    const dir = place.hooksDir!;
    const file = join(dir, hook);
    let chained = existsSync(file + CHAINED_SUFFIX);
    if (existsSync(file)) {
      const current = await readFile(file, 'utf8');
      if (!current.includes(MARKER)) {
        if (!options.force) {
          throw new LeakguardError(
            `${rel(place.root, file)}: a ${hook} hook that is not leakguard's is already there; ` +
              `re-run with --force to keep it as ${hook}${CHAINED_SUFFIX} and run it before leakguard`,
          );
        }
        if (chained) throw new LeakguardError(`${rel(place.root, file + CHAINED_SUFFIX)}: already exists; move it away first`);
        await rename(file, file + CHAINED_SUFFIX);
        chained = true;
      }
    }
    await mkdir(dir, { recursive: true });
    await writeFile(file, hookScript(hook, options.binPath, chained));
    await chmod(file, 0o755);
    done.push(`${hook}: installed ${rel(place.root, file)}${chained ? ` (runs ${hook}${CHAINED_SUFFIX} first)` : ''}`);
  }
  return done;
}

export async function uninstall(options: Omit<HookOptions, 'force' | 'binPath'>): Promise<string[]> {
  const place = await locate(options.cwd);
  const done: string[] = [];
  for (const hook of options.hooks) {
    if (place.huskyDir) {
      const file = join(place.huskyDir, hook);
      if (!existsSync(file)) continue;
      const current = await readFile(file, 'utf8');
      if (!current.includes(MARKER)) continue;
      await writeFile(file, current.split(huskyLines(hook)).join(''));
      done.push(`${hook}: removed from ${rel(place.root, file)} (husky)`);
      continue;
    }
    const file = join(place.hooksDir!, hook);
    if (!existsSync(file)) continue;
    if (!(await readFile(file, 'utf8')).includes(MARKER)) {
      done.push(`${hook}: ${rel(place.root, file)} is not leakguard's: left alone`);
      continue;
    }
    await rm(file);
    if (existsSync(file + CHAINED_SUFFIX)) {
      await rename(file + CHAINED_SUFFIX, file);
      done.push(`${hook}: removed; restored the previous hook`);
    } else done.push(`${hook}: removed ${rel(place.root, file)}`);
  }
  return done;
}

function rel(root: string, file: string): string {
  const r = relative(root, file);
  return r.startsWith('..') ? file : r;
}
