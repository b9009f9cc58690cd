/**
 * `--format junit`: JUnit XML, which every CI shows as test results. One failing testcase
 * per finding, one erroring testcase per scan error, a skipped testcase per suppressed
 * finding (with --explain-suppressed), and one passing testcase when nothing was found, so
 * a clean scan shows as a pass rather than as "no tests".
 *
 * File names and messages are hostile input: everything is escaped, and characters XML 1.0
 * cannot carry at all (control characters, lone surrogates) are written as `\uXXXX`.
 */
import type { Finding, ScanError, SuppressedFinding } from '../types.js';
import type { FormatOptions, Formatter } from './formatter.js';
import { UNSAFE_CHARS } from '../util.js';

export const junitFormatter: Formatter = {
  name: 'junit',
  format(result, options) {
    const cases: string[] = [];
    for (const f of result.findings) cases.push(findingCase(f));
    for (const e of result.errors) cases.push(errorCase(e));
    for (const f of result.suppressed ?? []) cases.push(suppressedCase(f));
    if (result.findings.length === 0) cases.push(`    <testcase classname="leakguard" name="no secrets found" time="0"/>`);
    const time = (result.stats.ms / 1000).toFixed(3);
    const counts = `tests="${cases.length}" failures="${result.findings.length}" errors="${result.errors.length}"`;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="leakguard" ${counts} time="${time}">`,
      `  <testsuite name="leakguard ${options.command}" ${counts} skipped="${result.suppressed?.length ?? 0}" time="${time}" timestamp="${timestamp(options)}">`,
      ...cases,
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n');
  },
};

function timestamp(options: FormatOptions): string {
  // JUnit's schema: xs:dateTime without a time zone (UTC here)
  return options.startedAt.slice(0, 19);
}

function where(f: Finding): string {
  return f.file === null ? `commit message:${f.line}:${f.column}` : `${f.file}:${f.line}:${f.column}`;
}

function caseOpen(f: Finding): string {
  const file = f.file === null ? '' : ` file="${attr(f.file)}" line="${f.line}"`;
  return `    <testcase classname="${attr(f.file ?? 'commit message')}" name="${attr(`${f.ruleId} at ${where(f)}`)}"${file} time="0">`;
}

function details(f: Finding): string {
  const lines = [`${f.severity} ${f.ruleId}: ${f.description}`, `location: ${where(f)}`, `secret: ${f.secret}`, `fingerprint: ${f.fingerprint}`];
  for (const r of f.related ?? []) lines.push(`paired: ${r.secret} (${r.ruleId}, line ${r.line}, ${r.fingerprint ?? ''})`);
  if (f.commit) lines.push(`commit: ${f.commit.sha} ${f.commit.date} ${f.commit.author} <${f.commit.email}> ${JSON.stringify(f.commit.message)}`);
  return lines.join('\n');
}

function findingCase(f: Finding): string {
  const message = `${f.description}: ${f.secret}`;
  return [caseOpen(f), `      <failure type="${attr(f.ruleId)}" message="${attr(message)}">${text(details(f))}</failure>`, '    </testcase>'].join('\n');
}

function suppressedCase(f: SuppressedFinding): string {
  const message = `suppressed (${f.suppression.kind}): ${f.suppression.reason}`;
  return [caseOpen(f), `      <skipped message="${attr(message)}"/>`, '    </testcase>'].join('\n');
}

function errorCase(e: ScanError): string {
  const name = e.file === null ? 'scan error' : `error reading ${e.file}`;
  return [
    `    <testcase classname="leakguard" name="${attr(name)}" time="0">`,
    `      <error message="${attr(e.message)}"/>`,
    '    </testcase>',
  ].join('\n');
}

/** Characters XML 1.0 cannot represent, even as references: C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Also UNSAFE_CHARS (ESC, C1 controls, bidi overrides): valid XML, but a CI log or a terminal would act on them. */
function clean(s: string): string {
  const u = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return s.replace(NOT_XML, u).replace(UNSAFE_CHARS, u);
}

/** Element content. */
export function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute value (double-quoted): line breaks and tabs as references so that parsers keep them. */
export function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
