/**
 * Reading git-secrets' configuration: `secrets.patterns`, `secrets.allowed` and
 * `secrets.providers` from git config (repository, global and system, as git resolves
 * them: one `git config` call) and the `.gitallowed` file at the repository root.
 *
 * This runs on every scan, the pre-commit hook's included, so the `git config` process
 * (several milliseconds) is skipped when it cannot find anything: on Linux, when every
 * file git would read is known and none mentions `secrets` or an `include`. Anything
 * unusual (another platform, GIT_CONFIG_* variables, GIT_DIR, an unreadable file) means
 * git is asked.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface GitSecrets {
  patterns: string[];
  allowed: string[];
  providers: string[];
  /** patterns from .gitallowed */
  gitallowed: string[];
}

/** git-secrets' configuration as git sees it from `cwd`, or null when there is none. */
export async function readGitSecrets(cwd: string, root: string | null, env: NodeJS.ProcessEnv = process.env): Promise<GitSecrets | null> {
  const gs: GitSecrets = { patterns: [], allowed: [], providers: [], gitallowed: [] };
  if (mayHaveGitSecrets(root, env)) {
    const { execFile } = await import('node:child_process');
    const out = await new Promise<string>((done) => {
      execFile('git', ['config', '-z', '--get-regexp', '^secrets\\.(patterns|allowed|providers)$'], { cwd, env, encoding: 'utf8' }, (err, stdout) => done(err ? '' : stdout));
    });
    for (const item of out.split('\0')) {
      const nl = item.indexOf('\n');
      if (nl < 0) continue;
      const key = item.slice(0, nl).toLowerCase();
      const list = key === 'secrets.patterns' ? gs.patterns : key === 'secrets.allowed' ? gs.allowed : key === 'secrets.providers' ? gs.providers : null;
      list?.push(item.slice(nl + 1));
    }
  }
  const file = root ? join(root, '.gitallowed') : null;
  if (file && existsSync(file)) {
    // git-secrets: `awk 'NF && $1!~/^#/'`: non-blank lines whose first word does not start with #
    gs.gitallowed = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim() && !l.trim().startsWith('#'));
  }
  const any = gs.patterns.length + gs.allowed.length + gs.providers.length + gs.gitallowed.length;
  return any ? gs : null;
}

/** False only when no git config file can hold `secrets.*` (see the module comment). */
export function mayHaveGitSecrets(root: string | null, env: NodeJS.ProcessEnv = process.env): boolean {
  if (process.platform !== 'linux') return true;
  if (env.GIT_CONFIG_PARAMETERS || env.GIT_CONFIG_COUNT || env.GIT_CONFIG || env.GIT_DIR) return true;
  const files: string[] = [];
  if (!env.GIT_CONFIG_NOSYSTEM) files.push(...(env.GIT_CONFIG_SYSTEM ? [env.GIT_CONFIG_SYSTEM] : ['/etc/gitconfig', '/usr/local/etc/gitconfig']));
  const home = env.HOME ?? '';
  if (env.GIT_CONFIG_GLOBAL) files.push(env.GIT_CONFIG_GLOBAL);
  else files.push(join(home, '.gitconfig'), join(env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'config'));
  if (root) {
    const local = localConfigFiles(root);
    if (!local) return true;
    files.push(...local);
  }
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
      return true;
    }
    if (/secrets|include/i.test(text)) return true;
  }
  return false;
}

/** The repository's own config files (a worktree's `.git` is a file naming its git dir), or null when unsure. */
function localConfigFiles(root: string): string[] | null {
  const dotgit = join(root, '.git');
  try {
    if (statSync(dotgit).isDirectory()) return [join(dotgit, 'config'), join(dotgit, 'config.worktree')];
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotgit, 'utf8'));
    if (!m) return null;
    const gitdir = resolve(root, m[1]!);
    const commondir = join(gitdir, 'commondir');
    const common = existsSync(commondir) ? resolve(gitdir, readFileSync(commondir, 'utf8').trim()) : gitdir;
    return [join(common, 'config'), join(gitdir, 'config.worktree'), join(gitdir, 'config')];
  } catch {
    return null;
  }
}
