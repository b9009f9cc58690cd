/**
 * `leakguard respond FINGERPRINT` needs the key behind a finding, but reports redact it.
 * A fingerprint (`rule-id:hash`, or the hash alone) names a secret without holding it, so
 * the key is found again by scanning: one commit (`--commit`, as the history hand-off line
 * says), the finding's own commit or file (`--report`), or else the work tree and then the
 * whole history, stopping at the first match. The result is a raw finding: it stays in
 * memory, and the runbook prints only what it must.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Config } from '../config/load.js';
import { scanFragment } from '../engine/engine.js';
import { LeakguardError, errorMessage } from '../errors.js';
import { secretHash, toFinding } from '../findings/finding.js';
import type { PathFilter, Source } from '../sources/source.js';
import type { Finding } from '../types.js';
import { isAwsKeyFinding, KEY_ID_RE } from './anatomy.js';

/** A parsed FINGERPRINT argument: `aws-access-key-id:0123abcd...` or the hex hash (8 to 16 digits). */
export interface Target {
  ruleId?: string;
  hash: string;
}

export function parseTarget(arg: string): Target | null {
  const m = /^(?:([a-z0-9]+(?:-[a-z0-9]+)*):)?([0-9a-f]{8,16})$/.exec(arg.trim());
  if (!m) return null;
  return { ...(m[1] ? { ruleId: m[1] } : {}), hash: m[2]! };
}

function matches(f: Finding, t: Target): boolean {
  return isAwsKeyFinding(f) && f.secretHash.startsWith(t.hash) && (t.ruleId === undefined || f.ruleId === t.ruleId);
}

export interface LocateContext {
  cwd: string;
  root: string;
  config: Config;
  filter: PathFilter;
}

/**
 * Scans a source until a finding matches the target; stops the source there. With
 * `paired`, a match without its secret next to it is kept only as a fallback while the
 * scan goes on for one with it (the runbook needs the secret for the history clean-up).
 */
async function firstMatch(source: Source, ctx: LocateContext, target: Target, paired = false): Promise<Finding | null> {
  const controller = new AbortController();
  let fallback: Finding | null = null;
  try {
    for await (const fragment of source.fragments(controller.signal)) {
      for (const c of scanFragment(fragment, ctx.config.ruleSet).findings) {
        const f = toFinding(c, fragment);
        if (!matches(f, target)) continue;
        if (!paired || f.related?.length) return f;
        fallback ??= f;
      }
    }
    return fallback;
  } finally {
    controller.abort();
  }
}

async function filesSource(ctx: LocateContext, paths: string[]): Promise<Source> {
  const { FilesSource } = await import('../sources/files.js');
  return new FilesSource({ cwd: ctx.cwd, paths, maxFileSize: ctx.config.maxFileSize, filter: ctx.filter, root: ctx.root });
}

async function historySource(ctx: LocateContext, revs: string[], maxCommits?: number): Promise<Source> {
  const { HistorySource } = await import('../sources/history.js');
  return new HistorySource({ cwd: ctx.cwd, revs, maxCommits, paths: ctx.filter });
}

/** The finding in one commit (`--commit REV`). */
export async function locateInCommit(ctx: LocateContext, target: Target, rev: string): Promise<Finding | null> {
  if (rev.startsWith('-')) throw new LeakguardError(`--commit: "${rev}" is not a revision`);
  try {
    return await firstMatch(await historySource(ctx, [rev], 1), ctx, target);
  } catch (err) {
    if (err instanceof LeakguardError && /^git (log|rev-list): /.test(err.message)) throw new LeakguardError(`--commit: ${err.message.replace(/^git (log|rev-list): /, '')}`);
    throw err;
  }
}

/** The finding in the work tree, else anywhere in the history (all refs); one with its secret next to it first. */
export async function locateAnywhere(ctx: LocateContext, target: Target): Promise<Finding | null> {
  // the key with its secret next to it wins over a mention of the ID alone (a note, a ticket)
  const inFiles = await firstMatch(await filesSource(ctx, ['.']), ctx, target, true);
  if (inFiles?.related?.length) return inFiles;
  const { findRepoRoot } = await import('../config/load.js');
  if (!findRepoRoot(ctx.cwd)) return inFiles;
  return (await firstMatch(await historySource(ctx, []), ctx, target, true)) ?? inFiles;
}

/**
 * `respond --key KEY_ID`: found as the fingerprint route finds it (the fingerprint is the
 * key ID's hash). null when the repository does not hold the key.
 */
export function locateKey(ctx: LocateContext, keyId: string): Promise<Finding | null> {
  return locateAnywhere(ctx, { ruleId: 'aws-access-key-id', hash: secretHash(keyId) });
}

interface ReportFinding {
  ruleId?: string;
  secret?: string;
  secretHash?: string;
  fingerprint?: string;
  file?: string | null;
  commit?: { sha?: string };
  related?: Array<{ ruleId: string; secret: string; fingerprint?: string }>;
}

/**
 * The finding named in a JSON report (`--report FILE`): taken from the report when it
 * holds the key and its paired parts whole (written with --no-redact: a default report shows
 * the key ID whole but hides its secret), else found again in its commit or file.
 */
export async function locateFromReport(ctx: LocateContext, target: Target, reportFile: string): Promise<Finding | null> {
  let findings: ReportFinding[];
  try {
    const data = JSON.parse(await readFile(resolve(ctx.cwd, reportFile), 'utf8')) as { findings?: unknown };
    if (!Array.isArray(data.findings)) throw new Error('not a leakguard JSON report (no "findings" array)');
    findings = data.findings as ReportFinding[];
  } catch (err) {
    throw new LeakguardError(`--report: ${reportFile}: ${errorMessage(err).split('\n')[0]}`);
  }
  const hit = findings.find((f) => typeof f.secretHash === 'string' && f.secretHash.startsWith(target.hash) && (!target.ruleId || f.ruleId === target.ruleId));
  if (!hit) throw new LeakguardError(`--report: ${reportFile}: no finding with fingerprint ${target.ruleId ? `${target.ruleId}:` : ''}${target.hash}`);
  if (typeof hit.secret === 'string' && KEY_ID_RE.test(hit.secret) && (hit.related ?? []).every(isWhole)) return reportFinding(hit);
  if (hit.commit?.sha) return locateInCommit(ctx, target, hit.commit.sha);
  if (typeof hit.file === 'string') return firstMatch(await filesSource(ctx, [hit.file]), ctx, target);
  return null;
}

/** A paired part as found (its hash matches its fingerprint), not as a redacted report shows it. */
function isWhole(p: { secret: string; fingerprint?: string }): boolean {
  return typeof p.secret === 'string' && typeof p.fingerprint === 'string' && p.fingerprint.endsWith(`:${secretHash(p.secret)}`);
}

/** A finding rebuilt from an unredacted report entry (enough for the runbook). */
function reportFinding(r: ReportFinding): Finding {
  const related = (r.related ?? []).map((p) => ({ ruleId: p.ruleId, description: '', secret: p.secret, line: 0, column: 0, endLine: 0, endColumn: 0 }));
  return {
    ...(r as unknown as Finding),
    tags: ['aws', 'key-id'],
    related,
  };
}
