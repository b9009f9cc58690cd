/**
 * For a history audit: is each leaked secret still in the current code (present at HEAD of
 * the default branch), or only in history (removed, yet reachable by anyone who clones),
 * and which commit removed it. The default branch is the remote's (`origin/HEAD`) when
 * there is one, else the checked-out HEAD. Presence is decided from content: a secret in
 * any file of HEAD's tree is present, whatever its path now (git/present.ts). Secrets
 * never go into a command line, where other users could see them (git reads them on its
 * standard input).
 */
import { TreeReader } from './tree-reader.js';
import { needleOf, needlesAt } from './present.js';
import { LOG_PIN_ARGS, PACK_WINDOW_ARGS, gitOutput } from './spawn.js';
import type { Finding } from '../types.js';
import { contentIncludes } from '../sources/text.js';

export async function defaultBranch(cwd: string): Promise<string | null> {
  // for-each-ref answers (empty) when there is no origin/HEAD
  const remote = (await gitOutput(['for-each-ref', '--format=%(objectname)', 'refs/remotes/origin/HEAD'], { cwd })).toString('latin1').trim();
  if (/^[0-9a-f]{40,64}$/.test(remote)) return remote;
  try {
    return (await gitOutput(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd })).toString('latin1').trim() || null;
  } catch {
    return null; // no commits
  }
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
 * The commit of the default branch that deleted each secret from its file, found by
 * binary search with a few blob reads per finding, never a walk over the file's history:
 *
 * - Along the default branch's first-parent line (one `git rev-list`), the secret is in
 *   the file from the commit that introduced it and gone at HEAD: the first commit on the
 *   line without it removed it.
 * - When that commit is a merge, the removal came from the merged side (unless the merge
 *   itself dropped it, resolving a conflict): the same search runs along that side's
 *   first-parent line, down to where it forked.
 * - A secret introduced off the line (on a branch merged later) has no known starting
 *   point there: the commits of the default branch that touched its file are listed (one
 *   `git log --name-only` for all such files) and searched the same way.
 */
async function removals(head: string, findings: Finding[], cwd: string): Promise<Map<Finding, string>> {
  const found = new Map<Finding, string>();
  const targets = findings.filter((f) => f.file !== null && f.commit);
  if (targets.length === 0) return found;
  const line = await firstParentLine(head, [], cwd);
  const onLine = new Map(line.map((c, i) => [c.sha, i]));
  const offLine: Finding[] = [];
  const cat = new TreeReader(cwd);
  /** whether the finding's file holds its secret at a commit (UTF-16 files decoded) */
  const holds = (f: Finding) => async (sha: string) => {
    const data = await cat.read(sha, f.file!);
    return data ? contentIncludes(data, f.secret) : false;
  };
  try {
    for (const f of targets) {
      const has = holds(f);
      const intro = onLine.get(f.commit!.sha);
      if (intro === undefined) {
        offLine.push(f);
        continue;
      }
      const gone = await firstWithout(line.slice(0, intro + 1), has);
      if (gone) found.set(f, await throughMerge(gone, has, cwd));
    }
    if (offLine.length) {
      const touching = await commitsTouching(head, [...new Set(offLine.map((f) => f.file!))], cwd);
      for (const f of offLine) {
        const list = touching.get(f.file!) ?? [];
        const intro = list.indexOf(f.commit!.sha);
        if (intro <= 0) continue;
        const gone = await firstWithout(list.slice(0, intro + 1).map((sha) => ({ sha, parents: [] })), holds(f));
        if (gone) found.set(f, gone.sha);
      }
    }
  } finally {
    cat.close();
  }
  return found;
}

interface LineCommit {
  sha: string;
  parents: string[];
}

/** `tip`'s first-parent line, newest first, stopping before commits reachable from `exclude`. */
async function firstParentLine(tip: string, exclude: string[], cwd: string): Promise<LineCommit[]> {
  const out = (await gitOutput([...PACK_WINDOW_ARGS, 'rev-list', '--first-parent', '--parents', tip, ...exclude.map((e) => `^${e}`), '--'], { cwd })).toString('latin1');
  return out.split('\n').filter(Boolean).map((l) => {
    const [sha, ...parents] = l.split(' ');
    return { sha: sha!, parents };
  });
}

/**
 * `commits` newest first, the last one holding the secret: the newest commit without it
 * whose next older one has it (binary search: a few reads), or null when the newest has it.
 */
async function firstWithout(commits: LineCommit[], has: (sha: string) => Promise<boolean>): Promise<LineCommit | null> {
  let lo = 0;
  let hi = commits.length - 1;
  if (hi <= 0 || (await has(commits[0]!.sha))) return null;
  // has(commits[lo]) is false, has(commits[hi]) is true
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (await has(commits[mid]!.sha)) hi = mid;
    else lo = mid;
  }
  return commits[lo]!;
}

/** The commit that removed the secret, given the first commit of a line without it (a merge: look at what it merged). */
async function throughMerge(gone: LineCommit, has: (sha: string) => Promise<boolean>, cwd: string, depth = 0): Promise<string> {
  if (gone.parents.length < 2 || depth > 20) return gone.sha;
  const [first, ...merged] = gone.parents;
  for (const side of merged) {
    if (await has(side)) continue;
    // gone on the merged side too: removed there after the side forked from `first`...
    const sideLine = await firstParentLine(side, [first!], cwd);
    const fork = sideLine.at(-1)?.parents[0];
    // ...unless the fork point lacked it as well: then the secret was added on the first
    // parent's side after the fork, and the merge itself dropped it
    if (!fork || !(await has(fork))) return gone.sha;
    const removedOnSide = await firstWithout([...sideLine, { sha: fork, parents: [] }], has);
    return removedOnSide ? throughMerge(removedOnSide, has, cwd, depth + 1) : gone.sha;
  }
  // every merged side still had it: the merge itself removed it (a conflict resolution)
  return gone.sha;
}


/** For each path, the commits of `head`'s history that changed it, newest first. */
async function commitsTouching(head: string, paths: string[], cwd: string): Promise<Map<string, string[]>> {
  const wanted = new Set(paths);
  const touching = new Map<string, string[]>();
  for (let i = 0; i < paths.length; i += PATHS_PER_LOG) {
    const args = [...PACK_WINDOW_ARGS, '--literal-pathspecs', 'log', ...LOG_PIN_ARGS, head, '--format=%x00%H', '--name-only', '-z', '--no-renames', '--', ...paths.slice(i, i + PATHS_PER_LOG)];
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

/** The findings whose secret is in some file of `rev`'s tree (whatever its path now). */
async function presentAt(rev: string, findings: Finding[], cwd: string): Promise<Set<Finding>> {
  const history = findings.filter((f) => f.history);
  const found = await needlesAt(rev, new Set(history.map((f) => needleOf(f.secret))), cwd);
  return new Set(history.filter((f) => found.has(needleOf(f.secret))));
}
