/**
 * `leakguard history`: every commit reachable from all refs (or the given revisions),
 * as `git log -p -U0 --cc` streamed through the diff parser. Each fragment carries the
 * commit that added its lines; merges contribute only what is in none of their parents
 * (conflict resolutions). Commit messages are scanned too. Memory stays flat: git is
 * read with back-pressure and at most one file's pending lines are held.
 */
import { LOG_FORMAT } from './diff.js';
import { streamGit } from '../git/spawn.js';
import { LeakguardError } from '../errors.js';
import type { Fragment, ScanError } from '../types.js';
import { newStats, type PathFilter, type Source } from './source.js';
import { diffFragments } from './staged.js';

export interface HistoryOptions {
  cwd: string;
  /** revisions and ranges (git syntax); empty: --all */
  revs: readonly string[];
  since?: string | undefined;
  until?: string | undefined;
  maxCommits?: number | undefined;
  paths: PathFilter;
}

export function historyLogArgs(options: Omit<HistoryOptions, 'cwd' | 'paths'>): string[] {
  for (const rev of options.revs) {
    if (rev.startsWith('-') && rev !== '--not' && !/^--(all|branches|tags|remotes)(=|$)/.test(rev)) {
      throw new LeakguardError(`REV: "${rev}" looks like an option, not a revision`);
    }
  }
  const args = ['log', ...(options.revs.length ? options.revs : ['--all'])];
  args.push('-p', '-U0', '--cc', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', `--format=${LOG_FORMAT}`);
  if (options.since) args.push(`--since=${options.since}`);
  if (options.until) args.push(`--until=${options.until}`);
  if (options.maxCommits !== undefined) args.push(`--max-count=${options.maxCommits}`);
  args.push('--');
  return args;
}

export class HistorySource implements Source {
  readonly stats = newStats();
  readonly errors: ScanError[] = [];
  readonly notes: ScanError[] = [];

  constructor(private readonly options: HistoryOptions) {}

  async *fragments(signal?: AbortSignal): AsyncGenerator<Fragment> {
    const args = historyLogArgs(this.options);
    const chunks = streamGit(args, { cwd: this.options.cwd, ...(signal ? { signal } : {}) });
    yield* diffFragments(chunks, 'commit', this.options.paths, this, (commit, message) =>
      message ? { text: message, path: null, startLine: 1, origin: 'message', commit } : undefined,
    );
  }
}
