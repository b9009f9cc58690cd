/**
 * The organisation audit's cache folder: one bare mirror per repository (cloned once,
 * fetched on later runs) and, beside it, what the last audit of it found and which tips it
 * had scanned. That record is what makes a re-run incremental: only commits not reachable
 * from the scanned tips are audited again, and an unchanged repository costs one fetch.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../errors.js';
import { gitOutput } from '../git/spawn.js';
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

/**
 * Runs git through the project's pinned runner (git/spawn.ts: fixed output format, never
 * prompts for credentials, so a repository that needs them fails as an error entry);
 * resolves stdout. An interrupted call rejects: a clone cut short must never be kept.
 */
async function git(args: string[], cwd: string, signal?: AbortSignal): Promise<string> {
  const out = await gitOutput(args, { cwd, ...(signal ? { signal } : {}) });
  if (signal?.aborted) throw new Error('interrupted');
  return out.toString('utf8');
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
      await git(['-c', 'protocol.file.allow=always', 'clone', '--mirror', '--quiet', '--', entry.url, tmp], this.dir, signal);
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
