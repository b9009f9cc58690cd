/**
 * From a command and its arguments to the Source that reads what it scans. Each source's
 * module is imported only when its command runs (the pre-commit hook loads only the
 * staged source).
 */
import { resolve } from 'node:path';
import { LeakguardError } from '../errors.js';
import type { Command } from '../formatters/formatter.js';
import type { PathFilter, Source } from '../sources/source.js';
import type { PrePush } from '../sources/prepush.js';
import type { HistoryOptions, HistorySource as History } from '../sources/history.js';
import type { Io } from './io.js';
import type { CommonArgs } from './scan-command.js';

export interface SourceContext {
  cwd: string;
  root: string;
  filter: PathFilter;
  maxFileSize: number;
}

/** The source for `command`, or null when there is nothing to scan (a pre-push of no new commits). */
export async function makeSource(command: Command, a: CommonArgs, io: Io, ctx: SourceContext): Promise<Source | null> {
  switch (command) {
    case 'scan': {
      const { FilesSource } = await import('../sources/files.js');
      const lfs = a.lfs ? await lfsStore(ctx.cwd) : undefined;
      return new FilesSource({
        cwd: ctx.cwd,
        paths: a.paths ?? [],
        maxFileSize: ctx.maxFileSize,
        filter: ctx.filter,
        root: ctx.root,
        stdin: io.stdin,
        recurseSubmodules: a.recurseSubmodules ?? false,
        ...(lfs ? { lfs } : {}),
      });
    }
    case 'staged': {
      const { StagedSource } = await import('../sources/staged.js');
      return new StagedSource(ctx.cwd, ctx.filter, a.stagedDiff, ctx.maxFileSize);
    }
    case 'message': {
      const { MessageSource } = await import('../sources/message.js');
      return new MessageSource(resolve(ctx.cwd, a.file!), a.file!);
    }
    case 'history': {
      const { HistorySource } = await import('../sources/history.js');
      // revisions after `--` land in yargs' `_` (after the command name)
      let revs = [...(a.revs ?? []), ...(a._ ?? []).slice(1).map(String)];
      let pushed: PrePush | null = null;
      if (a.prePush) {
        const { prePushRevs } = await import('../sources/prepush.js');
        // the hook's first argument; the pre-commit framework passes it in the environment
        const remote = a.remote || io.env.PRE_COMMIT_REMOTE_NAME || undefined;
        pushed = await prePushRevs(await readAll(io.stdin), ctx.cwd, remote);
        if (!pushed) return null;
        revs = pushed.revs;
      } else if (a.remote !== undefined) throw new LeakguardError('--remote: only used with --pre-push');
      if (a.maxCommits !== undefined && (!Number.isInteger(a.maxCommits) || a.maxCommits < 1)) {
        throw new LeakguardError(`--max-commits: must be a positive whole number`);
      }
      if (a.branch) revs = [a.branch, ...revs];
      if (a.jobs !== undefined && (!Number.isInteger(a.jobs) || a.jobs < 1)) throw new LeakguardError(`--jobs: must be a positive whole number`);
      const { checkGitDate } = await import('./scan-options.js');
      if (a.since !== undefined) await checkGitDate('--since', String(a.since), ctx.cwd);
      if (a.until !== undefined) await checkGitDate('--until', String(a.until), ctx.cwd);
      const options = {
        cwd: ctx.cwd,
        revs,
        since: a.since,
        until: a.until,
        maxCommits: a.maxCommits,
        paths: ctx.filter,
        jobs: a.jobs,
        binary: a.binary ?? false,
        skipMerges: a.skipMerges ?? false,
        maxBlobSize: ctx.maxFileSize,
        ...(a.lfs ? { lfs: await lfsStore(ctx.cwd) } : {}),
      };
      // a push sends the superproject's commits only: each submodule's push is its own hook's
      if (pushed) return new HistorySource({ ...options, tagged: pushed.objects, commits: pushed.revs.length > 0 });
      // the submodules at HEAD are noted (or audited) by withSubmodules; others met in the commits by the source
      const atHead = new Set<string>();
      const main = new HistorySource({ ...options, submodulesNoted: atHead });
      return withSubmodules(main, options, a.recurseSubmodules ?? false, atHead);
    }
  }
}

/**
 * The audit of a repository with submodules: a note names each one whose history is not
 * audited; with --recurse-submodules, those checked out are audited too (all their refs).
 */
async function withSubmodules(main: History, options: HistoryOptions, recurse: boolean, atHead: Set<string>): Promise<Source> {
  const { submodulesAtHead, RecursiveHistory } = await import('../sources/submodules.js');
  const { HistorySource } = await import('../sources/history.js');
  const { addNote } = await import('../sources/source.js');
  const audited: Array<{ path: string; dir: string; source: History }> = [];
  // submodules of submodules too, each under its full path
  const visit = async (cwd: string, prefix: string) => {
    for (const s of await submodulesAtHead(cwd)) {
      const path = prefix + s.path;
      if (!prefix) atHead.add(s.path);
      if (!recurse) addNote(main, path, 'submodule: its history is not audited (--recurse-submodules audits it)', true);
      else if (!s.dir) addNote(main, path, 'submodule not checked out: its history is not audited', true);
      else {
        const lfs = options.lfs ? await lfsStore(s.dir) : undefined;
        audited.push({ path, dir: s.dir, source: new HistorySource({ ...options, cwd: s.dir, revs: [], lfs }) });
        await visit(s.dir, `${path}/`);
      }
    }
  };
  await visit(options.cwd, '');
  return audited.length ? new RecursiveHistory(main, options.cwd, audited) : main;
}

/** The local Git LFS store (--lfs), or a usage error outside a git repository. */
async function lfsStore(cwd: string) {
  const { LfsObjects } = await import('../sources/lfs.js');
  try {
    return await LfsObjects.open(cwd);
  } catch {
    throw new LeakguardError('--lfs: not a git repository (Git LFS objects live in one)');
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
