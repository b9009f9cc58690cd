/**
 * The command line: yargs commands turn argv into validated options, run a scan (or an
 * install), and return an exit code: 0 nothing found, 1 findings, 2 error. Nothing here
 * sets the process exit code or exits: bin/leakguard.js does. User errors are one line on
 * stderr with no stack trace unless --debug.
 */
import yargs, { type Argv } from 'yargs';
import { LeakguardError, errorMessage } from '../errors.js';
import { HOOKS, type HookName } from '../hooks/install.js';
import { runScanCommand, type CommonArgs } from './scan-command.js';
import type { Io } from './io.js';
import type { RulesArgs } from './rules-command.js';
import { processIo } from './io.js';
import { VERSION } from '../version.js';

const EPILOG = 'Exit codes: 0 nothing found, 1 secrets found, 2 error (bad flag, config or rule; not a git repository; git failure).';

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const set = (p: Promise<number>) => p.then((code) => void (exitCode = code));
  const parser = yargs()
    .scriptName('leakguard')
    .usage('$0 <command> [options]\n\nFind secrets (AWS keys first) before they leave the machine, in CI, and in git history.')
    .command(
      'scan [paths..]',
      'scan files and folders (default: .); in a git work tree, tracked plus untracked-not-ignored files; - reads stdin',
      (y) => common(y).positional('paths', { type: 'string', array: true, describe: 'files, folders, or - for standard input' }),
      (a) => set(runScanCommand('scan', a as unknown as CommonArgs, io)),
    )
    .command(
      'staged',
      'scan what `git commit` would record now: the lines the index adds against HEAD',
      (y) => common(y),
      (a) => set(runScanCommand('staged', a as unknown as CommonArgs, io)),
    )
    .command(
      'history [revs..]',
      'scan every commit reachable from all refs, or the given revisions and ranges (e.g. origin/main..HEAD)',
      (y) =>
        common(y)
          .positional('revs', { type: 'string', array: true, describe: 'revisions or ranges (default: --all)' })
          .option('since', { type: 'string', describe: 'only commits more recent than DATE', requiresArg: true })
          .option('until', { type: 'string', describe: 'only commits older than DATE', requiresArg: true })
          .option('max-commits', { type: 'number', describe: 'scan at most N commits', requiresArg: true })
          .option('pre-push', { type: 'boolean', describe: 'read the pushed refs from standard input (the pre-push hook)' }),
      (a) => set(runScanCommand('history', a as unknown as CommonArgs, io)),
    )
    .command(
      'message <file>',
      'scan a commit message file (the commit-msg hook)',
      (y) => common(y).positional('file', { type: 'string', describe: 'the message file (.git/COMMIT_EDITMSG)' }),
      (a) => set(runScanCommand('message', a as unknown as CommonArgs, io)),
    )
    .command(
      'install',
      'install git hooks (default: pre-commit) into core.hooksPath, the hooks folder, or husky',
      (y) =>
        y
          .option('hook', { type: 'string', array: true, choices: HOOKS, default: ['pre-commit'], describe: 'hooks to install' })
          .option('force', { type: 'boolean', describe: "chain an existing hook that is not leakguard's (kept as <hook>.pre-leakguard)" })
          .option('C', { type: 'string', describe: 'run as if started in DIR', requiresArg: true }),
      (a) => set(hookCommand('install', a as unknown as HookArgs, io)),
    )
    .command(
      'uninstall',
      "remove leakguard's git hooks (restoring a chained hook)",
      (y) =>
        y
          .option('hook', { type: 'string', array: true, choices: HOOKS, default: [...HOOKS], describe: 'hooks to remove' })
          .option('C', { type: 'string', describe: 'run as if started in DIR', requiresArg: true }),
      (a) => set(hookCommand('uninstall', a as unknown as HookArgs, io)),
    )
    .command(
      'rules <action> [text]',
      'list the rules (rules list), or show why a text is or is not reported (rules test "<text>", or text on stdin)',
      (y) =>
        y
          .positional('action', { choices: ['list', 'test'] as const, describe: 'list: every rule with its id, severity and description; test: explain the matching of <text>' })
          .positional('text', { type: 'string', describe: 'test: the text to check (default, or -: standard input)' })
          .option('config', { type: 'string', describe: 'config file (--no-config: none)' })
          .option('redact', { type: 'boolean', default: true, describe: 'hide secrets in the explanation (--no-redact shows them whole)' })
          .option('C', { type: 'string', describe: 'run as if started in DIR', requiresArg: true }),
      (a) => set(import('./rules-command.js').then(({ runRulesCommand }) => runRulesCommand(a as unknown as RulesArgs, io))),
    )
    .option('debug', { type: 'boolean', describe: 'print stack traces of errors', global: true })
    .demandCommand(1, 'a command is required: scan, staged, history, message, install, uninstall or rules')
    .strict()
    .recommendCommands()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .epilog(EPILOG)
    .wrap(Math.min(110, io.columns ?? 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new LeakguardError(msg);
    });
  try {
    const output = await new Promise<string>((resolve, reject) => {
      parser.parseAsync([...argv], {}, (err, _argv, out) => (err ? reject(err) : resolve(out))).catch(reject);
    });
    if (output) io.stdout(output.endsWith('\n') ? output : output + '\n');
    return exitCode;
  } catch (err) {
    return reportError(err, io, debug);
  }
}

function common<T>(y: Argv<T>) {
  return y
    .option('format', { alias: 'f', type: 'string', default: 'text', describe: 'report format: text or json', requiresArg: true })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE (a summary line stays on stderr)', requiresArg: true })
    .option('config', { type: 'string', describe: 'config file (default: found from the working directory up to the repository root; --no-config: none)' })
    .option('redact', { type: 'boolean', default: true, describe: 'hide secrets in the report (--no-redact shows them whole)' })
    .option('color', { type: 'boolean', describe: 'colour the text report (default: when stdout is a terminal and NO_COLOR is unset)' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'print nothing when nothing is found' })
    .option('verbose', { type: 'boolean', describe: 'also list what was skipped (binaries, large files, symlinks)' })
    .option('C', { type: 'string', describe: 'run as if started in DIR (like git -C)', requiresArg: true });
}

interface HookArgs {
  hook: HookName[];
  force?: boolean;
  C?: string;
}

async function hookCommand(action: 'install' | 'uninstall', a: HookArgs, io: Io): Promise<number> {
  const { install, uninstall } = await import('../hooks/install.js');
  const { resolveCwd, binPath } = await import('./scan-command.js');
  const cwd = resolveCwd(a.C, io);
  const hooks = [...new Set(a.hook)];
  const lines = action === 'install' ? await install({ cwd, hooks, force: a.force ?? false, binPath: binPath() }) : await uninstall({ cwd, hooks });
  for (const line of lines.length ? lines : ['no leakguard hook found']) io.stderr(`leakguard: ${line}\n`);
  return 0;
}

function reportError(err: unknown, io: Io, debug: boolean): number {
  if (err instanceof LeakguardError) {
    io.stderr(`leakguard: ${err.message}\n`);
    if (debug && err.stack) io.stderr(err.stack + '\n');
    if (/^(Unknown argument|Not enough non-option|Missing required|Invalid values|Unknown command|a command is required|Did you mean)/i.test(err.message)) {
      io.stderr('Run `leakguard --help` for usage.\n');
    }
    return 2;
  }
  io.stderr(`leakguard: internal error: ${errorMessage(err)}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
  return 2;
}
