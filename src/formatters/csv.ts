/**
 * `--format csv`: one row per finding for spreadsheets and scripts, RFC 4180: CRLF line
 * ends, a header row, and any field holding a comma, a double quote, CR or LF is quoted
 * with its quotes doubled. File names are hostile: a text field that a spreadsheet would
 * run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) is prefixed with `'`, and
 * terminal controls and bidi overrides (util.ts UNSAFE_CHARS) are written as escapes.
 * History columns (commit, author, email, date) are empty for other scans; a finding in a
 * commit message has an empty `file`. Errors and suppressed findings are not rows: use
 * `json` or `sarif` for those.
 */
import type { Finding } from '../types.js';
import type { Formatter } from './formatter.js';
import { UNSAFE_CHARS, escapeChar } from '../util.js';

export const CSV_COLUMNS = [
  'severity',
  'rule',
  'file',
  'line',
  'column',
  'end_line',
  'end_column',
  'secret',
  'fingerprint',
  'description',
  'commit',
  'author',
  'email',
  'date',
] as const;

export const csvFormatter: Formatter = {
  name: 'csv',
  format(result) {
    const rows = [CSV_COLUMNS.join(','), ...result.findings.map((f) => row(f).map(field).join(','))];
    return rows.join('\r\n') + '\r\n';
  },
};

function row(f: Finding): Array<string | number> {
  const c = f.commit;
  return [f.severity, f.ruleId, f.file ?? '', f.line, f.column, f.endLine, f.endColumn, f.secret, f.fingerprint, f.description, c?.sha ?? '', c?.author ?? '', c?.email ?? '', c?.date ?? ''];
}

/** One RFC 4180 field (numbers as they are); UNSAFE_CHARS (ESC, bidi overrides) as `\xNN` / `\uNNNN`. */
export function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const visible = value.replace(UNSAFE_CHARS, escapeChar);
  const safe = /^[=+\-@\t\r]/.test(visible) ? `'${visible}` : visible;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
