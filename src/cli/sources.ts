/**
 * From a command and its arguments to the Source that reads what it scans. Each source's
 * module is imported only when its command runs (the pre-commit hook loads only the
 * staged source).
 */
import { resolve } from 'node:path';
import { LeakguardError } from '../errors.js';
import type { Command } from '../formatters/formatter.js';
import type { PathFilter, Source } from '../sources/source.js';
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
      return new FilesSource({ cwd: ctx.cwd, paths: a.paths ?? [], maxFileSize: ctx.maxFileSize, filter: ctx.filter, root: ctx.root, stdin: io.stdin });
    }
    case 'staged': {
      const { StagedSource } = await import('../sources/staged.js');
      return new StagedSource(ctx.cwd, ctx.filter, a.stagedDiff);
    }
    case 'message': {
      const { MessageSource } = await import('../sources/message.js');
      return new MessageSource(resolve(ctx.cwd, a.file!), a.file!);
    }
    case 'history': {
      const { HistorySource } = await import('../sources/history.js');
      // revisions after `--` land in yargs' `_` (after the command name)
      let revs = [...(a.revs ?? []), ...(a._ ?? []).slice(1).map(String)];
      if (a.prePush) {
        const { prePushRevs } = await import('../sources/prepush.js');
        const pushed = await prePushRevs(await readAll(io.stdin), ctx.cwd);
        if (!pushed) return null;
        revs = pushed;
      }
      if (a.maxCommits !== undefined && (!Number.isInteger(a.maxCommits) || a.maxCommits < 1)) {
        throw new LeakguardError(`--max-commits: must be a positive whole number`);
      }
      if (a.branch) revs = [a.branch, ...revs];
      if (a.jobs !== undefined && (!Number.isInteger(a.jobs) || a.jobs < 1)) throw new LeakguardError(`--jobs: must be a positive whole number`);
      const { checkGitDate } = await import('./scan-options.js');
      if (a.since !== undefined) await checkGitDate('--since', String(a.since), ctx.cwd);
      if (a.until !== undefined) await checkGitDate('--until', String(a.until), ctx.cwd);
      return new HistorySource({
        cwd: ctx.cwd,
        revs,
        since: a.since,
        until: a.until,
        maxCommits: a.maxCommits,
        paths: ctx.filter,
        jobs: a.jobs,
        binary: a.binary ?? false,
        maxBlobSize: ctx.maxFileSize,
      });
    }
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
