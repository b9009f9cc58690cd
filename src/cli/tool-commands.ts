/**
 * The yargs definitions of the commands that manage suppression and configuration
 * (`ignore`, `baseline`, `import`); each handler's module is loaded only when it runs.
 */
import type { Argv } from 'yargs';
import type { BaselineArgs } from './baseline-command.js';
import type { IgnoreArgs } from './ignore-command.js';
import type { ImportArgs } from './import-command.js';
import type { Io } from './io.js';

/** Records a command's exit code (commands.ts). */
export type Setter = (p: Promise<number>) => Promise<void>;

const BASELINE_DEFAULT = '.leakguard-baseline.jsonl';

export function toolCommands(y0: Argv, set: Setter, io: Io): Argv {
  return y0
    .command(
      'ignore <fingerprints..>',
      'add entries to .leakguardignore (at the repository root): the findings with these fingerprints are not reported; the file is committed, so entries are written salted and slowly hashed (scrypt), never the plain fingerprint',
      (y) =>
        y
          .positional('fingerprints', { type: 'string', array: true, describe: 'rule-id:secret-hash, as reports show it (`id` in text, `fingerprint` in JSON)' })
          .option('path', { type: 'string', describe: 'only in paths matching GLOB (picomatch, relative to the repository root)', requiresArg: true })
          .option('reason', { type: 'string', describe: 'why (written as the entry\'s comment)', requiresArg: true })
          .option('C', { type: 'string', describe: 'run as if started in DIR', requiresArg: true }),
      (a) => set(import('./ignore-command.js').then((m) => m.ignoreCommand(a as unknown as IgnoreArgs, io))),
    )
    .command(
      'baseline [targets..]',
      'record the current findings (salted, slowly hashed fingerprints only) in a baseline file; scans with --baseline FILE then report only new ones',
      (y) =>
        y
          .positional('targets', { type: 'string', array: true, describe: 'paths (default .), or revisions with --history (default: all refs)' })
          .option('history', { type: 'boolean', describe: 'record the findings of the git history instead of the files' })
          .option('output', { alias: 'o', type: 'string', describe: `the baseline file (default: ${BASELINE_DEFAULT} at the repository root)`, requiresArg: true })
          .option('config', { type: 'string', describe: 'config file (--no-config: none)' })
          .option('verbose', { type: 'boolean', describe: 'also list what was skipped' })
          .option('C', { type: 'string', describe: 'run as if started in DIR', requiresArg: true }),
      (a) => set(import('./baseline-command.js').then((m) => m.baselineCommand(a as unknown as BaselineArgs, io))),
    )
    .command(
      'import <from>',
      "import another tool's configuration into the leakguard config (git-secrets: secrets.patterns, secrets.allowed, .gitallowed)",
      (y) =>
        y
          .positional('from', { choices: ['git-secrets'] as const, describe: 'the tool' })
          .option('config', { type: 'string', describe: 'the config file to write (default: the one found, else .leakguardrc.yaml at the repository root)', requiresArg: true })
          .option('C', { type: 'string', describe: 'run as if started in DIR', requiresArg: true }),
      (a) => set(import('./import-command.js').then((m) => m.importCommand(a as unknown as ImportArgs, io))),
    );
}
