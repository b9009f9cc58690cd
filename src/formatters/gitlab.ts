/**
 * `--format gitlab`: a GitLab secret-detection report (`gl-secret-detection-report.json`,
 * security report schema 15.x), for `artifacts: reports: secret_detection:` so findings
 * appear in the merge request widget and the vulnerability report.
 *
 * Required by the schema and always written: `version`, `scan` (analyzer and scanner with
 * id, name, version, vendor; `type: secret_detection`; start and end time as
 * `YYYY-MM-DDTHH:MM:SS`; `status`) and per vulnerability `id`, `identifiers` (at least
 * one) and `location.commit.sha`. A finding outside a history has no commit: its sha is
 * `0000000`, as GitLab's own analyzer writes for a work-tree scan. Scan errors are
 * `scan.messages`. The vulnerability id is derived from the fingerprint and location, so
 * it is the same in every pipeline that finds the same thing.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../types.js';
import type { Formatter } from './formatter.js';
import { safeJson } from '../util.js';

export const GITLAB_SCHEMA_VERSION = '15.2.1';
const SCHEMA = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;
const SEVERITY: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };
const NO_COMMIT = '0000000';
const SOLUTION = 'Revoke (rotate) the secret first, then remove it from the code and read it from the environment or a secret manager.';

export const gitlabFormatter: Formatter = {
  name: 'gitlab',
  format(result, options) {
    const tool = { id: 'leakguard', name: 'leakguard', version: options.version, vendor: { name: 'leakguard' } };
    const report = {
      version: GITLAB_SCHEMA_VERSION,
      schema: SCHEMA,
      scan: {
        analyzer: tool,
        scanner: tool,
        type: 'secret_detection',
        start_time: gitlabTime(options.startedAt),
        end_time: gitlabTime(new Date(Date.parse(options.startedAt) + result.stats.ms).toISOString()),
        status: 'success',
        messages: result.errors.map((e) => ({ level: 'warn', value: e.file === null ? e.message : `${e.file}: ${e.message}` })),
      },
      vulnerabilities: result.findings.map(vulnerability),
    };
    return safeJson(report, 2) + '\n';
  },
};

function gitlabTime(iso: string): string {
  return iso.slice(0, 19);
}

function vulnerability(f: Finding) {
  const where = f.file === null ? 'a commit message' : f.file;
  const paired = (f.related ?? []).map((r) => ` It is paired with ${r.description} ${r.secret} (line ${r.line}).`).join('') + (f.decoded ? ` Found in ${f.decoded.join(' > ')}-decoded text.` : '');
  return {
    id: uuid(`${f.fingerprint}\0${f.file ?? ''}\0${f.line}\0${f.column}\0${f.commit?.sha ?? ''}`),
    name: f.description,
    description: `${f.description} ${f.secret} in ${where}, line ${f.line} (leakguard rule ${f.ruleId}, fingerprint ${f.fingerprint}).${paired}`,
    severity: SEVERITY[f.severity],
    solution: SOLUTION,
    identifiers: [{ type: 'leakguard_rule_id', name: `leakguard rule ${f.ruleId}`, value: f.ruleId }],
    location: {
      file: f.file ?? 'COMMIT_EDITMSG',
      start_line: f.line,
      end_line: f.endLine,
      commit: f.commit
        ? { sha: f.commit.sha, author: `${f.commit.author} <${f.commit.email}>`, date: f.commit.date, message: f.commit.message }
        : { sha: NO_COMMIT },
    },
  };
}

/** A UUID-shaped, stable id: SHA-256 of the key. */
function uuid(key: string): string {
  const h = createHash('sha256').update(key, 'utf8').digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
