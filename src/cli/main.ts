/**
 * The command line's entry: run a command and return its exit code (0 nothing found,
 * 1 findings, 2 error). Nothing here sets the process exit code or exits: bin/leakguard.js
 * does. User errors are one line on stderr with no stack trace unless --debug.
 *
 * The exact invocations the installed git hooks use skip yargs (and its start-up cost):
 * a hook's whole time budget is start-up. Everything else goes through cli/commands.ts.
 */
import { LeakguardError, errorMessage } from '../errors.js';
import type { Command } from '../formatters/formatter.js';
import type { CommonArgs } from './scan-command.js';
import { processIo, type Io } from './io.js';
import { catchInterrupts } from './interrupt.js';
import { printable } from '../util.js';
import { DEFAULT_ARGS, runScanCommand, startStagedDiff } from './hook-path.js';

/** `early`: SIGINT/SIGTERM received by bin/leakguard.js before the CLI was loaded. */
export async function main(argv: readonly string[], io: Io = processIo(), early: readonly NodeJS.Signals[] = []): Promise<number> {
  // synchronously, before anything slow: an early Ctrl-C still gets a report (cli/interrupt.ts)
  catchInterrupts(argv.some((a) => SCANNING.has(a)), early);
  try {
    const hook = hookInvocation(argv);
    if (hook) {
      // the pre-commit hook: git computes the staged diff while the rest of leakguard loads
      if (hook.command === 'staged') hook.args.stagedDiff = startStagedDiff(io.cwd);
      return await runScanCommand(hook.command, hook.args, io);
    }
    const { runCommands } = await import('./commands.js');
    return await runCommands(argv, io);
  } catch (err) {
    return reportError(err, io, argv.includes('--debug'));
  }
}

/** Commands that scan: the first Ctrl-C or SIGTERM stops the scan and the report is still written. */
const SCANNING = new Set(['scan', 'staged', 'history', 'message', 'baseline']);

/**
 * `staged`, `message FILE` and `history --pre-push [--remote=NAME]`, each optionally with `--quiet`:
 * exactly what hooks/install.ts writes into hooks.
 */
export function hookInvocation(argv: readonly string[]): { command: Command; args: CommonArgs } | null {
  const quiet = argv.includes('--quiet');
  const [command, arg, ...rest] = argv.filter((a) => a !== '--quiet');
  if (rest.length) return prePushInvocation(argv, quiet);
  const args = { ...DEFAULT_ARGS, ...(quiet ? { quiet } : {}) };
  if (command === 'staged' && arg === undefined) return { command, args };
  if (command === 'message' && arg !== undefined && !arg.startsWith('-')) return { command, args: { ...args, file: arg } };
  if (command === 'history' && arg === '--pre-push') return { command, args: { ...args, prePush: true } };
  return null;
}

/** `history --pre-push --remote=NAME` (the hook's first argument, which may be empty). */
function prePushInvocation(argv: readonly string[], quiet: boolean): { command: Command; args: CommonArgs } | null {
  const [command, flag, remote, ...rest] = argv.filter((a) => a !== '--quiet');
  if (command !== 'history' || flag !== '--pre-push' || rest.length || !remote?.startsWith('--remote=')) return null;
  const name = remote.slice('--remote='.length);
  return { command, args: { ...DEFAULT_ARGS, ...(quiet ? { quiet } : {}), prePush: true, ...(name ? { remote: name } : {}) } };
}

function reportError(err: unknown, io: Io, debug: boolean): number {
  if (err instanceof LeakguardError) {
    io.stderr(`leakguard: ${printable(err.message)}\n`);
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
