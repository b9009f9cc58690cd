/**
 * Submodules in a history audit. A submodule is a commit id in the superproject's tree (a
 * gitlink): its files and its history live in another repository, which `git log -p`
 * never enters. Without `--recurse-submodules` the audit says so (a note in every mode,
 * naming each submodule at HEAD); with it, the history of each submodule checked out is
 * audited as well, its findings' paths prefixed with the submodule's path, each one's
 * status (present / removed) decided in its own repository.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gitOutput } from '../git/spawn.js';
import type { Finding, Fragment, ScanError } from '../types.js';
import type { HistorySource } from './history.js';
import type { Source, SourceStats } from './source.js';

export interface Submodule {
  /** path in the superproject, '/'-separated */
  path: string;
  /** its work tree, when checked out (holds a `.git`), else null */
  dir: string | null;
}

/** The submodules (gitlinks) of HEAD's tree; none in a repository without commits. */
export async function submodulesAtHead(cwd: string): Promise<Submodule[]> {
  let tree: Buffer;
  try {
    tree = await gitOutput(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], { cwd });
  } catch {
    return []; // no HEAD yet
  }
  const entries = tree
    .toString('utf8')
    .split('\0')
    .flatMap((e) => {
      const m = /^160000 commit [0-9a-f]+\t([\s\S]+)$/.exec(e);
      return m ? [m[1]!] : [];
    });
  if (entries.length === 0) return [];
  let root: string | null = null;
  try {
    root = (await gitOutput(['rev-parse', '--show-toplevel'], { cwd })).toString('utf8').replace(/\n$/, '') || null;
  } catch {
    root = null; // a bare repository: nothing is checked out
  }
  return entries.map((path) => ({ path, dir: root && existsSync(join(root, path, '.git')) ? join(root, path) : null }));
}

interface Part {
  /** '' for the superproject, else the submodule's path and '/' */
  prefix: string;
  cwd: string;
  source: HistorySource;
}

/** The superproject's history, then each submodule's, as one source. */
export class RecursiveHistory implements Source {
  private readonly parts: Part[];

  constructor(main: HistorySource, cwd: string, subs: ReadonlyArray<{ path: string; dir: string; source: HistorySource }>) {
    this.parts = [{ prefix: '', cwd, source: main }, ...subs.map((s) => ({ prefix: `${s.path}/`, cwd: s.dir, source: s.source }))];
  }

  get stats(): SourceStats {
    const sum = { files: 0, commits: 0, bytes: 0 };
    for (const p of this.parts) {
      sum.files += p.source.stats.files;
      sum.commits += p.source.stats.commits;
      sum.bytes += p.source.stats.bytes;
    }
    return sum;
  }

  get errors(): ScanError[] {
    return this.parts.flatMap((p) => p.source.errors.map((e) => prefixed(e, p.prefix)));
  }

  get notes(): ScanError[] {
    return this.parts.flatMap((p) => p.source.notes.map((e) => prefixed(e, p.prefix)));
  }

  get total(): number | undefined {
    let n = 0;
    for (const p of this.parts) {
      if (p.source.total === undefined) return undefined;
      n += p.source.total;
    }
    return n;
  }

  /** A commit's age rank in the repository that holds it (findings of one file are all in one repository). */
  rank = (sha: string): number => Math.max(...this.parts.map((p) => p.source.rank(sha)));

  async *fragments(signal?: AbortSignal): AsyncGenerator<Fragment> {
    for await (const batch of this.batches(signal)) yield* batch;
  }

  async *batches(signal?: AbortSignal): AsyncGenerator<Fragment[]> {
    for (const p of this.parts) {
      if (signal?.aborted) return;
      for await (const batch of p.source.batches(signal)) {
        if (p.prefix) for (const f of batch) if (f.path !== null) f.path = p.prefix + f.path;
        yield batch;
      }
    }
  }

  /** Present / removed, decided in each finding's own repository (see git/exposure.ts). */
  async exposure(findings: Finding[], mark: (findings: Finding[], cwd: string) => Promise<void>): Promise<void> {
    // a finding belongs to the submodule with the longest prefix of its path (a commit
    // message has no path: it is history only wherever it is)
    const owner = (f: Finding) => this.parts.filter((p) => p.prefix && f.file?.startsWith(p.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0] ?? this.parts[0]!;
    for (const p of this.parts) {
      const mine = findings.filter((f) => f.history && owner(f) === p);
      if (mine.length === 0) continue;
      if (p.prefix === '') {
        await mark(mine, p.cwd);
        continue;
      }
      const strip = (s: string) => s.slice(p.prefix.length);
      const shadows = mine.map((f) => ({ ...f, file: strip(f.file!), history: { ...f.history!, files: f.history!.files.filter((x) => x.startsWith(p.prefix)).map(strip) } }));
      await mark(shadows, p.cwd);
      mine.forEach((f, i) => {
        const { status, removedIn } = shadows[i]!.history;
        f.history = { ...f.history!, ...(status ? { status } : {}), ...(removedIn !== undefined ? { removedIn } : {}) };
      });
    }
  }
}

function prefixed(e: ScanError, prefix: string): ScanError {
  return prefix && e.file !== null ? { ...e, file: prefix + e.file } : e;
}
