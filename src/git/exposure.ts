/**
 * For a history audit: is each leaked secret still in the current code (present at HEAD of
 * the default branch), or only in history (removed, yet reachable by anyone who clones),
 * and which commit removed it. The default branch is the remote's (`origin/HEAD`) when
 * there is one, else the checked-out HEAD. Contents are read through `git cat-file
 * --batch` (secrets never go into a command line, where other users could see them).
 */
import { simpleGit } from 'simple-git';
import { readBlobs } from './blobs.js';
import type { Finding } from '../types.js';
import type { FindingSet, Rank } from '../findings/dedupe.js';

/** Largest file read to decide whether a secret is still present (bytes). */
const MAX_READ = 64 * 1024 * 1024;

export async function defaultBranch(cwd: string): Promise<string | null> {
  const git = simpleGit({ baseDir: cwd });
  for (const ref of ['refs/remotes/origin/HEAD', 'HEAD']) {
    try {
      const sha = (await git.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
      if (sha) return sha;
    } catch {
      // no such ref (no remote, or no commits)
    }
  }
  return null;
}

/**
 * Sets `history.status` and `history.removedIn` on history findings (raw secrets needed:
 * run before redaction). Commit-message findings are history only by nature.
 */
export async function markExposure(findings: Finding[], set: FindingSet, rank: Rank, cwd: string): Promise<void> {
  if (findings.length === 0) return;
  const head = await defaultBranch(cwd);
  const present = head ? await presentAt(head, findings, cwd) : new Set<Finding>();
  let onDefault: Set<string> | undefined;
  for (const f of findings) {
    if (!f.history) continue;
    if (present.has(f)) {
      f.history = { ...f.history, status: 'present', removedIn: null };
      continue;
    }
    const removals = set.removalsOf(f);
    if (removals.length && head && !onDefault) onDefault = await reachable(head, cwd);
    // the newest removal on the default branch is the one that removed it for good
    const removedIn = removals.filter((sha) => onDefault?.has(sha)).sort((a, b) => rank(a) - rank(b))[0] ?? null;
    f.history = { ...f.history, status: 'removed', removedIn };
  }
}

/** The findings whose secret is in one of its files at `rev`. */
async function presentAt(rev: string, findings: Finding[], cwd: string): Promise<Set<Finding>> {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const path of f.history?.files ?? []) {
      // cat-file --batch reads one object name per line: a path with a newline cannot be named
      if (path.includes('\n')) continue;
      let list = byPath.get(path);
      if (!list) byPath.set(path, (list = []));
      list.push(f);
    }
  }
  const paths = [...byPath.keys()];
  const present = new Set<Finding>();
  let i = 0;
  for await (const blob of readBlobs(paths.map((p) => `${rev}:${p}`), { cwd, maxSize: MAX_READ })) {
    const path = paths[i++]!;
    if (!blob.data) continue;
    for (const f of byPath.get(path)!) if (blob.data.includes(f.secret)) present.add(f);
  }
  return present;
}

async function reachable(rev: string, cwd: string): Promise<Set<string>> {
  const out = await simpleGit({ baseDir: cwd }).raw(['rev-list', rev]);
  return new Set(out.split('\n').filter(Boolean));
}
