/**
 * For a history audit: is each leaked secret still in the current code (present at HEAD of
 * the default branch), or only in history (removed, yet reachable by anyone who clones),
 * and which commit removed it. The default branch is the remote's (`origin/HEAD`) when
 * there is one, else the checked-out HEAD. Contents are read through `git cat-file
 * --batch` (secrets never go into a command line, where other users could see them).
 */
import { simpleGit } from 'simple-git';
import { readBlobs } from './blobs.js';
import { streamGit } from './spawn.js';
import { DiffParser, LOG_FORMAT } from '../sources/diff.js';
import { LineSplitter } from '../sources/lines.js';
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

/** Paths per git invocation when looking for removals (keeps command lines short). */
const PATHS_PER_LOG = 200;

/**
 * The commit of the default branch that deleted each secret from its files: the newest
 * commit whose deleted lines hold it (git log lists newest first). Only the files of the
 * findings are read, after the audit, so the audit itself never parses deleted lines.
 */
async function removals(head: string, findings: Finding[], cwd: string): Promise<Map<Finding, string>> {
  const found = new Map<Finding, string>();
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const path of f.history?.files ?? []) {
      let list = byPath.get(path);
      if (!list) byPath.set(path, (list = []));
      list.push(f);
    }
  }
  const paths = [...byPath.keys()];
  for (let i = 0; i < paths.length; i += PATHS_PER_LOG) {
    const group = paths.slice(i, i + PATHS_PER_LOG);
    const controller = new AbortController();
    const parser = new DiffParser({
      added() {},
      deleted({ commit, path, lines }) {
        for (const f of byPath.get(path) ?? []) {
          if (!found.has(f) && commit && lines.some((l) => l.includes(f.secret))) found.set(f, commit.sha);
        }
        if (findings.every((f) => found.has(f))) controller.abort();
      },
    });
    const splitter = new LineSplitter((text, first, column) => parser.line(text, first, column));
    const args = ['--literal-pathspecs', 'log', head, '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', `--format=${LOG_FORMAT}`, '--', ...group];
    for await (const chunk of streamGit(args, { cwd, signal: controller.signal })) splitter.push(chunk);
    splitter.end();
    parser.end();
  }
  return found;
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
