/**
 * The yargs command definitions: argv -> validated options -> a command's exit code.
 * Usage errors are thrown as LeakguardErrors (reported by main.ts).
 */
import yargs, { type Argv } from 'yargs';
import { LeakguardError } from '../errors.js';
import { HOOKS, type HookName } from '../hooks/names.js';
import { runScanCommand, type CommonArgs } from './scan-command.js';
import { DEFAULT_ARGS } from './defaults.js';
import { FORMAT_NAMES } from '../formatters/index.js';
import type { Io } from './io.js';
import type { RespondArgs } from './respond-command.js';
import { toolCommands, type Setter } from './tool-commands.js';
import { orgCommands } from './org-command.js';
import type { RulesArgs } from './rules-command.js';
import { VERSION } from '../version.js';

const EPILOG =
  'Exit codes: 0 nothing found, 1 secrets found (or --exit-code N; --fail-on SEVERITY ignores lesser findings), 2 error (bad flag, config or rule; not a git repository; git failure; interrupted by Ctrl-C or SIGTERM, after writing what was found; output that cannot be written). ' +
  '--fail-on defaults to medium: low findings (test keys, encrypted private keys, person-chosen passwords in tests, examples and docs) are reported without failing the run.';

export async function runCommands(rawArgv: readonly string[], io: Io): Promise<number> {
  const argv = rewriteRedact(rawArgv);
  let exitCode = 0;
  const set: Setter = (p) => p.then((code) => void (exitCode = code));
  const base = yargs()
    .scriptName('leakguard')
    .usage('$0 <command> [options]\n\nFind secrets (AWS keys first) before they leave the machine, in CI, and in git history.');
  const parser = orgCommands(toolCommands(scanCommands(base, argv, set, io), set, io), set, io)
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
    .demandCommand(1, 'a command is required: scan, staged, history, message, respond, install, uninstall, ignore, baseline, import, rules or org')
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
  const output = await new Promise<string>((resolve, reject) => {
    parser.parseAsync([...argv], {}, (err, _argv, out) => (err ? reject(err) : resolve(out))).catch(reject);
  });
  if (output) io.stdout(output.endsWith('\n') ? output : output + '\n');
  return exitCode;
}

/** The scanning commands and the hook installers. */
function scanCommands(y0: Argv, argv: readonly string[], set: Setter, io: Io): Argv {
  return y0
    .command(
      'scan [paths..]',
      'scan files and folders (default: .); in a git work tree, . means tracked plus untracked-not-ignored files, a folder named explicitly all its files; - reads stdin',
      (y) =>
        common(y)
          .positional('paths', { type: 'string', array: true, describe: 'files, folders, or - for standard input (a folder git ignores is scanned whole when named)' })
          .option('recurse-submodules', { type: 'boolean', describe: 'also scan the files of submodules and nested git repositories (default: a note names them)' })
          .option('lfs', { type: 'boolean', describe: 'scan Git LFS objects present locally (.git/lfs/objects) instead of their pointers (default: a note names the pointers)' }),
      // yargs drops a lone '-' from array positionals: put it back
      (a) => set(runScanCommand('scan', { ...(a as unknown as CommonArgs), paths: withStdin(argv, a.paths as string[] | undefined) }, io)),
    )
    .command(
      'staged',
      'scan what `git commit` would record now: the lines the index adds against HEAD',
      (y) => common(y),
      (a) => set(runScanCommand('staged', a as unknown as CommonArgs, io)),
    )
    .command(
      'history [revs..]',
      'scan every commit reachable from all refs (and annotated tags, tags of blobs and trees), or the given revisions and ranges (e.g. origin/main..HEAD)',
      (y) =>
        common(y)
          .positional('revs', { type: 'string', array: true, describe: 'revisions or ranges (default: --all)' })
          .option('since', { type: 'string', describe: 'only commits more recent than DATE (a date git understands: 2024-01-31, "2 weeks ago", yesterday; anything else is an error)', requiresArg: true })
          .option('until', { type: 'string', describe: 'only commits older than DATE (as --since)', requiresArg: true })
          .option('max-commits', { type: 'number', describe: 'scan at most N commits', requiresArg: true })
          .option('branch', { type: 'string', describe: 'scan only the commits reachable from BRANCH', requiresArg: true })
          .option('jobs', { alias: 'j', type: 'number', describe: 'git processes run at once (default: the number of cores, at most 4)', requiresArg: true })
          .option('binary', { type: 'boolean', describe: 'also scan binary blobs for printable strings' })
          .option('skip-merges', { type: 'boolean', describe: "don't diff merge commits (faster; a secret pasted while resolving a conflict is then missed); their messages are still scanned" })
          .option('recurse-submodules', { type: 'boolean', describe: "also audit the histories of the submodules checked out at HEAD (findings' paths start with the submodule's path)" })
          .option('lfs', { type: 'boolean', describe: 'scan the Git LFS objects present locally that the commits point to (default: a note names the pointers)' })
          .option('pre-push', { type: 'boolean', describe: 'read the pushed refs from standard input (the pre-push hook)' })
          .option('remote', { type: 'string', describe: 'with --pre-push: the remote pushed to (the hook\'s first argument); commits on its remote-tracking refs are not scanned again', requiresArg: true }),
      (a) => set(runScanCommand('history', a as unknown as CommonArgs, io)),
    )
    .command(
      'message <file>',
      'scan a commit message file (the commit-msg hook): every line, # comment lines included (git may keep them), not the git commit -v diff',
      (y) => common(y).positional('file', { type: 'string', describe: 'the message file (.git/COMMIT_EDITMSG)' }),
      (a) => set(runScanCommand('message', a as unknown as CommonArgs, io)),
    )
    .command(
      'respond [finding]',
      'print the response runbook for a leaked AWS key, commands filled in: FINDING is a fingerprint from a report or a history audit (the key is found again by scanning), or give --key',
      (y) =>
        y
          .positional('finding', { type: 'string', describe: 'fingerprint of the finding, e.g. aws-access-key-id:0123456789abcdef (or its hash part)' })
          .option('key', { type: 'string', describe: 'the access key ID itself (never the secret)', requiresArg: true })
          .option('commit', { type: 'string', describe: 'look for FINDING in this commit only (fast; the history hand-off line gives it)', requiresArg: true })
          .option('report', { type: 'string', describe: 'look FINDING up in a JSON report (leakguard ... --format json -o FILE)', requiresArg: true })
          .option('format', { alias: 'f', type: 'string', default: 'text', describe: 'text, or markdown (a checklist for an incident ticket)', requiresArg: true })
          .option('config', { type: 'string', describe: 'config file (aws.accounts labels the account)' })
          .option('redact', { type: 'boolean', default: true, describe: 'the secret is never printed: it goes into a private filter-repo replacement file (mode 0600) that step 6 names (--no-redact prints the file in the runbook instead)' })
          .option('verify', { type: 'boolean', describe: 'check the pair found with STS GetCallerIdentity (sends a signed request to AWS; only when given): the runbook then names the IAM user and the account' })
          .option('verify-timeout', { type: 'number', describe: 'milliseconds for the --verify request (default: 5000)', requiresArg: true })
          .option('aws-endpoint', { type: 'string', describe: 'STS endpoint for --verify (default: https://sts.amazonaws.com, region us-east-1)', requiresArg: true })
          .option('C', { type: 'string', describe: 'run as if started in DIR (like git -C)', requiresArg: true }),
      (a) => set(import('./respond-command.js').then(({ runRespondCommand }) => runRespondCommand(a as unknown as RespondArgs, io))),
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
    );
}

function withStdin(argv: readonly string[], paths: string[] | undefined): string[] {
  const rest = argv.slice(argv.indexOf('scan') + 1);
  // paths after `--` (the pre-commit framework's file names may start with '-'): yargs
  // leaves them out of the positional
  const end = rest.indexOf('--');
  const options = end < 0 ? rest : rest.slice(0, end);
  const after = end < 0 ? [] : rest.slice(end + 1);
  const given = [...(paths ?? []), ...after.filter((p) => !(paths ?? []).includes(p))];
  return options.includes('-') ? ['-', ...given] : given;
}

/**
 * `--redact=N` and `--redact N` (a percentage) become `--redact-percent N`, so that
 * `--redact` stays a boolean (`--no-redact`) and `--redact 50` is not read as `--redact`
 * plus a path named 50. A number after `--redact` is always the percentage (scan a folder
 * named like a number as `./50`).
 */
export function rewriteRedact(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const m = /^--redact=(.*)$/s.exec(arg);
    if (m && m[1] !== 'true' && m[1] !== 'false') out.push('--redact-percent', m[1]!);
    else if (arg === '--redact' && /^[+-]?\d+(\.\d*)?%?$/.test(argv[i + 1] ?? '')) out.push('--redact-percent', argv[++i]!);
    else out.push(arg);
  }
  return out;
}

function common<T>(y: Argv<T>) {
  return y
    .option('format', { alias: 'f', type: 'string', default: DEFAULT_ARGS.format, describe: `report format: ${FORMAT_NAMES.join(', ')}, or a formatter module's path or package name`, requiresArg: true })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE (a summary line stays on stderr)', requiresArg: true })
    .option('report', { type: 'string', describe: 'also write a report: FORMAT=FILE (repeatable, e.g. --report sarif=leakguard.sarif)', requiresArg: true })
    .option('config', { type: 'string', describe: 'config file (default: found from the working directory up to the repository root; --no-config: none, and no git-secrets patterns)' })
    .option('redact', { type: 'boolean', default: DEFAULT_ARGS.redact, describe: 'hide secrets in every report (default: the known prefix and the last 4 characters, ghp_…a1B2; under 16 characters only the length); --redact=N (or --redact N) hides N percent; --no-redact shows them whole' })
    .option('redact-percent', { hidden: true, requiresArg: true })
    .option('redact-ids', { type: 'boolean', describe: 'hide identifiers too (AWS access key IDs, shown whole by default: they do not authenticate); config: redactIds' })
    .option('baseline', { type: 'string', describe: 'report only findings not in this baseline file (see leakguard baseline)', requiresArg: true })
    .option('explain-suppressed', { type: 'boolean', describe: 'also list what was found but not reported, and why (ignore entry, baseline, inline marker, allowlist)' })
    .option('exit-code', { type: 'string', describe: 'exit code when findings remain (default 1)', requiresArg: true })
    .option('fail-on', { type: 'string', describe: 'only findings at or above this severity fail the run (critical, high, medium, low, info; default medium: low findings are reported without failing)', requiresArg: true })
    .option('color', { type: 'boolean', describe: 'colour the text report (default: when stdout is a terminal and NO_COLOR is unset)' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'print nothing when nothing is found' })
    .option('verbose', { type: 'boolean', describe: 'also list what was skipped (binaries, large files, symlinks)' })
    .option('decode', { type: 'boolean', describe: 'look for secrets inside base64, hex, percent-encoded and JSON-escaped text (default: on; --no-decode turns it off)' })
    .option('max-decode-depth', { type: 'string', describe: 'how many nested encodings are decoded (0-10, default 3; 0: none)', requiresArg: true })
    .option('verify', { type: 'boolean', describe: 'check each AWS key ID + secret found with STS GetCallerIdentity (sends a signed request to AWS; only when given)' })
    .option('verify-timeout', { type: 'number', describe: 'milliseconds per --verify request (default: 5000)', requiresArg: true })
    .option('aws-endpoint', { type: 'string', describe: 'STS endpoint for --verify (default: https://sts.amazonaws.com, region us-east-1)', requiresArg: true })
    .option('C', { type: 'string', describe: 'run as if started in DIR (like git -C)', requiresArg: true });
}

interface HookArgs {
  hook: HookName[];
  force?: boolean;
  C?: string;
}

async function hookCommand(action: 'install' | 'uninstall', a: HookArgs, io: Io): Promise<number> {
  const { install, uninstall, inWorkTree } = await import('../hooks/install.js');
  const { resolveCwd, binPath } = await import('./scan-command.js');
  const cwd = resolveCwd(a.C, io);
  const hooks = [...new Set(a.hook)];
  if (action === 'install') {
    // `"prepare": "leakguard install"` in a project's package.json: nothing to do in CI, nor
    // when npm runs it outside a work tree (an installed tarball, a production image)
    const ci = io.env.CI !== undefined && !['', '0', 'false'].includes(io.env.CI.toLowerCase());
    const lifecycle = ['prepare', 'preinstall', 'install', 'postinstall', 'prepack'].includes(io.env.npm_lifecycle_event ?? '');
    if (ci) {
      if (!lifecycle) io.stderr('leakguard: CI is set: no hooks installed\n');
      return 0;
    }
    if (lifecycle && !(await inWorkTree(cwd))) return 0;
  }
  const lines = action === 'install' ? await install({ cwd, hooks, force: a.force ?? false, binPath: binPath() }) : await uninstall({ cwd, hooks });
  if (action === 'uninstall' && !lines.length) lines.push('no leakguard hook found');
  for (const line of lines) io.stderr(`leakguard: ${line}\n`);
  return 0;
}
