// `leakguard respond`: the runbook of an AKIA key (found from a history audit's hand-off
// line) and of an ASIA key (--key), compared with golden files checked by hand; how a
// finding is found again (--commit, --report, work tree, history); that the secret is
// never printed unless --no-redact; and one-line errors for bad input.
// Set UPDATE_GOLDEN=1 to rewrite the golden files (then read the diff before committing).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, makeRepo, run, tempDir, type Repo } from '../helpers.js';

const GOLDEN = join(ROOT, 'test/golden/respond');
const inputs = JSON.parse(readFileSync(join(GOLDEN, 'inputs.json'), 'utf8')) as {
  akia: { keyId: string; account: string; secret: string };
  asia: { keyId: string; account: string };
  accounts: Record<string, string>;
};

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** the commit sha differs with nothing that matters here: keep the golden files stable */
const stable = (s: string) => s.replace(/commit [0-9a-f]{12}/g, 'commit <sha>').replace(/\/\S*\/leakguard-replacements-[A-Za-z0-9]{6}/g, '<private folder>');

let repo: Repo;
let sha: string;
let pointer: string;
beforeAll(() => {
  repo = makeRepo();
  // respond writes its private replacement folder under TMPDIR: keep it in the test's temp space
  repo.env.TMPDIR = tempDir();
  repo.write('.leakguardrc.json', JSON.stringify({ aws: { accounts: inputs.accounts } }));
  repo.write('config/app.env', readFileSync(join(GOLDEN, 'app.env'), 'utf8'));
  sha = repo.commit('add deploy settings');
  repo.git('rm', '-q', 'config/app.env');
  repo.commit('remove deploy settings', '2024-01-02T00:00:00Z');
  const audit = run(['history'], { cwd: repo.dir, env: repo.env });
  expect(audit.code).toBe(1);
  pointer = audit.stdout.trimEnd().split('\n').at(-1)!;
});

describe('history hand-off', () => {
  it('ends the audit with one line per AWS key pointing at respond, key ID whole', () => {
    expect(pointer).toMatch(new RegExp(`^  ${inputs.akia.keyId} \\(account ${inputs.akia.account} \\(prod\\)\\): leakguard respond aws-access-key-id:[0-9a-f]{16} --commit ${sha.slice(0, 12)}$`));
  });
});

describe('respond, AKIA key from a history audit', () => {
  let out: ReturnType<typeof run>;
  beforeAll(() => {
    const args = pointer.split(': leakguard ')[1]!.split(' ');
    out = run(args, { cwd: repo.dir, env: repo.env });
  });

  it('prints the runbook (golden)', () => {
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    golden('akia.txt', stable(out.stdout));
  });

  it('fills the key into the commands and keeps the secret redacted', () => {
    expect(out.stdout).toContain(`aws iam update-access-key --user-name "$USER_NAME" --access-key-id ${inputs.akia.keyId} --status Inactive`);
    expect(out.stdout).toContain(`AttributeValue=${inputs.akia.keyId}`);
    expect(out.stdout).not.toContain(inputs.akia.secret);
    expect(out.stdout).not.toContain(inputs.akia.secret.slice(-8));
    expect(out.stdout).toMatch(/^ {5}git filter-repo --replace-text \/\S+\/leakguard-replacements-\w{6}\/replacements\.txt$/m);
  });

  it('prints the exact replacement file with --no-redact', () => {
    const r = run([...pointer.split(': leakguard ')[1]!.split(' '), '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(r.stdout).toContain(`cat > ../leakguard-replacements.txt <<'EOF'\n     ${inputs.akia.keyId}==>REMOVED-AWS-ACCESS-KEY-ID\n     ${inputs.akia.secret}==>REMOVED-AWS-SECRET-ACCESS-KEY\n     EOF\n`);
  });

  it('finds the same key from a JSON report, and by searching the whole history', () => {
    const fingerprint = pointer.split('leakguard respond ')[1]!.split(' ')[0]!;
    const report = run(['history', '--format', 'json', '--output', 'report.json'], { cwd: repo.dir, env: repo.env });
    expect(report.code).toBe(1);
    try {
      const fromReport = run(['respond', '--report', 'report.json', fingerprint], { cwd: repo.dir, env: repo.env });
      expect(stable(fromReport.stdout)).toBe(stable(out.stdout));
    } finally {
      rmSync(join(repo.dir, 'report.json'));
    }
    const searched = run(['respond', fingerprint.split(':')[1]!.slice(0, 10)], { cwd: repo.dir, env: repo.env });
    expect(stable(searched.stdout)).toBe(stable(out.stdout));
  });

  it('finds a key in the work tree first (no commit to name)', () => {
    repo.write('local.env', readFileSync(join(GOLDEN, 'app.env'), 'utf8'));
    try {
      const fingerprint = pointer.split('leakguard respond ')[1]!.split(' ')[0]!;
      const r = run(['respond', fingerprint], { cwd: repo.dir, env: repo.env });
      expect(r.stdout).toContain('  found      local.env:3\n');
    } finally {
      rmSync(join(repo.dir, 'local.env'));
    }
  });
});

describe('respond --key, ASIA key', () => {
  it('prints the session runbook as text (golden)', () => {
    const r = run(['respond', '--key', inputs.asia.keyId], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(0);
    golden('asia.txt', r.stdout);
    expect(r.stdout).toContain('aws iam put-role-policy --role-name "$ROLE_NAME" --policy-name AWSRevokeOlderSessions');
    expect(r.stdout).not.toContain('update-access-key');
    expect(r.stdout).toContain(`account    ${inputs.asia.account} (not one of the accounts in aws.accounts)`);
  });

  it('prints a markdown checklist for a ticket (golden)', () => {
    const r = run(['respond', '--key', inputs.asia.keyId, '--format', 'markdown'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(0);
    golden('asia.md', r.stdout);
    expect(r.stdout.match(/^- \[ \] \*\*\d\. /gm)).toHaveLength(8);
  });
});

describe('respond errors', () => {
  const secret = inputs.akia.secret;
  it.each([
    [['respond'], 'respond: give the FINGERPRINT of a finding (from a report or a history audit) or --key ACCESS_KEY_ID'],
    [['respond', 'nope'], 'FINGERPRINT: "nope" is not a fingerprint (e.g. aws-access-key-id:0123456789abcdef, from a report or a history audit)'],
    [['respond', '0123456789abcdef', '--key', inputs.asia.keyId], 'respond: give a FINGERPRINT or --key, not both'],
    [['respond', '--key', secret], '--key: that looks like a secret access key: give the access key ID (AKIA...), never the secret, and treat the secret as leaked in your shell history too'],
    [['respond', '--key', 'AKIA123'], '--key: not an AWS access key ID (20 characters: AKIA, ASIA, ABIA or ACCA, then 16 of A-Z and 2-7; got 7 characters)'],
    [['respond', '--key', inputs.asia.keyId, '--format', 'html'], '--format: unknown format "html" (respond: text, markdown)'],
    [['respond', '0123456789abcdef'], 'respond: no AWS access key with fingerprint 0123456789abcdef in the work tree or the history'],
    [['respond', '0123456789abcdef', '--commit', 'no-such-rev'], /^--commit: .*no-such-rev/],
    [['respond', '0123456789abcdef', '--report', 'missing.json'], /^--report: missing\.json: ENOENT/],
  ])('%j', (args, message) => {
    const r = run(args as string[], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    if (typeof message === 'string') expect(r.stderr).toBe(`leakguard: ${message}\n`);
    else expect(r.stderr.replace(/^leakguard: /, '')).toMatch(message);
    expect(r.stderr).not.toContain(secret);
  });
});
