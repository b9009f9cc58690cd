/**
 * The organisation audit's cache folder: one bare mirror per repository (cloned once,
 * fetched on later runs) and, beside it, what the last audit of it found and which tips it
 * had scanned. That record is what makes a re-run incremental: only commits not reachable
 * from the scanned tips are audited again, and an unchanged repository costs one fetch.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../errors.js';
import { cacheKey, type RepoEntry } from './repos.js';
import type { OrgFinding } from './report.js';

export interface RepoState {
  version: 1;
  repo: string;
  /** rules, config and leakguard version the findings were made with (see audit.ts rulesKey) */
  rulesKey: string;
  /** every ref tip of the mirror when it was audited */
  tips: string[];
  /** commits audited so far, over all runs */
  commits: number;
  findings: OrgFinding[];
  /** when the last audit of this repository ended (ISO-8601) */
  auditedAt: string;
}

/** Git for the audit: never prompts for credentials (a repository that needs them fails as an error entry). */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', GCM_INTERACTIVE: 'never', GIT_NO_REPLACE_OBJECTS: '1' };
}

/** Runs git; resolves stdout, rejects with git's last stderr line. */
export function git(args: string[], cwd?: string, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'], signal });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => reject(e));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else {
        const lines = Buffer.concat(err).toString('utf8').trim().split('\n');
        reject(new Error(lines.filter((l) => /fatal|error/i.test(l)).pop() ?? lines.pop() ?? `git ${args[0]} exited ${code}`));
      }
    });
  });
}

export class Cache {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  mirrorOf(entry: RepoEntry): string {
    return join(this.dir, `${cacheKey(entry)}.git`);
  }

  /** Clones the mirror, or fetches it (pruning deleted refs); returns its ref tips, sorted. */
  async update(entry: RepoEntry, signal?: AbortSignal): Promise<string[]> {
    const mirror = this.mirrorOf(entry);
    if (!existsSync(join(mirror, 'HEAD'))) {
      const tmp = `${mirror}.tmp-${process.pid}`;
      // `--` so that a URL from the list can never be read as an option
      await git(['-c', 'protocol.file.allow=always', 'clone', '--mirror', '--quiet', '--', entry.url, tmp], undefined, signal);
      try {
        renameSync(tmp, mirror);
      } catch (err) {
        // another worker sharing this cache cloned it meanwhile: keep theirs
        rmSync(tmp, { recursive: true, force: true });
        if (!existsSync(join(mirror, 'HEAD'))) throw err;
      }
    } else {
      await git(['-c', 'protocol.file.allow=always', 'fetch', '--prune', '--quiet', '--', entry.url, '+refs/*:refs/*'], mirror, signal);
    }
    return tipsOf(mirror);
  }

  stateFile(entry: RepoEntry): string {
    return join(this.dir, `${cacheKey(entry)}.json`);
  }

  readState(entry: RepoEntry): RepoState | null {
    try {
      const s = JSON.parse(readFileSync(this.stateFile(entry), 'utf8')) as RepoState;
      return s.version === 1 && Array.isArray(s.tips) && Array.isArray(s.findings) ? s : null;
    } catch {
      return null;
    }
  }

  writeState(entry: RepoEntry, state: RepoState): void {
    const file = this.stateFile(entry);
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, JSON.stringify(state));
      renameSync(tmp, file);
    } catch (err) {
      throw new Error(`cache: cannot write ${file}: ${errorMessage(err)}`);
    }
  }
}

/**
 * Every ref tip of a repository (branches, tags, notes, ...), unique and sorted, as
 * `sha` for a commit or a tag of one, and `sha:type` for a tip that is no commit (a tag of
 * a blob or a tree): the audit walks the commits, and any change of either shows.
 */
export async function tipsOf(gitDir: string): Promise<string[]> {
  const out = await git(['for-each-ref', '--format=%(objectname) %(objecttype) %(*objecttype)'], gitDir);
  const tips = out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [sha, type, peeled] = l.split(' ');
      const kind = type === 'tag' ? peeled : type;
      return kind === 'commit' ? sha! : `${sha}:${kind}`;
    });
  return [...new Set(tips)].sort();
}

/** The tips `git rev-list` can walk (commits and tags of commits). */
export function commitTips(tips: readonly string[]): string[] {
  return tips.filter((t) => !t.includes(':'));
}
