/**
 * `leakguard history`: every commit reachable from all refs (or the given revisions).
 *
 * One `git rev-list --parents` names the commits (and their order: later in the list =
 * older) and tells the merges apart; they are cut into batches (large first, small last:
 * see workItems), and several `git log --no-walk --stdin -p -U5` processes (one per core
 * by default) turn them into patches, streamed through the diff parser with back-pressure.
 * git's diff work is the audit's floor; running it on every core is what makes the audit
 * faster than a single `git log -p`. Each fragment carries the commit that added its lines.
 * Merges contribute only what is in none of their parents (conflict resolutions), from
 * their combined diffs in batches of their own (sources/merges.ts). Commit messages are
 * scanned too. Files git prints as binary are read and decided by leakguard after the
 * patches (sources/binary-diff.ts): text (a `-diff` file, UTF-16) is scanned, binary
 * blobs are scanned for printable strings when asked (`--binary`).
 */
import { availableParallelism } from 'node:os';
import { CONTEXT_LINES, LOG_FORMAT } from './diff.js';
import { LOG_PIN_ARGS, PACK_WINDOW_ARGS, PATCH_ARGS, gitOutput, streamGit } from '../git/spawn.js';
import { LeakguardError } from '../errors.js';
import { detach } from '../util.js';
import type { CommitInfo, Fragment, ScanError } from '../types.js';
import { addNote, newStats, type PathFilter, type Source } from './source.js';
import { parallel } from './parallel.js';
import { CommitIndex } from './commit-index.js';
import { patchBatches } from './patch.js';
import { mergeBatches } from './merges.js';
import { binaryChangeFragments, type BinaryChange } from './binary-diff.js';
import { nonCommitRefs, nonCommitRevs, tagBatches, type TaggedObject } from './tags.js';
import { lfsFragments, notesOnce, type LfsObjects } from './lfs.js';

export interface HistoryOptions {
  cwd: string;
  /** revisions and ranges (git syntax); empty: --all */
  revs: readonly string[];
  since?: string | undefined;
  until?: string | undefined;
  maxCommits?: number | undefined;
  paths: PathFilter;
  /** concurrent git processes (default: the number of cores, at most 4) */
  jobs?: number | undefined;
  /** scan binary blobs for printable strings */
  binary?: boolean;
  /**
   * --skip-merges: merge commits contribute their messages only, not their combined diffs
   * (what a conflict resolution added is not seen: the peers' behaviour, and their speed)
   */
  skipMerges?: boolean;
  /** files git prints as binary larger than this are skipped (bytes) */
  maxBlobSize?: number;
  /**
   * tags, blobs and trees to scan besides the commits (their messages and contents,
   * sources/tags.ts); default: every ref that is not a commit when `revs` is empty, else
   * the revisions given that name one
   */
  tagged?: readonly TaggedObject[] | undefined;
  /** false: no commits at all, only `tagged` (a push of a tag of a blob) */
  commits?: boolean;
  /** Git LFS pointers are always noted; with a store (`--lfs`) the objects present locally are scanned */
  lfs?: LfsObjects | undefined;
  /**
   * note each submodule met in the commits (a gitlink: its history is elsewhere), except
   * these paths (those at HEAD, already noted or audited); undefined: no notes (pre-push)
   */
  submodulesNoted?: ReadonlySet<string> | undefined;
}

// merges print no diff here (git log's default): sources/merges.ts finds what they added
// the unchanged lines near each change come as context (pairs), never reported by themselves
const LOG_ARGS = ['-p', '--no-diff-merges', `-U${CONTEXT_LINES}`, '-M', ...PATCH_ARGS, ...LOG_PIN_ARGS, `--format=${LOG_FORMAT}`];

export function checkRevs(revs: readonly string[]): void {
  for (const rev of revs) {
    if (rev.startsWith('-') && rev !== '--not' && !/^--(all|branches|tags|remotes|glob)(=|$)/.test(rev)) {
      throw new LeakguardError(`REV: "${rev}" looks like an option, not a revision`);
    }
  }
}

/** `git rev-list --parents` for the options: each commit with its parents (a merge has several). */
export function revListArgs(options: Pick<HistoryOptions, 'revs' | 'since' | 'until' | 'maxCommits'>): string[] {
  checkRevs(options.revs);
  const args = ['rev-list', '--parents', ...(options.revs.length ? options.revs : ['--all'])];
  if (options.since) args.push(`--since=${options.since}`);
  if (options.until) args.push(`--until=${options.until}`);
  if (options.maxCommits !== undefined) args.push(`--max-count=${options.maxCommits}`);
  args.push('--');
  return args;
}

/** A merge's combined diff costs git about this many times a plain commit's patch (git/git, lodash). */
const MERGE_COST = 1.5;
/** The smallest batch worth a `git log` process of its own (in plain-commit units). */
const MIN_BATCH = 150;
/**
 * The largest: a `git log` process keeps every object it has read, so its memory grows
 * with what it is given (git/git: a 21,000-commit batch peaks at 220 MB, a 4,000-commit
 * one at 170 MB, at the same speed). Capping the batch keeps the audit's memory flat
 * however long the history. The cap is in patch bytes (git/git: 4,000 commits give about
 * 20 MB): where commits are small, batches may hold more of them (up to MAX_COMMITS), and
 * fewer processes each map the pack anew (a 300,000-commit history of one-line changes
 * spent 3.5 s of system time on that with 4,000-commit batches).
 */
const MAX_BATCH = 4000;
const MAX_BATCH_BYTES = 20 * 1024 * 1024;
const MAX_COMMITS = 50_000;

/** The batch cap, from the patch bytes per commit seen so far. */
export function batchCap(stats: { commits: number; bytes: number }): number {
  if (stats.commits < 1000) return MAX_BATCH;
  return Math.min(MAX_COMMITS, Math.max(MAX_BATCH, Math.floor(MAX_BATCH_BYTES / (stats.bytes / stats.commits))));
}

/**
 * The commits `git rev-list` has named so far (newest first), by rank, merges apart;
 * `done` once it has ended.
 */
export interface CommitList {
  readonly commits: readonly number[];
  readonly merges: readonly number[];
  /** the id of a commit of the list */
  sha(rank: number): string;
  readonly done: boolean;
  /** resolves when more commits are named or the list is done; rejects if rev-list failed */
  more(): Promise<void>;
  /** resolves once every commit is named (never rejects: more() reports a failure) */
  readonly listed: Promise<void>;
}

/**
 * The commits in batches for the `git log` processes, newest first, merges and other commits
 * side by side so that both advance together (the progress bar counts both). Each batch is
 * sized when a process is free for it: a share of what is left (guided self-scheduling),
 * at most `cap()` (see batchCap), so the first batches are large and the last ones small,
 * and the processes finish together although old commits are much cheaper than new ones. While
 * rev-list is still naming commits (a few seconds on a million-commit history), a batch is
 * cut as soon as what is known makes it a full one: git log starts before rev-list ends.
 */
export async function* workItems(list: CommitList, jobs: number, cap: () => number = () => MAX_BATCH): AsyncGenerator<{ merges: boolean; shas: string[] }> {
  let c = 0;
  let m = 0;
  const left = () => list.commits.length - c + (list.merges.length - m) * MERGE_COST;
  for (;;) {
    while (!list.done && left() < 2 * jobs * MAX_BATCH) await list.more();
    const max = cap();
    const { commits, merges } = list;
    const leftCommits = commits.length - c;
    const leftMerges = merges.length - m;
    if (leftCommits === 0 && leftMerges === 0) {
      await list.more(); // the list is done: this throws rev-list's error, if it failed
      return;
    }
    const share = Math.min(max, Math.max(MIN_BATCH, Math.ceil(left() / (2 * jobs))));
    // the list that is further behind (as a fraction of its length) goes next
    const takeMerges = leftMerges > 0 && (leftCommits === 0 || m / merges.length <= c / commits.length);
    if (takeMerges) {
      const n = Math.min(leftMerges, Math.ceil(share / MERGE_COST));
      yield { merges: true, shas: merges.slice(m, m + n).map((r) => list.sha(r)) };
      m += n;
    } else {
      const n = Math.min(leftCommits, share);
      yield { merges: false, shas: commits.slice(c, c + n).map((r) => list.sha(r)) };
      c += n;
    }
  }
}

/**
 * `git rev-list --parents` streamed into a CommitList: each commit goes into `index` (its
 * age rank), merges (more than one parent) are listed apart.
 */
export function listCommits(args: readonly string[], options: { cwd: string; signal?: AbortSignal | undefined }, index: CommitIndex): CommitList {
  const commits: number[] = [];
  const merges: number[] = [];
  let done = false;
  let error: unknown;
  let waiting: Array<() => void> = [];
  let listedNow: () => void = () => {};
  const listed = new Promise<void>((resolve) => (listedNow = resolve));
  const wake = () => {
    const w = waiting;
    waiting = [];
    for (const f of w) f();
  };
  const add = (line: string) => {
    if (!line) return;
    const space = line.indexOf(' ');
    const rank = index.add(space === -1 ? line : line.slice(0, space));
    (space === -1 || line.indexOf(' ', space + 1) === -1 ? commits : merges).push(rank);
  };
  void (async () => {
    try {
      let rest = '';
      for await (const chunk of streamGit(args, options.signal ? { cwd: options.cwd, signal: options.signal } : { cwd: options.cwd })) {
        const lines = (rest + chunk.toString('latin1')).split('\n');
        rest = lines.pop()!;
        for (const line of lines) add(line);
        wake();
      }
      add(rest);
      listedNow();
    } catch (err) {
      error = err;
    } finally {
      done = true;
      wake();
    }
  })();
  return {
    commits,
    merges,
    sha: (rank) => index.sha(rank),
    listed,
    get done() {
      return done;
    },
    more() {
      if (error !== undefined) return Promise.reject(error);
      if (done) return Promise.resolve();
      return new Promise<void>((resolve) => waiting.push(resolve)).then(() => {
        if (error !== undefined) throw error;
      });
    },
  };
}

/** A commit message is scanned like a file. */
function messageFragment(commit: CommitInfo, message: string): Fragment | undefined {
  return message ? { text: message, path: null, startLine: 1, origin: 'message', commit } : undefined;
}

export class HistorySource implements Source {
  readonly stats = newStats();
  readonly errors: ScanError[] = [];
  readonly notes: ScanError[] = [];
  /** commits to scan, known once rev-list has answered */
  total: number | undefined;
  private readonly index = new CommitIndex();
  /** files git printed as binary, by new blob id and path: each read once, at the oldest commit that added it there */
  private readonly blobs = new Map<string, BinaryChange>();
  private readonly lfsNote = notesOnce(this);
  /** `-c` settings of the `git log` processes */
  private gitArgs: string[] = PACK_WINDOW_ARGS;

  constructor(private readonly options: HistoryOptions) {}

  /** Age rank of a commit: higher is older (its index in rev-list's output). */
  rank = (sha: string): number => this.index.rank(sha);

  async *fragments(signal?: AbortSignal): AsyncGenerator<Fragment> {
    for await (const batch of this.batches(signal)) yield* batch;
  }

  /** The fragments in batches (see Source.batches). */
  async *batches(signal?: AbortSignal): AsyncGenerator<Fragment[]> {
    if (this.options.commits !== false) {
      for await (const batch of this.commitBatches(signal)) {
        if (this.options.submodulesNoted) this.noteGitlinks(batch, this.options.submodulesNoted);
        const objects = await lfsFragments(batch, this.options.lfs, this.options.maxBlobSize ?? 10 * 1024 * 1024, this.lfsNote);
        yield objects.length ? [...batch, ...objects] : batch;
      }
    }
    if (signal?.aborted) return;
    // annotated tags' messages, tagged blobs and trees (rev-list walks commits only)
    const { cwd, revs } = this.options;
    const targets = this.options.tagged ?? (revs.length ? await nonCommitRevs(revs, cwd) : await nonCommitRefs(cwd));
    yield* tagBatches(targets, this, { cwd, paths: this.options.paths, maxBlobSize: this.options.maxBlobSize ?? 10 * 1024 * 1024, signal });
  }

  private readonly gitlinks = new Set<string>();
  /** A submodule's commit in the patches (`+Subproject commit <id>`) that is not at HEAD. */
  private noteGitlinks(batch: readonly Fragment[], known: ReadonlySet<string>): void {
    for (const f of batch) {
      if (f.path === null || !f.text.startsWith('Subproject commit ') || known.has(f.path) || this.gitlinks.has(f.path)) continue;
      this.gitlinks.add(detach(f.path));
      addNote(this, f.path, 'submodule (in the history, not at HEAD): its history is not audited', true);
    }
  }

  private async *commitBatches(signal: AbortSignal | undefined): AsyncGenerator<Fragment[]> {
    const opts = signal ? { cwd: this.options.cwd, signal } : { cwd: this.options.cwd };
    // one rev-list names the commits and tells merges apart (more than one parent), streamed:
    // the first git log starts before it has ended; the shallow check runs beside it
    const list = listCommits(revListArgs(this.options), opts, this.index);
    const [shallow, cacheSet] = await Promise.all([
      gitOutput(['rev-parse', '--is-shallow-repository'], opts),
      gitOutput(['config', '--get', 'core.deltaBaseCacheLimit'], opts).then(
        (out) => out.length > 0,
        () => false, // exit 1: not set
      ),
    ]);
    if (shallow.toString().trim() === 'true') {
      addNote(this, null, 'shallow clone: commits before the shallow boundary are not available, and secrets they added are reported at the boundary commit (git fetch --unshallow for a full audit)');
    }
    const jobs = Math.max(1, this.options.jobs ?? Math.min(4, availableParallelism()));
    // git's delta-base cache (96 MB by default) is most of a `git log -p` process's memory:
    // the processes share one default budget, unless the user's git config sets one
    // (lodash: 400 -> 300 MB and no slower; git/git: 455 -> 360 MB, 3% slower)
    this.gitArgs = cacheSet ? [...PACK_WINDOW_ARGS] : [...PACK_WINDOW_ARGS, '-c', `core.deltaBaseCacheLimit=${Math.floor(96 / jobs)}m`];
    const mergeOptions = { cwd: this.options.cwd, paths: this.options.paths, signal, onCommit: messageFragment, onBinary: this.onBinary, gitArgs: this.gitArgs };
    void list.listed.then(() => (this.total = this.index.size));
    yield* parallel(workItems(list, jobs, () => batchCap(this.stats)), jobs, (w) => (w.merges && !this.options.skipMerges ? mergeBatches(w.shas, this, mergeOptions) : this.batch(w.shas, signal)), 64, signal);
    if (this.blobs.size && !signal?.aborted) {
      const binaries = binaryChangeFragments([...this.blobs.values()], {
        cwd: this.options.cwd,
        maxSize: this.options.maxBlobSize ?? 10 * 1024 * 1024,
        strings: this.options.binary ?? false,
        paths: this.options.paths,
        origin: 'commit',
        source: this,
        signal,
      });
      let ready: Fragment[] = [];
      for await (const f of binaries) {
        ready.push(f);
        if (ready.length >= 64) yield ready.splice(0);
      }
      if (ready.length) yield ready;
    }
  }

  /** A file git printed as binary: kept for binaryChangeFragments, with the oldest commit that added its blob. */
  private readonly onBinary = (path: string, commit: CommitInfo | undefined, blob: string | undefined, oldBlobs: string[]): boolean => {
    if (!blob) return true; // a deletion adds nothing
    const key = `${blob}\0${path}`;
    const prior = this.blobs.get(key);
    if (prior && this.rank(prior.commit?.sha ?? '') >= this.rank(commit?.sha ?? '')) return true;
    if (!this.options.paths.check(path).skip) this.blobs.set(detach(key), { path: detach(path), commit, blob: detach(blob), oldBlobs: oldBlobs.map(detach) });
    return true;
  };

  private batch(shas: string[], signal: AbortSignal | undefined): AsyncIterable<Fragment[]> {
    const chunks = streamGit([...this.gitArgs, 'log', '--no-walk=unsorted', '--stdin', ...LOG_ARGS, '--'], {
      cwd: this.options.cwd,
      input: shas.join('\n') + '\n',
      ...(signal ? { signal } : {}),
    });
    return patchBatches(chunks, {
      origin: 'commit',
      paths: this.options.paths,
      source: this,
      onCommit: messageFragment,
      onBinary: this.onBinary,
    });
  }
}
