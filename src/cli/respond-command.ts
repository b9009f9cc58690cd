/**
 * `leakguard respond`: from a finding to the incident response. It takes a fingerprint
 * from a report or from the hand-off lines a history audit ends with (the key is found
 * again by scanning: reports hide its secret), or the key ID itself with --key, and prints the
 * runbook for that key. It never asks for the secret: the key ID is the handle.
 */
import { addAnatomy, isAwsKeyFinding, KEY_ID_RE, partOf } from '../aws/anatomy.js';
import { locateAnywhere, locateFromReport, locateInCommit, locateKey, parseTarget, type LocateContext } from '../aws/locate.js';
import { renderRunbook, RUNBOOK_FORMATS, type RunbookInput } from '../aws/runbook.js';
import { writeReplacementFile } from '../aws/replacements.js';
import { findRepoRoot, loadConfig } from '../config/load.js';
import { LeakguardError } from '../errors.js';
import { PathFilter } from '../sources/source.js';
import type { Finding } from '../types.js';
import type { Io } from './io.js';
import { resolveCwd } from './scan-command.js';

export interface RespondArgs {
  finding?: string;
  key?: string;
  commit?: string;
  report?: string;
  format: string;
  redact: boolean;
  config?: string | false;
  C?: string;
  /** --verify (sends the pair to STS, only when asked), --verify-timeout, --aws-endpoint */
  verify?: boolean;
  verifyTimeout?: number;
  awsEndpoint?: string;
}

export async function runRespondCommand(a: RespondArgs, io: Io): Promise<number> {
  const format = a.format as (typeof RUNBOOK_FORMATS)[number];
  if (!RUNBOOK_FORMATS.includes(format)) throw new LeakguardError(`--format: unknown format "${a.format}" (respond: ${RUNBOOK_FORMATS.join(', ')})`);
  if (a.finding !== undefined && a.key !== undefined) throw new LeakguardError('respond: give a FINGERPRINT or --key, not both');
  if (a.finding === undefined && a.key === undefined) throw new LeakguardError('respond: give the FINGERPRINT of a finding (from a report or a history audit) or --key ACCESS_KEY_ID');
  if (a.key === undefined && a.commit !== undefined && a.report !== undefined) throw new LeakguardError('--commit: not with --report (the report names the commit)');
  if (a.key !== undefined && (a.commit !== undefined || a.report !== undefined)) throw new LeakguardError(`--${a.commit !== undefined ? 'commit' : 'report'}: not with --key (they find a FINGERPRINT)`);
  const keyId = a.key !== undefined ? checkKey(a.key) : undefined;
  const target = a.finding !== undefined ? parseTarget(a.finding) : null;
  if (a.finding !== undefined && !target) throw new LeakguardError(`FINGERPRINT: "${a.finding}" is not a fingerprint (e.g. aws-access-key-id:0123456789abcdef, from a report or a history audit)`);

  const cwd = resolveCwd(a.C, io);
  const config = await loadConfig({ cwd, ...(typeof a.config === 'string' ? { configFile: a.config } : {}), noConfig: a.config === false });
  let finding: Finding;
  const root = findRepoRoot(cwd);
  const ctx: LocateContext = { cwd, root: root ?? cwd, config, filter: new PathFilter(config.allowPath, config.ruleSet.rules) };
  // --key in a repository: the key found there (with its secret, for step 6), else the ID alone
  if (keyId) finding = (root ? await locateKey(ctx, keyId) : null) ?? keyFinding(keyId);
  else {
    const found = a.report !== undefined ? await locateFromReport(ctx, target!, a.report) : a.commit !== undefined ? await locateInCommit(ctx, target!, a.commit) : await locateAnywhere(ctx, target!);
    const where = a.report !== undefined ? `where --report says it is` : a.commit !== undefined ? `commit ${a.commit}` : 'the work tree or the history';
    if (!found) throw new LeakguardError(`respond: no AWS access key with fingerprint ${a.finding} in ${where}`);
    finding = found;
  }
  // --verify: STS names the user and the account, which the runbook then fills in
  const { verifyOptionsOf } = await import('./scan-command.js');
  const verify = verifyOptionsOf(a);
  const { enrichAws } = await import('../aws/enrich.js');
  const [enriched] = verify ? await enrichAws([finding], { accounts: config.aws.accounts, verify }) : addAnatomy([finding], config.aws.accounts);
  const input = runbookInput(enriched!);
  // the history clean-up needs the secret exactly as committed: written to a private file, never printed
  if (a.redact && (input.secret || input.sessionToken)) input.replacementFile = writeReplacementFile(input);
  io.stdout(renderRunbook(input, { format, redact: a.redact }));
  return 0;
}

/** --key: an access key ID, never a secret (which would then be in shell history: say so, without echoing it). */
function checkKey(value: string): string {
  const v = value.trim();
  if (KEY_ID_RE.test(v)) return v;
  if (/^[A-Za-z0-9/+]{40}$/.test(v)) throw new LeakguardError('--key: that looks like a secret access key: give the access key ID (AKIA...), never the secret, and treat the secret as leaked in your shell history too');
  throw new LeakguardError(`--key: not an AWS access key ID (20 characters: AKIA, ASIA, ABIA or ACCA, then 16 of A-Z and 2-7; got ${v.length} characters)`);
}

function keyFinding(keyId: string): Finding {
  return {
    ruleId: 'aws-access-key-id', description: 'AWS access key ID', severity: 'high', file: null, line: 0, column: 0, endLine: 0, endColumn: 0,
    secret: keyId, match: keyId, tags: ['aws', 'key-id'], fingerprint: '', secretHash: '', origin: 'stdin',
  };
}

function runbookInput(f: Finding): RunbookInput {
  if (!isAwsKeyFinding(f) || !f.aws) throw new LeakguardError('respond: that finding is not an AWS access key ID');
  const located = f.fingerprint !== '';
  return {
    keyId: f.secret,
    aws: f.aws,
    secret: partOf(f, 'secret'),
    sessionToken: partOf(f, 'session-token'),
    ...(located ? { where: { file: f.file, line: f.line, commit: f.commit } } : {}),
  };
}
