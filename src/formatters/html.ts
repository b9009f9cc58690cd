/**
 * `--format html`: one self-contained page to look at an audit rather than read it. The
 * summary at the top (by severity, status, rule family and AWS account), each finding with
 * its timeline (introduced, added again, other files and findings of the same secret,
 * removed or still present, the `respond` command for AWS keys), then the run's errors and
 * notes: a gap that is shown is information, a silent one is a bug.
 *
 * Safe to open whatever the repository holds: every string that comes from it (paths,
 * authors, messages, matched text) goes through `text()` (HTML-escaped, control and bidi
 * characters shown as escapes), the page loads nothing (no CDN, fonts or images) and its
 * Content-Security-Policy allows only its own inline style and script, by hash. The data is
 * in the markup, so the page reads the same without JavaScript; the script (html-assets.ts)
 * only sorts and filters. Secrets arrive redacted like in every other format.
 */
import { nodeCrypto } from '../node-lazy.js';
import { describeAccount, KEY_TYPES } from '../aws/anatomy.js';
import { fingerprintsOf } from '../findings/finding.js';
import { SEVERITIES, severityRank, type Finding, type ScanError, type ScanResult } from '../types.js';
import { formatBytes, printable } from '../util.js';
import type { FormatOptions, Formatter } from './formatter.js';
import { CSS, SCRIPT } from './html-assets.js';

export const htmlFormatter: Formatter = {
  name: 'html',
  format(result, options) {
    const n = result.findings.length;
    const title = `leakguard: ${n === 0 ? 'no secrets found' : `${n} secret${n === 1 ? '' : 's'} found`}`;
    const parts = [
      '<!doctype html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp()}">`,
      '<meta name="referrer" content="no-referrer">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${text(title)}</title>`,
      `<style>${CSS}</style>`,
      '</head>',
      '<body>',
      '<header>',
      `<h1>${text(title)}</h1>`,
      `<p class="meta">${meta(result, options)}</p>`,
      '</header>',
      '<main>',
      summarySection(result),
      findingsSection(result.findings),
      messagesSection('Errors', 'errors', result.errors, 'The run could not read these: what they hold was not scanned.'),
      messagesSection('Notes', 'notes', result.notes ?? [], 'Skipped on purpose (binary, too large, symbolic links, ...).'),
      suppressedSection(result),
      '</main>',
      `<script>${SCRIPT}</script>`,
      '</body>',
      '</html>',
      '',
    ];
    return parts.join('\n');
  },
};

let policy: string | undefined;

/** Nothing may load; only this page's own style and script may apply, by their SHA-256. */
function csp(): string {
  const hash = (s: string) => `'sha256-${nodeCrypto().createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  policy ??= `default-src 'none'; style-src ${hash(CSS)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return policy;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The one way a string from the repository (or any data) enters the page: control,
 * bidirectional-override and other invisible characters become visible escapes (`\n`,
 * `\x1b`, `\u202e`: util.ts printable, as in the text report), then the five HTML-special
 * characters become entities. Safe in text and in quoted attributes.
 */
export function text(s: string): string {
  return printable(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const code = (s: string) => `<code>${text(s)}</code>`;
const plural = (k: number, one: string, many = `${one}s`) => `${k.toLocaleString('en-US')} ${k === 1 ? one : many}`;

function meta(result: ScanResult, options: FormatOptions): string {
  const s = result.stats;
  const what: Record<FormatOptions['command'], string> = { history: 'history audit', scan: 'file scan', staged: 'staged changes', message: 'commit message' };
  const scanned = options.command === 'history' ? plural(s.commits, 'commit') : plural(s.files, 'file');
  return [what[options.command], ...(options.scope ? [options.scope] : []), scanned, formatBytes(s.bytes), `${s.ms.toLocaleString('en-US')} ms`, `leakguard ${options.version}`, `started ${options.startedAt}`].map(text).join(' · ');
}

/** `aws` for aws-access-key-id: the family is the rule's first tag (its provider), else its id's first word. */
function family(f: Finding): string {
  return f.tags[0] ?? f.ruleId.split('-')[0]!;
}

function statusOf(f: Finding): 'present' | 'removed' | '' {
  return f.history?.status ?? '';
}

const STATUS_LABEL = { present: 'still at HEAD', removed: 'history only', '': 'n/a' } as const;

function tally(findings: readonly Finding[], key: (f: Finding) => string | null): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const f of findings) {
    const k = key(f);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function card(heading: string, items: Array<[string, number]>, label: (k: string) => string = text): string {
  const list = items.length ? items.map(([k, v]) => `<li>${label(k)}: ${v.toLocaleString('en-US')}</li>`).join('') : '<li>none</li>';
  return `<li class="card"><h3>${text(heading)}</h3><ul>${list}</ul></li>`;
}

function summarySection(result: ScanResult): string {
  const fs = result.findings;
  const distinct = new Set(fs.map((f) => f.secretHash)).size;
  const bySeverity = SEVERITIES.map((s) => [s, fs.filter((f) => f.severity === s).length] as [string, number]).filter(([, k]) => k > 0);
  const cards = [
    `<li class="card"><h3>Secrets</h3><span class="big" id="total">${fs.length.toLocaleString('en-US')}</span><br>${plural(distinct, 'distinct secret')}</li>`,
    card('By severity', bySeverity, (s) => `<span class="sev sev-${text(s)}">${text(s)}</span>`),
  ];
  if (fs.some((f) => f.history?.status)) cards.push(card('By status', tally(fs, (f) => (statusOf(f) ? STATUS_LABEL[statusOf(f)] : null))));
  cards.push(card('By rule family', tally(fs, family)));
  const accounts = tally(fs, (f) => (f.aws ? describeAccount(f.aws) : null));
  if (accounts.length) cards.push(card('AWS accounts', accounts));
  return `<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2><ul class="cards" id="summary">${cards.join('')}</ul></section>`;
}

function options(values: readonly string[], label: (v: string) => string = (v) => v): string {
  return values.map((v) => `<option value="${text(v)}">${text(label(v))}</option>`).join('');
}

function controls(findings: readonly Finding[]): string {
  const severities = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  const statuses = (['present', 'removed'] as const).filter((s) => findings.some((f) => statusOf(f) === s));
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort();
  return [
    '<div id="controls" hidden role="search" aria-label="Filter findings">',
    `<label>Severity<select id="f-severity"><option value="">all</option>${options(severities)}</select></label>`,
    `<label>Status<select id="f-status"><option value="">all</option>${options(statuses, (s) => STATUS_LABEL[s as 'present'])}</select></label>`,
    `<label>Rule<select id="f-rule"><option value="">all</option>${options(rules)}</select></label>`,
    '<label>Path contains<input id="f-path" type="search" autocomplete="off"></label>',
    '<span id="shown" aria-live="polite"></span>',
    '</div>',
  ].join('');
}

function findingsSection(findings: readonly Finding[]): string {
  if (!findings.length) return '<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2><p class="empty" id="no-findings">No secrets found.</p></section>';
  const bySecret = new Map<string, Finding[]>();
  for (const f of findings) bySecret.set(f.secretHash, [...(bySecret.get(f.secretHash) ?? []), f]);
  const head = (key: string, label: string) => `<th scope="col" data-key="${key}"><button type="button">${label}</button></th>`;
  return [
    '<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>',
    controls(findings),
    '<table id="findings"><thead><tr>',
    head('severity', 'Severity'),
    head('rule', 'Rule'),
    head('path', 'Location'),
    head('status', 'Status'),
    head('date', 'Introduced'),
    '<th scope="col">Secret and timeline</th></tr></thead><tbody>',
    ...findings.map((f, i) => row(f, i, bySecret.get(f.secretHash) ?? [])),
    '</tbody></table></section>',
  ].join('\n');
}

function location(f: Finding): string {
  return f.file === null ? `commit message, line ${f.line}` : `${f.file}:${f.line}:${f.column}`;
}

function row(f: Finding, order: number, same: readonly Finding[]): string {
  const status = statusOf(f);
  const data = [
    ['order', String(order)],
    ['severity', String(severityRank(f.severity))],
    ['sev', f.severity],
    ['rule', f.ruleId],
    ['path', f.file ?? ''],
    ['status', status],
    ['date', f.commit?.date ?? ''],
  ]
    .map(([k, v]) => `data-${k}="${text(v!)}"`)
    .join(' ');
  const secrets = [`${code(f.secret)}`, ...(f.related ?? []).map((r) => `paired ${text(r.ruleId)}: ${code(r.secret)} (line ${r.line})`)].join('<br>');
  return [
    `<tr class="finding" ${data}>`,
    `<td><span class="sev sev-${f.severity}">${f.severity}</span></td>`,
    `<td>${code(f.ruleId)}<br>${text(f.description)}</td>`,
    `<td class="mono">${text(location(f))}</td>`,
    `<td>${status ? `<span class="st-${status}">${text(STATUS_LABEL[status])}</span>` : 'n/a'}</td>`,
    `<td>${f.commit ? `${code(f.commit.sha.slice(0, 12))}<br>${text(f.commit.date.slice(0, 10))}` : 'n/a'}</td>`,
    `<td>${secrets}<ol class="timeline">${timeline(f, same).map((l) => `<li>${l}</li>`).join('')}</ol><div class="mono">id ${fingerprintsOf(f).map(text).join(' ')}</div></td>`,
    '</tr>',
  ].join('');
}

/** What happened to this secret, oldest first; each entry is markup built from escaped text. */
function timeline(f: Finding, same: readonly Finding[]): string[] {
  const out: string[] = [];
  const c = f.commit;
  if (c) out.push(`Introduced in ${code(c.sha.slice(0, 12))} on ${text(c.date)} by ${text(c.author)} &lt;${text(c.email)}&gt;: &ldquo;${text(c.message)}&rdquo;`);
  else out.push(`Found in ${f.origin === 'staged' ? 'the staged changes' : f.origin === 'message' ? 'the commit message' : 'the files'}`);
  const h = f.history;
  if (h && h.occurrences > 1) out.push(`Added again by ${plural(h.occurrences - 1, 'other commit')} (copied or re-added)`);
  const others = (h?.files ?? []).filter((x) => x !== f.file);
  if (others.length) out.push(`Also added to ${others.map(code).join(', ')}`);
  const elsewhere = same.filter((o) => o !== f && (o.file !== f.file || o.commit?.sha !== f.commit?.sha));
  if (elsewhere.length) out.push(`Same secret also reported at ${elsewhere.slice(0, 10).map((o) => code(location(o))).join(', ')}${elsewhere.length > 10 ? ` and ${elsewhere.length - 10} more` : ''}`);
  if (h?.status === 'present') out.push('<span class="st-present">Still present</span> at HEAD of the default branch: exposed in the current code');
  else if (h?.status === 'removed') out.push(`<span class="st-removed">${h.removedIn ? `Removed in ${code(h.removedIn.slice(0, 12))}` : f.file === null ? 'In a commit message' : 'Not on the default branch'}</span>: still reachable in the history, so revoke it anyway`);
  if (f.aws) {
    const a = f.aws;
    out.push(`AWS ${text(a.keyType)} (${text(KEY_TYPES[a.keyType].kind)}), account ${text(describeAccount(a))}${a.paired ? ', secret found next to it' : ''}`);
    const cmd = f.origin === 'stdin' ? 'leakguard respond --key <the key ID>' : `leakguard respond ${f.fingerprint}${c ? ` --commit ${c.sha.slice(0, 12)}` : ''}`;
    out.push(`Respond: <code class="respond">${text(cmd)}</code>`);
  }
  return out;
}

function messagesSection(title: string, id: string, items: readonly ScanError[], explain: string): string {
  if (!items.length) return `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2><p id="${id}">None.</p></section>`;
  const list = items.map((e) => `<li>${e.file === null ? '' : `${code(e.file)}: `}${text(e.message)}</li>`).join('');
  return `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${title} (${items.length})</h2><p>${text(explain)}</p><ul id="${id}">${list}</ul></section>`;
}

function suppressedSection(result: ScanResult): string {
  if (!result.suppressed) return '';
  const list = result.suppressed.map((f) => `<li>${code(f.ruleId)} ${text(location(f))} ${code(f.fingerprint)}: ${text(`${f.suppression.kind}: ${f.suppression.reason}`)}</li>`).join('');
  return `<section aria-labelledby="suppressed-h"><h2 id="suppressed-h">Suppressed (${result.suppressed.length})</h2>${list ? `<ul id="suppressed">${list}</ul>` : '<p>Nothing.</p>'}</section>`;
}
