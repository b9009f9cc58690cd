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
import { gitOutput } from '../git/spawn.js';
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
  const git = async (args: string[]) => (await gitOutput(args, { cwd })).toString('utf8');
  let root: string;
  try {
    root = (await git(['rev-parse', '--show-toplevel'])).trim();
  } catch {
    throw new LeakguardError(`not a git repository (or a bare one, which has no commits to hook): ${cwd}`);
  }
  const hooksPath = (await git(['config', '--get', 'core.hooksPath']).catch(() => '')).trim();
  const husky = join(root, '.husky');
  const usesHusky = existsSync(husky) || /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath);
  if (usesHusky) return { root, hooksDir: null, huskyDir: husky };
  if (hooksPath) {
    const expanded = hooksPath.startsWith('~/') ? join(process.env.HOME ?? '', hooksPath.slice(2)) : hooksPath;
    return { root, hooksDir: isAbsolute(expanded) ? expanded : resolve(root, expanded), huskyDir: null };
  }
  const gitPath = (await git(['rev-parse', '--git-path', 'hooks'])).trim();
  return { root, hooksDir: resolve(cwd, gitPath), huskyDir: null };
}

/** Whether cwd is inside a git work tree (not a bare repository, not outside any repository). */
export async function inWorkTree(cwd: string): Promise<boolean> {
  const out = await gitOutput(['rev-parse', '--is-inside-work-tree'], { cwd }).catch(() => Buffer.alloc(0));
  return out.toString('utf8').trim() === 'true';
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** What a hook says when no leakguard can be found (a fresh clone before `npm install`, node_modules removed): one line, and the commit or push is blocked. */
function missingLine(hook: HookName): string {
  const again = hook === 'pre-push' ? 'push' : 'commit';
  return `echo 'leakguard: not installed here (no node_modules/.bin/leakguard, none on PATH): run \`npm install\`, then ${again} again' >&2`;
}

/** The runner: the project's own leakguard, else one on PATH, else the one that installed the hook, else one line saying what to run. */
function runner(hook: HookName, binPath: string): string {
  return [
    'run_leakguard() {',
    '  if [ -x ./node_modules/.bin/leakguard ]; then ./node_modules/.bin/leakguard "$@"',
    '  elif command -v leakguard >/dev/null 2>&1; then leakguard "$@"',
    `  elif [ -f ${shellQuote(binPath)} ] && command -v node >/dev/null 2>&1; then node ${shellQuote(binPath)} "$@"`,
    `  else ${missingLine(hook)}; return 1; fi`,
    '}',
  ].join('\n');
}

export function hookScript(hook: HookName, binPath: string, chained: boolean): string {
  const lines = ['#!/bin/sh', `${MARKER}: ${hook} (written by \`leakguard install\`; \`leakguard uninstall\` removes it)`, runner(hook, binPath)];
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

/**
 * The lines added to a husky hook file. They go first (after a shebang or husky's own
 * set-up line), before husky's default `npm test`: a failing test suite must not skip the
 * secret check. husky puts node_modules/.bin on PATH, older set-ups may not.
 */
export function huskyLines(hook: HookName): string {
  return [
    MARKER,
    `lg=./node_modules/.bin/leakguard; [ -x "$lg" ] || lg=leakguard; command -v "$lg" >/dev/null 2>&1 || { ${missingLine(hook)}; exit 1; }`,
    `"$lg" ${HOOK_ARGS[hook]} || exit $?`,
    '',
  ].join('\n');
}

/** Where leakguard's lines go in an existing husky file: after a shebang and husky v8's `. "$(dirname ...)/_/husky.sh"` line. */
function huskyInsert(current: string, block: string): string {
  const lines = current.split('\n');
  let at = 0;
  while (at < lines.length && (lines[at]!.startsWith('#!') || /^\.\s.*husky\.sh/.test(lines[at]!))) at++;
  const head = lines.slice(0, at).join('\n');
  const tail = lines.slice(at).join('\n');
  return (head ? head + '\n' : '') + block + tail + (tail && !tail.endsWith('\n') ? '\n' : '');
}

/** current without leakguard's block for this hook (this version's lines, or an earlier version's two) */
function withoutHuskyLines(current: string, hook: HookName): string {
  const lines = current.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === MARKER) {
      // the block ends at the line that runs leakguard with this hook's arguments
      const end = lines.slice(i + 1, i + 4).findIndex((l) => l.includes(` ${HOOK_ARGS[hook]}`));
      if (end >= 0) {
        i += end + 1;
        continue;
      }
    }
    out.push(lines[i]!);
  }
  return out.join('\n');
}


export async function install(options: HookOptions): Promise<string[]> {
  const place = await locate(options.cwd);
  const done: string[] = [];
  for (const hook of options.hooks) {
    if (place.huskyDir) {
      const file = join(place.huskyDir, hook);
      const current = existsSync(file) ? await readFile(file, 'utf8') : '';
      // already there: nothing to say (`"prepare": "leakguard install"` runs at every npm install)
      if (current.includes(MARKER)) continue;
      await mkdir(place.huskyDir, { recursive: true });
      await writeFile(file, huskyInsert(current, huskyLines(hook)));
      await chmod(file, 0o755);
      done.push(`${hook}: ${current ? 'added to' : 'created'} ${rel(place.root, file)} (husky)`);
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
    const script = hookScript(hook, options.binPath, chained);
    if (existsSync(file) && (await readFile(file, 'utf8')) === script) continue; // already installed: quiet
    await mkdir(dir, { recursive: true });
    await writeFile(file, script);
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
      const rest = withoutHuskyLines(current, hook);
      if (rest === current) continue;
      if (rest.trim() === '') {
        // the file held only leakguard's lines: install created it
        await rm(file);
        done.push(`${hook}: removed ${rel(place.root, file)} (husky)`);
      } else {
        await writeFile(file, rest);
        done.push(`${hook}: removed from ${rel(place.root, file)} (husky)`);
      }
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
