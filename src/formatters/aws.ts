/**
 * How AWS key facts read in the text report: one line of anatomy, one of the live check,
 * and, at the end of a history audit or a file scan, one pointer per distinct key to the
 * runbook (`leakguard respond`). The pointer shows the key ID whole (an identifier: see
 * findings/redact.ts) and names the finding by fingerprint, so it works with --redact-ids too.
 */
import { KEY_TYPES, describeAccount } from '../aws/anatomy.js';
import type { AwsKeyInfo, AwsVerification, Finding } from '../types.js';
import type { Command } from './formatter.js';

export function awsLines(aws: AwsKeyInfo): string[] {
  const lines = [`    key      ${aws.keyType}: ${KEY_TYPES[aws.keyType].kind}; ${pairing(aws)}`, `    account  ${describeAccount(aws)}`];
  if (aws.verification) lines.push(`    verify   ${describeVerification(aws.verification)}`);
  return lines;
}

function pairing(aws: AwsKeyInfo): string {
  if (aws.keyType === 'ASIA') {
    if (aws.paired && aws.sessionToken) return 'secret and session token found next to it';
    if (aws.paired) return 'secret found next to it, no session token';
  }
  return aws.paired ? 'secret found next to it' : 'no secret found next to it';
}

export function describeVerification(v: AwsVerification): string {
  switch (v.status) {
    case 'live':
      return `LIVE: the key works: ${v.arn} (account ${v.account}, user id ${v.userId})`;
    case 'invalid':
      return v.code === 'SignatureDoesNotMatch'
        ? 'invalid pair (SignatureDoesNotMatch): the key ID exists but the secret found is not its secret'
        : `invalid (${v.code}): AWS does not accept this key`;
    case 'unknown':
      return `unknown: ${v.reason}`;
  }
}

/** One line per distinct AWS key (history and file scans): where the response starts. */
export function respondPointers(findings: readonly Finding[], command: Command): string[] {
  if (command !== 'history' && command !== 'scan') return [];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const f of findings) {
    if (!f.aws || seen.has(f.secretHash)) continue;
    seen.add(f.secretHash);
    const where = f.commit ? ` --commit ${f.commit.sha.slice(0, 12)}` : '';
    const cmd = f.origin === 'stdin' ? 'leakguard respond --key <the key ID>' : `leakguard respond ${f.fingerprint}${where}`;
    const v = f.aws.verification;
    const account = f.aws.account === null && v?.status === 'live' ? `${v.account} (from STS)` : describeAccount(f.aws);
    lines.push(`  ${f.secret} (account ${account}${v?.status === 'live' ? ', LIVE' : ''}): ${cmd}`);
  }
  return lines.length ? ['Respond to each AWS key: the runbook, step by step, with the commands filled in:', ...lines] : [];
}
