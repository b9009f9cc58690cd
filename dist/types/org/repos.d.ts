export interface RepoEntry {
    /** how reports name it: `owner/name` from gh's JSON, else the URL without credentials, or the path */
    readonly name: string;
    /** what git clones: a URL, or an absolute path */
    readonly url: string;
    /** KB on disk when the list says (gh's diskUsage): balances shards */
    readonly size?: number;
}
/** Reads and checks the list; `cwd` resolves relative paths. */
export declare function readRepoList(file: string, cwd: string): RepoEntry[];
/** A URL as reports show it: no user name or token (`https://x-access-token:…@host/o/r.git` -> `https://host/o/r.git`). */
export declare function displayUrl(url: string): string;
/** A file name for the repository's cache entries: readable, and unique by a hash of its URL. */
export declare function cacheKey(entry: RepoEntry): string;
/** `I/N` (1 <= I <= N), or from Kubernetes' JOB_COMPLETION_INDEX (0-based) and JOB_COMPLETIONS. */
export declare function parseShard(value: string | undefined, env: NodeJS.ProcessEnv): {
    index: number;
    count: number;
} | null;
/**
 * The repositories of shard `index` of `count`: stable for the same list whatever its
 * order. With sizes, largest first onto the lightest shard (ties by name), so the shards'
 * total sizes stay close; without, each size counts as 1.
 */
export declare function shardOf(entries: readonly RepoEntry[], index: number, count: number): RepoEntry[];
