/**
 * The pre-push hook's standard input (`<local ref> <local sha> <remote ref> <remote sha>`
 * per pushed ref) as git revisions: the pushed commits, minus what the remote ref had,
 * minus anything already on any remote ref (so a new branch scans only its own commits).
 */
import { gitOutput } from '../git/spawn.js';

const ZERO = /^0+$/;

/** Revisions for `git log`, or null when nothing is pushed (only deletions). */
export async function prePushRevs(input: string, cwd: string): Promise<string[] | null> {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const line of input.split('\n')) {
    const [, localSha, , remoteSha] = line.trim().split(/\s+/);
    if (!localSha || !remoteSha || !/^[0-9a-f]+$/i.test(localSha) || ZERO.test(localSha)) continue;
    include.push(localSha);
    if (!ZERO.test(remoteSha) && (await hasCommit(cwd, remoteSha))) exclude.push(`^${remoteSha}`);
  }
  if (include.length === 0) return null;
  return [...include, ...exclude, '--not', '--remotes'];
}

async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]+$/i.test(sha)) return false;
  try {
    await gitOutput(['cat-file', '-e', `${sha}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}
