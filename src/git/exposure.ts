/**
 * For a history audit: is each leaked secret still in the current code (present at HEAD of
 * the default branch), or only in history (removed, yet reachable by anyone who clones),
 * and which commit removed it. The default branch is the remote's (`origin/HEAD`) when
 * there is one, else the checked-out HEAD. Contents are read through `git cat-file
 * --batch` (secrets never go into a command line, where other users could see them).
 */
import { simpleGit } from 'simple-git';
import { CatFile, readBlobs } from './blobs.js';
import { PACK_WINDOW_ARGS, gitOutput } from './spawn.js';
import type { Finding } from '../types.js';

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
export async function markExposure(findings: Finding[], cwd: string): Promise<void> {
  if (findings.length === 0) return;
  const head = await defaultBranch(cwd);
  const present = head ? await presentAt(head, findings, cwd) : new Set<Finding>();
  const removed = findings.filter((f) => f.history && !present.has(f));
  const removedIn = head ? await removals(head, removed, cwd) : new Map<Finding, string>();
  for (const f of findings) {
    if (!f.history) continue;
    f.history = present.has(f) ? { ...f.history, status: 'present', removedIn: null } : { ...f.history, status: 'removed', removedIn: removedIn.get(f) ?? null };
  }
}

/**
 * The commit of the default branch that deleted each secret from its file. For each file,
 * the commits of the default branch that touched it are listed (one `git log --name-only`,
 * no patches); a binary search over the file's versions between the one that introduced
 * the secret and HEAD finds the newest version still holding it: the next commit to touch
 * the file removed it. A few blob reads per finding, instead of diffing every version.
 */
async function removals(head: string, findings: Finding[], cwd: string): Promise<Map<Finding, string>> {
  const found = new Map<Finding, string>();
  const targets = findings.filter((f) => f.file !== null && !f.file.includes('\n') && f.commit);
  if (targets.length === 0) return found;
  const touching = await commitsTouching(head, [...new Set(targets.map((f) => f.file!))], cwd);
  const cat = new CatFile(cwd);
  try {
    for (const f of targets) {
      const list = touching.get(f.file!) ?? [];
      const intro = list.indexOf(f.commit!.sha);
      if (intro <= 0) continue;
      const has = async (i: number) => (await cat.read(`${list[i]}:${f.file}`))?.includes(f.secret) ?? false;
      // has(intro) is true and has(0) false: find the smallest i with has(i)
      let lo = 0;
      let hi = intro;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (await has(mid)) hi = mid;
        else lo = mid;
      }
      found.set(f, list[hi - 1]!);
    }
  } finally {
    cat.close();
  }
  return found;
}

/** For each path, the commits of `head`'s history that changed it, newest first. */
async function commitsTouching(head: string, paths: string[], cwd: string): Promise<Map<string, string[]>> {
  const wanted = new Set(paths);
  const touching = new Map<string, string[]>();
  for (let i = 0; i < paths.length; i += PATHS_PER_LOG) {
    const args = [...PACK_WINDOW_ARGS, '--literal-pathspecs', 'log', head, '--format=%x00%H', '--name-only', '-z', '--no-renames', '--', ...paths.slice(i, i + PATHS_PER_LOG)];
    const out = (await gitOutput(args, { cwd })).toString('utf8').split('\0');
    let sha = '';
    for (let k = 0; k < out.length; k++) {
      const token = out[k]!;
      if (k > 0 && out[k - 1] === '' && /^[0-9a-f]{40,64}$/.test(token)) sha = token;
      else if (token) {
        const path = token.startsWith('\n') ? token.slice(1) : token;
        if (!wanted.has(path)) continue;
        let list = touching.get(path);
        if (!list) touching.set(path, (list = []));
        list.push(sha);
      }
    }
  }
  return touching;
}

/** Paths per git invocation (keeps command lines short). */
const PATHS_PER_LOG = 200;

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
