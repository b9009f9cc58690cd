/**
 * `--format github`: GitHub Actions workflow commands, which the runner turns into
 * annotations on the pull request's diff: `::error file=F,line=L,endLine=…,col=C,
 * endColumn=…,title=T::message`. Critical and high findings are errors, medium warnings,
 * low and info notices; scan errors are warnings. A plain summary line closes the output.
 *
 * Escaping is GitHub's own (actions/toolkit `command.ts`): in the message `%`, CR and LF
 * become %25, %0D, %0A; in properties `:` and `,` too (%3A, %2C), so no file name can end
 * a property early or inject a second command. Before that, the characters of UNSAFE_CHARS
 * (ESC, C1 controls, bidi overrides) are shown as `\xNN` / `\uNNNN`: the Actions log is a
 * terminal, and an annotation is read by people.
 */
import type { Finding, Severity } from '../types.js';
import type { Formatter } from './formatter.js';
import { summary } from './text.js';
import { fingerprintsOf } from '../findings/finding.js';
import { UNSAFE_CHARS, escapeChar } from '../util.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };

export const githubFormatter: Formatter = {
  name: 'github',
  format(result, options) {
    const out = result.findings.map(annotation);
    for (const e of result.errors) out.push(`::warning ${e.file === null ? '' : `file=${prop(e.file)},`}title=leakguard::${data(`could not scan: ${e.message}`)}`);
    out.push(summary(result, options));
    return out.join('\n') + '\n';
  },
};

function annotation(f: Finding): string {
  const props: string[] = [];
  if (f.file !== null) {
    props.push(`file=${prop(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`);
    if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
  }
  props.push(`title=${prop(`leakguard: ${f.ruleId} (${f.severity})`)}`);
  const parts = [`${f.description}: ${f.secret}`];
  if (f.decoded) parts.push(`found in ${f.decoded.join(' > ')}-decoded text`);
  for (const r of f.related ?? []) parts.push(`paired with ${r.description} ${r.secret} on line ${r.line}`);
  if (f.file === null) parts.push(f.commit ? `in the message of commit ${f.commit.sha.slice(0, 12)}` : 'in the commit message');
  else if (f.commit) parts.push(`added by commit ${f.commit.sha.slice(0, 12)} (${f.commit.author}, ${f.commit.date.slice(0, 10)})`);
  const message = `${parts.join(', ')}. Revoke (rotate) it, then remove it. Not a secret? leakguard ignore ${fingerprintsOf(f).join(' ')}`;
  return `::${COMMAND[f.severity]} ${props.join(',')}::${data(message)}`;
}

/** A workflow command's message: UNSAFE_CHARS (ESC, bidi overrides) as visible escapes, then GitHub's own escaping. */
export function data(s: string): string {
  return s.replace(UNSAFE_CHARS, escapeChar).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value. */
export function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
