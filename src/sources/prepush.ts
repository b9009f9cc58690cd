/**
 * The pre-push hook's standard input (`<local ref> <local sha> <remote ref> <remote sha>`
 * per pushed ref) as git revisions: the pushed commits, minus what the remote's refs had,
 * minus what is already on *that* remote as far as this repository knows (its
 * remote-tracking refs, from the remote's fetch refspecs). Commits known only from another
 * remote are scanned: pushing to a public remote what so far lived only on a private one
 * is how keys leak. A deletion pushes nothing. Pushed objects that are not commits (an
 * annotated tag, a tag of a blob or a tree) are returned apart: their messages and
 * contents are scanned too (sources/tags.ts).
 */
import { gitOutput } from '../git/spawn.js';

const ZERO = /^0+$/;
const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

export interface PrePush {
  /** revisions for `git rev-list` (commits); empty when no commit is pushed */
  revs: string[];
  /** pushed refs whose object is a tag, a blob or a tree: `{ ref, oid }` */
  objects: Array<{ ref: string; oid: string }>;
}

/**
 * The pushed range, or null when nothing is pushed (only deletions). `remote`: the hook's
 * first argument (the remote's name, or its URL when pushed to a URL); undefined when
 * unknown (a hook written by an older leakguard), then only the remote shas on standard
 * input are excluded.
 */
export async function prePushRevs(input: string, cwd: string, remote: string | undefined): Promise<PrePush | null> {
  const include: string[] = [];
  const exclude: string[] = [];
  const objects: PrePush['objects'] = [];
  const pushed: Array<{ ref: string; oid: string }> = [];
  const remoteShas: string[] = [];
  for (const line of input.split('\n')) {
    const [localRef, localSha, , remoteSha] = line.trim().split(/\s+/);
    if (!localRef || !localSha || !remoteSha || !OID.test(localSha) || ZERO.test(localSha)) continue;
    pushed.push({ ref: localRef, oid: localSha });
    if (!ZERO.test(remoteSha) && OID.test(remoteSha)) remoteShas.push(remoteSha);
  }
  if (pushed.length === 0) return null;
  const types = await objectTypes([...pushed.map((p) => p.oid), ...remoteShas], cwd);
  for (const p of pushed) {
    const type = types.get(p.oid);
    if (type !== 'commit') objects.push(p);
    // a tag of a commit: rev-list peels it
    if (type === 'commit' || type === 'tag') include.push(p.oid);
  }
  // the remote ref's old value: only when this repository has it (else rev-list fails)
  for (const sha of remoteShas) if (types.get(sha) !== undefined) exclude.push(`^${sha}`);
  const tracking = remote ? await trackingRefs(remote, cwd) : [];
  return { revs: include.length ? [...include, ...exclude, ...(tracking.length ? ['--not', ...tracking] : [])] : [], objects };
}

/** Object types (commit, tag, tree, blob) of the objects this repository has. */
async function objectTypes(oids: string[], cwd: string): Promise<Map<string, string>> {
  const out = await gitOutput(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { cwd, input: oids.join('\n') + '\n' });
  const types = new Map<string, string>();
  for (const line of out.toString('latin1').split('\n')) {
    const [oid, type] = line.split(' ');
    if (oid && type && type !== 'missing') types.set(oid.toLowerCase(), type);
  }
  // cat-file answers with the full id: map the ids as given too
  for (const oid of oids) if (!types.has(oid) && types.has(oid.toLowerCase())) types.set(oid, types.get(oid.toLowerCase())!);
  return types;
}

/**
 * Where this repository keeps what it knows of `remote`'s refs: the destinations of its
 * fetch refspecs (`+refs/heads/*:refs/remotes/origin/*` -> `refs/remotes/origin/*`), as
 * rev-list arguments (`--glob=` for a pattern, the ref itself when it exists). A URL, or
 * a remote with no fetch refspec, has none: everything pushed is new to it (a URL that is a
 * configured remote's is that remote).
 */
async function trackingRefs(remote: string, cwd: string): Promise<string[]> {
  const name = (await configValues(`remote.${remote}.url`, cwd)).length ? remote : await remoteWithUrl(remote, cwd);
  if (name === null) return [];
  const specs = await configValues(`remote.${name}.fetch`, cwd);
  const out: string[] = [];
  for (const spec of specs) {
    const s = spec.trim().replace(/^\+/, '');
    if (!s || s.startsWith('^')) continue;
    const colon = s.indexOf(':');
    const dst = colon === -1 ? '' : s.slice(colon + 1);
    // only remote-tracking refs say what the remote has: a mirror's `refs/*:refs/*` or a
    // `refs/tags/*:refs/tags/*` share the namespace of what was made here. Ref names cannot
    // hold glob characters other than the refspec's one '*'.
    if (!dst.startsWith('refs/remotes/') || /[?[\\\s]/.test(dst)) continue;
    if (dst.includes('*')) out.push(`--glob=${dst}`);
    else if (await refExists(dst, cwd)) out.push(dst);
  }
  return out;
}

/** `git push <url>`: the configured remote with that URL, if any. */
async function remoteWithUrl(url: string, cwd: string): Promise<string | null> {
  let out: string;
  try {
    out = (await gitOutput(['config', '-z', '--get-regexp', '^remote\\..*\\.url$'], { cwd })).toString('utf8');
  } catch {
    return null; // exit 1: no remote
  }
  for (const entry of out.split('\0')) {
    const nl = entry.indexOf('\n');
    if (nl !== -1 && entry.slice(nl + 1) === url) return entry.slice('remote.'.length, nl - '.url'.length);
  }
  return null;
}

async function configValues(key: string, cwd: string): Promise<string[]> {
  try {
    return (await gitOutput(['config', '--get-all', key], { cwd })).toString('utf8').split('\n').filter(Boolean);
  } catch {
    return []; // exit 1: not set
  }
}

async function refExists(ref: string, cwd: string): Promise<boolean> {
  const out = await gitOutput(['for-each-ref', '--format=%(refname)', ref], { cwd });
  return out.toString('utf8').split('\n').includes(ref);
}
