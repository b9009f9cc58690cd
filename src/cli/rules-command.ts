/**
 * `leakguard rules list` and `leakguard rules test "<text>"`. The test action answers "why
 * was (or wasn't) this reported?": which rules' keywords occur in the text, which regexes
 * matched, and for every candidate whether it is kept or why it was dropped (entropy,
 * allowlist, stopword, checksum or other validator, placeholder, inline allow, unpaired,
 * overlap). Secrets are redacted unless --no-redact. Exit code 1 when something would be
 * reported, else 0. Loaded lazily: start-up of the scanning commands does not pay for it.
 */
import { findRepoRoot, loadConfig } from '../config/load.js';
import { scanFragment, type Candidate } from '../engine/engine.js';
import { redactPart, redactionPolicy } from '../findings/redact.js';
import type { Io } from './io.js';
import { resolveCwd } from './scan-command.js';
import { gitSecretsExtra } from './scan-run.js';


export interface RulesArgs {
  action: 'list' | 'test';
  text?: string;
  config?: string | false;
  redact: boolean;
  C?: string;
}

export async function runRulesCommand(a: RulesArgs, io: Io): Promise<number> {
  const cwd = resolveCwd(a.C, io);
  // the rules a scan here would use: git-secrets' patterns from git config included
  const extra = a.config === false ? undefined : await gitSecretsExtra(cwd, findRepoRoot(cwd) ?? cwd, {}, io);
  const config = await loadConfig({
    cwd,
    ...(typeof a.config === 'string' ? { configFile: a.config } : {}),
    noConfig: a.config === false,
    ...(extra ? { extra } : {}),
  });
  const rules = config.ruleSet.rules;
  if (a.action === 'list') {
    const width = Math.max(...rules.map((r) => r.id.length));
    for (const r of rules) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}\n`);
    return 0;
  }
  // yargs turns a lone '-' into ''
  const text = a.text === undefined || a.text === '-' || a.text === '' ? await readAll(io.stdin) : a.text;
  const scan = scanFragment({ text: text.replace(/\r?\n$/, ''), path: null, startLine: 1, origin: 'stdin' }, config.ruleSet, true);
  // as reports show them: identifiers whole, secrets by known prefix and last 4
  const policy = redactionPolicy(rules, config.redactIds);
  const show = (s: string, rule: Candidate['rule']) => (a.redact ? redactPart(s, rule.id, undefined, policy) : s);
  const hits = scan.keywordHits ?? [];
  const candidates = [...(scan.candidates ?? [])].sort((x, y) => x.start - y.start || x.rule.index - y.rule.index);
  const out: string[] = [];
  out.push(hits.length ? `keywords: ${hits.length} rule${hits.length === 1 ? '' : 's'} hit: ${hits.map((r) => r.id).join(', ')}` : 'keywords: no rule\'s keywords occur in the text (no regex ran)');
  const matched = new Set(candidates.map((c) => c.rule));
  const silent = hits.filter((r) => !matched.has(r));
  if (silent.length) out.push(`no regex match: ${silent.map((r) => r.id).join(', ')}`);
  if (candidates.length) out.push('', 'candidates:');
  for (const c of candidates) out.push(...describe(c, show));
  const kept = scan.findings.length;
  out.push('', kept ? `${kept} finding${kept === 1 ? '' : 's'} would be reported.` : 'nothing would be reported.');
  io.stdout(out.join('\n') + '\n');
  return kept ? 1 : 0;
}

function describe(c: Candidate, show: (s: string, rule: Candidate['rule']) => string): string[] {
  const where = `${c.line}:${c.column}`;
  const verdict = c.dropped === undefined ? `KEPT (${c.severity})` : `dropped: ${c.dropped}`;
  const lines = [`  ${where}  ${c.rule.id}  ${show(c.secret, c.rule)}  entropy ${c.entropy.toFixed(2)}`, `      ${verdict}`];
  for (const r of c.related) lines.push(`      paired with ${r.rule.id} ${show(r.secret, r.rule)} on line ${r.line}`);
  return lines;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
