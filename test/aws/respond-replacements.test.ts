// Issue 13: the history clean-up and `respond --key`. The filter-repo replacement file
// must hold the secret exactly as committed (a redacted value would leave the real one in
// the history), so respond writes it to a private file (folder 0700, file 0600) and never
// prints it; the runbook names the file and deletes it last. `respond --key` finds the key
// and its secret in the repository the way the fingerprint route does.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeKeyId, fakeSecret, fakeSessionToken, makeRepo, run, tempDir, type Repo } from '../helpers.js';

let repo: Repo;
let tmp: string;
const [id, secret] = [fakeKeyId(), fakeSecret()];
const [asiaId, asiaSecret, token] = [fakeKeyId('ASIA'), fakeSecret(), fakeSessionToken()];

beforeAll(() => {
  repo = makeRepo();
  tmp = tempDir();
  repo.env.TMPDIR = tmp;
  repo.write('config/app.env', `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
  repo.write('ci/session.env', `AWS_ACCESS_KEY_ID=${asiaId}\nAWS_SECRET_ACCESS_KEY=${asiaSecret}\nAWS_SESSION_TOKEN="${token}"\n`);
  repo.commit('add settings');
  repo.git('rm', '-q', 'config/app.env', 'ci/session.env');
  // a later mention of the key ID alone (a ticket note): --key must still find the pair
  repo.write('NOTES.md', `rotated ${id} last week\n`);
  repo.commit('remove settings', '2024-01-02T00:00:00Z');
});

const lg = (...args: string[]) => run(args, { cwd: repo.dir, env: repo.env });

function expectNoPieceOf(text: string, s: string): void {
  for (let i = 0; i + 8 <= s.length; i++) if (text.includes(s.slice(i, i + 8))) expect.fail(`printed "${s.slice(i, i + 8)}" of a secret`);
}

/** The replacement file the runbook names, checked for its modes; its lines. */
function replacementFile(stdout: string): { path: string; lines: string[] } {
  const m = /^ {5}git filter-repo --replace-text (\S+)$/m.exec(stdout);
  expect(m, 'the runbook names the replacement file').not.toBeNull();
  const path = m![1]!;
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(statSync(path.replace(/\/[^/]+$/, '')).mode & 0o777).toBe(0o700);
  return { path, lines: readFileSync(path, 'utf8').trimEnd().split('\n') };
}

describe('respond: the filter-repo replacement file', () => {
  it('holds the real key ID and secret as committed, never printed, and the runbook deletes it', () => {
    const fp = lg('history', '--format', 'json');
    const finding = (JSON.parse(fp.stdout) as { findings: Array<{ fingerprint: string; secret: string }> }).findings.find((f) => f.secret === id)!;
    const r = lg('respond', finding.fingerprint);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expectNoPieceOf(r.stdout, secret);
    const { path, lines } = replacementFile(r.stdout);
    expect(lines).toEqual([`${id}==>REMOVED-AWS-ACCESS-KEY-ID`, `${secret}==>REMOVED-AWS-SECRET-ACCESS-KEY`]);
    // each literal is exactly what the history holds (filter-repo replaces literal text)
    const history = repo.git('log', '-p', '--all');
    for (const l of lines) expect(history).toContain(l.split('==>')[0]);
    // the runbook's last command of step 6 removes the file and its folder
    const rm = /^ {5}(rm -f \S+ && rmdir \S+)$/m.exec(r.stdout)![1]!;
    expect(rm).toContain(path);
    execFileSync('sh', ['-c', rm]);
    expect(existsSync(path.replace(/\/[^/]+$/, ''))).toBe(false);
  });

  it('holds the session token too for a temporary key', () => {
    const r = lg('respond', '--key', asiaId);
    expect(r.code).toBe(0);
    for (const s of [asiaSecret, token.slice(12)]) expectNoPieceOf(r.stdout, s);
    expect(replacementFile(r.stdout).lines).toEqual([
      `${asiaId}==>REMOVED-AWS-ACCESS-KEY-ID`,
      `${asiaSecret}==>REMOVED-AWS-SECRET-ACCESS-KEY`,
      `${token}==>REMOVED-AWS-SESSION-TOKEN`,
    ]);
  });

  it('--no-redact prints the file in the runbook instead of writing one', () => {
    const before = readdirSync(tmp).length;
    const r = lg('respond', '--key', id, '--no-redact');
    expect(r.stdout).toContain(`cat > ../leakguard-replacements.txt <<'EOF'\n     ${id}==>REMOVED-AWS-ACCESS-KEY-ID\n     ${secret}==>REMOVED-AWS-SECRET-ACCESS-KEY\n     EOF\n`);
    expect(readdirSync(tmp).length).toBe(before);
  });
});

describe('respond --key', () => {
  it('finds the pair in the history, as the fingerprint route does (past a later mention of the ID alone)', () => {
    const r = lg('respond', '--key', id);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}found {6}config\/app\.env:1, commit [0-9a-f]{12} /m);
    expect(r.stdout).toContain('  secret     found with it (written to the replacement file of step 6, never printed)\n');
    expect(replacementFile(r.stdout).lines[1]).toBe(`${secret}==>REMOVED-AWS-SECRET-ACCESS-KEY`);
  });

  it('a key the repository does not hold: the ID alone, no file written', () => {
    const before = readdirSync(tmp).length;
    const other = fakeKeyId();
    const r = lg('respond', '--key', other);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  secret     not found with it');
    expect(r.stdout).not.toMatch(/^ {2}found /m);
    expect(r.stdout).toContain(`cat > ../leakguard-replacements.txt <<'EOF'\n     ${other}==>REMOVED-AWS-ACCESS-KEY-ID\n     EOF\n`);
    expect(readdirSync(tmp).length).toBe(before);
  });
});
