/**
 * The organisation's repository list: what `org audit --repos FILE` reads (one clone URL or
 * path a line, `#` comments; or the JSON that `gh repo list ORG --json
 * nameWithOwner,url,diskUsage` prints), the stable name each repository is reported and
 * cached under, and `--shard I/N`: which repositories one machine of N takes.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { nodeCrypto } from '../node-lazy.js';
import { LeakguardError, errorMessage } from '../errors.js';

export interface RepoEntry {
  /** how reports name it: `owner/name` from gh's JSON, else the URL without credentials, or the path */
  readonly name: string;
  /** what git clones: a URL, or an absolute path */
  readonly url: string;
  /** KB on disk when the list says (gh's diskUsage): balances shards */
  readonly size?: number;
}

/** Reads and checks the list; `cwd` resolves relative paths. */
export function readRepoList(file: string, cwd: string): RepoEntry[] {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new LeakguardError(`--repos: ${file}: cannot read: ${errorMessage(err)}`);
  }
  const entries = text.trimStart().startsWith('[') ? fromJson(text, file) : fromLines(text, cwd);
  const seen = new Set<string>();
  const unique = entries.filter((e) => (seen.has(e.name) ? false : (seen.add(e.name), true)));
  if (!unique.length) throw new LeakguardError(`--repos: ${file}: lists no repository`);
  return unique;
}

function fromJson(text: string, file: string): RepoEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LeakguardError(`--repos: ${file}: not valid JSON: ${errorMessage(err)}`);
  }
  if (!Array.isArray(data)) throw new LeakguardError(`--repos: ${file}: expected a JSON array (gh repo list --json nameWithOwner,url,diskUsage)`);
  return data.map((item: unknown, i) => {
    const o = (item ?? {}) as Record<string, unknown>;
    const url = typeof o.url === 'string' ? o.url : typeof o.sshUrl === 'string' ? o.sshUrl : null;
    if (!url) throw new LeakguardError(`--repos: ${file}: entry ${i + 1}: no "url"`);
    const name = typeof o.nameWithOwner === 'string' ? o.nameWithOwner : displayUrl(url);
    return { name, url, ...(typeof o.diskUsage === 'number' ? { size: o.diskUsage } : {}) };
  });
}

function fromLines(text: string, cwd: string): RepoEntry[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(l) || /^[^/\s]+@[^/\s]+:/.test(l);
      const url = isUrl ? l : isAbsolute(l) ? l : resolve(cwd, l);
      return { name: isUrl ? displayUrl(l) : l, url };
    });
}

/** A URL as reports show it: no user name or token (`https://x-access-token:…@host/o/r.git` -> `https://host/o/r.git`). */
export function displayUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** A file name for the repository's cache entries: readable, and unique by a hash of its URL. */
export function cacheKey(entry: RepoEntry): string {
  const slug = entry.name.replace(/^[a-z]+:\/\//i, '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(-60) || 'repo';
  return `${slug}-${nodeCrypto().createHash('sha256').update(entry.url).digest('hex').slice(0, 10)}`;
}

/** `I/N` (1 <= I <= N), or from Kubernetes' JOB_COMPLETION_INDEX (0-based) and JOB_COMPLETIONS. */
export function parseShard(value: string | undefined, env: NodeJS.ProcessEnv): { index: number; count: number } | null {
  if (value === undefined) {
    const i = env.JOB_COMPLETION_INDEX;
    const n = env.JOB_COMPLETIONS;
    if (i === undefined || n === undefined) return null;
    if (!/^\d+$/.test(i) || !/^\d+$/.test(n) || Number(i) >= Number(n)) throw new LeakguardError(`JOB_COMPLETION_INDEX=${i} / JOB_COMPLETIONS=${n}: expected 0 <= index < completions`);
    return { index: Number(i) + 1, count: Number(n) };
  }
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new LeakguardError(`--shard: ${value}: expected I/N with 1 <= I <= N (e.g. 2/4)`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

/**
 * The repositories of shard `index` of `count`: stable for the same list whatever its
 * order. With sizes, largest first onto the lightest shard (ties by name), so the shards'
 * total sizes stay close; without, each size counts as 1.
 */
export function shardOf(entries: readonly RepoEntry[], index: number, count: number): RepoEntry[] {
  const sorted = [...entries].sort((a, b) => (b.size ?? 1) - (a.size ?? 1) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const load = new Array<number>(count).fill(0);
  const mine: RepoEntry[] = [];
  for (const e of sorted) {
    let best = 0;
    for (let s = 1; s < count; s++) if (load[s]! < load[best]!) best = s;
    load[best]! += e.size ?? 1;
    if (best === index - 1) mine.push(e);
  }
  return mine;
}
