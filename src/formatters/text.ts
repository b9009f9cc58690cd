/**
 * `--format text` (the default): one block per finding, then what to do, then a summary
 * line. Colour only when allowed (a TTY, no --no-color, no NO_COLOR).
 */
import type { Finding, ScanResult, Severity, SuppressedFinding } from '../types.js';
import { SEVERITIES } from '../types.js';
import type { Command, FormatOptions, Formatter } from './formatter.js';
import { formatBytes } from '../util.js';
import { fingerprintsOf } from '../findings/finding.js';

const ESC = '\u001b[';
type Paint = (s: string) => string;

function painter(color: boolean) {
  const wrap = (open: number, close: number): Paint => (s) => (color ? `${ESC}${open}m${s}${ESC}${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39) };
}

export const textFormatter: Formatter = {
  name: 'text',
  format(result, options) {
    const p = painter(options.color);
    const out: string[] = [];
    for (const f of result.findings) out.push(block(f, p), '');
    for (const e of result.errors) out.push(`${p.red('error')}: ${e.file ? `${visible(e.file)}: ` : ''}${visible(e.message)}`);
    if (result.errors.length) out.push('');
    if (result.findings.length) out.push(...advice(options.command, result.findings).map((l) => p.dim(l)), '');
    if (result.suppressed) out.push(...suppressedLines(result.suppressed, p), '');
    out.push(summary(result, options, p));
    return out.join('\n') + '\n';
  },
};

function severityPaint(s: Severity, p: ReturnType<typeof painter>): Paint {
  return s === 'critical' || s === 'high' ? p.red : s === 'medium' ? p.yellow : p.cyan;
}

function location(f: Finding): string {
  return f.file === null ? `commit message:${f.line}:${f.column}` : `${visible(f.file)}:${f.line}:${f.column}`;
}

/**
 * Control characters of untrusted text (file names, authors, secrets) as escapes: a file
 * name must not be able to drive the terminal, nor break a line of the report.
 */
export function visible(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

function block(f: Finding, p: ReturnType<typeof painter>): string {
  const lines = [`${p.bold(location(f))}  ${severityPaint(f.severity, p)(f.severity)}  ${f.ruleId}`, `    ${f.description}`, `    secret   ${visible(f.secret)}`];
  for (const r of f.related ?? []) lines.push(`    paired   ${visible(r.secret)}  (${r.ruleId}, line ${r.line})`);
  if (f.commit) {
    const c = f.commit;
    lines.push(`    commit   ${c.sha.slice(0, 12)}  ${c.date.slice(0, 10)}  ${visible(c.author)} <${visible(c.email)}>  ${JSON.stringify(c.message)}`);
  }
  if (f.history && f.history.occurrences > 1) lines.push(`    added by ${f.history.occurrences} commits`);
  if (f.history && f.history.files.length > 1) lines.push(`    also in  ${f.history.files.filter((x) => x !== f.file).map(visible).join(', ')}`);
  lines.push(`    id       ${fingerprintsOf(f).join(' ')}`);
  return lines.join('\n');
}

/** --explain-suppressed: what was found but not reported, and why. */
function suppressedLines(suppressed: readonly SuppressedFinding[], p: ReturnType<typeof painter>): string[] {
  if (suppressed.length === 0) return [p.bold('Suppressed: nothing.')];
  const lines = [p.bold(`Suppressed (${suppressed.length}):`)];
  for (const f of suppressed) {
    lines.push(`  ${location(f)}  ${f.ruleId}  ${visible(f.secret)}  ${p.dim(f.fingerprint)}`, `      ${f.suppression.kind}: ${visible(f.suppression.reason)}`);
  }
  return lines;
}

function advice(command: Command, findings: Finding[]): string[] {
  const aws = findings.some((f) => f.tags.includes('aws'));
  switch (command) {
    case 'staged':
      return [
        'leakguard blocked this commit: the staged changes add a secret.',
        'Fix: remove it from the file (read it from the environment or a secret manager), then `git add` the file again.',
        'Not a secret? Put `leakguard:allow` in a comment on that line, or run `leakguard ignore <id>` (it goes into .leakguardignore).',
      ];
    case 'message':
      return ['leakguard blocked this commit: the commit message contains a secret. Write the message again without it.'];
    case 'history':
      return [
        'A secret in git history stays reachable after it is deleted from the code: revoke (rotate) it first,',
        'then remove it from the code; rewriting history comes last and does not un-leak it.',
        ...(aws ? ['AWS keys: deactivate the access key before anything else (aws iam update-access-key --status Inactive).'] : []),
      ];
    default:
      return [
        'Remove the secrets from these files. Any that was ever committed, pushed or shared must be revoked (rotated).',
        ...(aws ? ['AWS keys: deactivate the access key before anything else (aws iam update-access-key --status Inactive).'] : []),
      ];
  }
}

const WHERE: Record<Command, string> = { scan: 'in files', staged: 'in staged changes', history: 'in history', message: 'in the commit message' };

export function summary(result: ScanResult, options: Pick<FormatOptions, 'command'>, p = painter(false)): string {
  const n = result.findings.length;
  const counts = SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length] as const)
    .filter(([, k]) => k > 0)
    .map(([s, k]) => `${k} ${s}`)
    .join(', ');
  const head = n === 0 ? p.green('No secrets found') : p.red(p.bold(`${n} secret${n === 1 ? '' : 's'} found`)) + ` (${counts})`;
  const s = result.stats;
  const scanned = [
    options.command === 'history' ? `${s.commits} commit${s.commits === 1 ? '' : 's'}` : `${s.files} file${s.files === 1 ? '' : 's'}`,
    formatBytes(s.bytes),
    `${s.ms} ms`,
  ].join(', ');
  const errors = result.errors.length ? `, ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}` : '';
  return `${head} ${WHERE[options.command]} · ${scanned}${errors}`;
}
