/**
 * The runbook for one leaked AWS key: the steps of runbook-steps.ts with the key filled in,
 * under a header that says what the key is and whose, as text for a terminal or as a
 * markdown checklist for an incident ticket. The key ID is printed whole (it is the handle
 * every command needs); the secret access key and session token are never printed (unless
 * --no-redact): they go into the filter-repo replacement file that respond writes
 * (replacements.ts), whose path the runbook names.
 */
import { replacementLines, shellWord } from './replacements.js';
import type { AwsKeyInfo, CommitInfo } from '../types.js';
import { KEY_TYPES, describeAccount } from './anatomy.js';
import { stepsFor, type Step } from './runbook-steps.js';
import { describeVerification } from '../formatters/aws.js';

export interface RunbookInput {
  keyId: string;
  aws: AwsKeyInfo;
  /** raw secret access key and session token found with the key (for the replacement file) */
  secret?: string | undefined;
  sessionToken?: string | undefined;
  /** where it was found */
  where?: { file: string | null; line: number; commit?: CommitInfo | undefined } | undefined;
  /** the filter-repo replacement file respond wrote (absolute path), when it did */
  replacementFile?: string | undefined;
}

export interface RunbookOptions {
  format: 'text' | 'markdown';
  /** false: --no-redact (the runbook prints the replacement file, secret included) */
  redact: boolean;
}

/** label, value, and whether the value is a command */
type Fact = [string, string, boolean?];

export const RUNBOOK_FORMATS = ['text', 'markdown'] as const;

export function renderRunbook(input: RunbookInput, options: RunbookOptions): string {
  const variant = KEY_TYPES[input.aws.keyType].response;
  const fill = filler(input, options);
  const steps = stepsFor(variant).map((s) => ({
    ...s,
    why: fill(s.why),
    notes: s.notes.map(fill).filter((n) => n !== ''),
    commands: s.commands.map((c) => ({ ...c, run: fill(c.run) })).filter((c) => c.run !== ''),
  }));
  const facts = headerFacts(input, options);
  const advice = headerAdvice(input);
  return options.format === 'markdown' ? markdown(input, facts, advice, steps) : text(input, facts, advice, steps);
}

function filler(input: RunbookInput, options: RunbookOptions): (s: string) => string {
  const values: Record<string, string> = {
    key: input.keyId,
    account: input.aws.account ?? 'ACCOUNT_ID',
    // without a written file, a here-document: never with a secret unless --no-redact
    ...replacementValues(input.replacementFile || !options.redact ? input : { ...input, secret: undefined, sessionToken: undefined }),
    replacementsNote: replacementsNote(input),
    contained: KEY_TYPES[input.aws.keyType].response === 'session' ? 'the sessions revoked (step 1)' : 'the key deactivated and deleted (steps 1, 5)',
  };
  const user = liveUser(input.aws);
  if (user && input.aws.account === null) values.account = user.account;
  const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (m, name: string) => values[name] ?? m);
  if (!user) return fill;
  // --verify named the user: no need to ask IAM who owns the key
  return (s) => fill(s).replace(/^USER_NAME=\$\(aws iam get-access-key-last-used [^\n]*\)$/m, `USER_NAME='${user.name}'  # from the live check: ${user.arn}`);
}

/** The IAM user (and account) a live --verify answer names, from its ARN; null for a role session or no live check. */
export function liveUser(aws: RunbookInput['aws']): { name: string; account: string; arn: string } | null {
  const v = aws.verification;
  if (v?.status !== 'live') return null;
  // IAM user names hold only [\w+=,.@-]: safe inside single quotes in a shell
  const m = /^arn:aws[\w-]*:iam::(\d{12}):user\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]{1,64})$/.exec(v.arn);
  return m ? { account: m[1]!, name: m[2]!, arn: v.arn } : null;
}

const DEFAULT_FILE = '../leakguard-replacements.txt';

/** Step 6's file: written by respond (named by path), or a here-document to paste (key ID, or --no-redact). */
function replacementValues(input: RunbookInput): Record<string, string> {
  if (input.replacementFile) {
    const path = shellWord(input.replacementFile);
    const folder = shellWord(input.replacementFile.replace(/\/[^/]*$/, ''));
    return { writeReplacements: '', replacementsPath: path, removeReplacements: `rm -f ${path} && rmdir ${folder}` };
  }
  return {
    writeReplacements: `cat > ${DEFAULT_FILE} <<'EOF'\n${replacementLines(input)}\nEOF`,
    replacementsPath: DEFAULT_FILE,
    removeReplacements: `rm -f ${DEFAULT_FILE}`,
  };
}

function replacementsNote(input: RunbookInput): string {
  const session = KEY_TYPES[input.aws.keyType].response === 'session';
  const missing = [
    !input.secret && 'SECRET_ACCESS_KEY==>REMOVED-AWS-SECRET-ACCESS-KEY',
    session && !input.sessionToken && 'SESSION_TOKEN==>REMOVED-AWS-SESSION-TOKEN',
  ].filter((m): m is string => typeof m === 'string');
  const parts = ['the key ID', input.secret && 'the secret access key', input.sessionToken && 'the session token'].filter((p): p is string => typeof p === 'string');
  const held = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
  const wrote = input.replacementFile
    ? `leakguard wrote the replacement file named above (mode 0600, in a folder only you can read) with ${held} exactly as found in the repository, so that filter-repo replaces the real values; it never prints them. Delete it with the last command once filter-repo has run. `
    : '';
  if (missing.length) return `${wrote}Not found with the key ID, so not in the file: if ${missing.length > 1 ? 'they were' : 'it was'} committed too, add ${missing.map((m) => `a line ${m}`).join(' and ')}.`;
  return wrote.trimEnd();
}

function headerFacts(input: RunbookInput, options: RunbookOptions): Fact[] {
  const aws = input.aws;
  const facts: Fact[] = [['kind', `${aws.keyType}: ${KEY_TYPES[aws.keyType].kind}`]];
  if (aws.account === null) facts.push(['account', 'not encoded in this key ID; ask AWS:'], ['', `aws sts get-access-key-info --access-key-id ${input.keyId}`, true]);
  else facts.push(['account', `${describeAccount(aws)}, decoded from the key ID`]);
  if (input.where) {
    const w = input.where;
    const c = w.commit;
    facts.push(['found', `${w.file ?? 'commit message'}:${w.line}${c ? `, commit ${c.sha.slice(0, 12)} (${c.date.slice(0, 10)}, ${c.author})` : ''}`]);
  }
  const secretNote = input.secret
    ? `found with it (${input.replacementFile ? 'written to the replacement file of step 6, never printed' : options.redact ? 'not printed' : 'printed whole in step 6: --no-redact'})`
    : 'not found with it (if it was committed too, add it to the replacement file in step 6)';
  facts.push(['secret', secretNote]);
  if (aws.verification) facts.push(['live check', describeVerification(aws.verification)]);
  return facts;
}

function headerAdvice(input: RunbookInput): string[] {
  const aws = input.aws;
  const out: string[] = [];
  if (aws.keyType !== 'AKIA' && aws.keyType !== 'A3T') {
    out.push(`This is a temporary credential (${aws.keyType}), not a user's long-term key: it cannot be deactivated. The steps revoke the sessions of the role (or user) that issued it instead.`);
  }
  if (aws.accountKnown === false) out.push('This account is not one of the accounts in your config (aws.accounts). If you cannot sign in to it, tell its owner: only they can stop the key.');
  const acct = aws.account ?? 'ACCOUNT_ID';
  out.push(`Run every command with an administrator's credentials for account ${acct} (e.g. aws --profile), never with the leaked key, in one shell: later steps use the variables set in step 1.`);
  out.push('Do the steps in order. Step 1 comes first, now: before deleting the file or rewriting history.');
  return out;
}

function text(input: RunbookInput, facts: Fact[], advice: string[], steps: Step[]): string {
  const out = [`AWS key incident: ${input.keyId}`, ''];
  for (const [k, v] of facts) out.push(`  ${k.padEnd(10)} ${v}`);
  out.push('', ...advice.flatMap((a) => [...wrap(a, 90, ''), '']));
  steps.forEach((s, i) => {
    out.push(`${i + 1}. ${s.title}`, ...wrap(s.why, 90, '   '), '');
    for (const c of s.commands) out.push(...c.run.split('\n').map((l) => `     ${l}`), '');
    for (const n of s.notes) out.push(...wrap(n, 90, '   - ', '     '));
    if (s.notes.length) out.push('');
  });
  return out.join('\n');
}

function markdown(input: RunbookInput, facts: Fact[], advice: string[], steps: Step[]): string {
  const out = [`# AWS key incident: \`${input.keyId}\``, ''];
  for (const [k, v, code] of facts) out.push(code ? `  \`${v}\`` : `- **${k}**: ${v}`);
  out.push('', ...advice.flatMap((a) => [a, '']));
  steps.forEach((s, i) => {
    out.push(`- [ ] **${i + 1}. ${s.title}**`, '', `  ${s.why}`, '');
    for (const c of s.commands) out.push('  ```sh', ...c.run.split('\n').map((l) => `  ${l}`), '  ```', '');
    for (const n of s.notes) out.push(`  - ${n}`);
    if (s.notes.length) out.push('');
  });
  return out.join('\n');
}

/** Word-wraps a paragraph to `width` columns: first line after `first`, the rest after `rest`. */
function wrap(paragraph: string, width: number, first: string, rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of paragraph.split(' ')) {
    const prefix = lines.length ? rest : first;
    if (line.length > prefix.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else line += (line.length > prefix.length ? ' ' : '') + word;
  }
  lines.push(line);
  return lines;
}
