/**
 * Helpers for the installation tests: a git repository holding this worktree's files as a
 * user would clone them (what is tracked or would be, dist/ included, nothing ignored), and
 * an npm environment that never touches the user's cache or the network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir, testEnv } from './helpers.js';

/** A committed copy of this worktree (its state now, dist/ as the global setup built it). */
export function snapshotRepo(): { dir: string; sha: string } {
  const dir = tempDir();
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    // (a file deleted in the worktree but still in the index is left out)
    try {
      cpSync(join(ROOT, f), join(dir, f));
    } catch {
      /* deleted */
    }
  }
  const env = testEnv(tempDir());
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'snapshot');
  return { dir, sha: git('rev-parse', 'HEAD').trim() };
}

/** npm with a fresh cache and home, offline: leakguard must install with nothing fetched. */
export function npmEnv(home = tempDir(), extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  // (under `npm test`, npm's own npm_* variables would point the child npm at this worktree)
  const env = testEnv(home);
  for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k];
  return {
    ...env,
    npm_config_cache: join(home, '.npm'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
    npm_config_userconfig: join(home, '.npmrc'),
    npm_config_prefix: join(home, '.npm-global'),
    ...extra,
  };
}

export function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, input = '') {
  const r = spawnSync(cmd, args, { cwd, env, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
