// Decoding end to end: real files, a real repository (staged and history), the options that
// turn it off, and the formats that say how a finding was decoded.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeyId, fakeSecret, fakeSessionToken, makeRepo, randomString, run, runJson, tempDir, testEnv } from '../helpers.js';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function fakePem(): string {
  const body = Array.from({ length: 5 }, () => randomString(BASE64, 64));
  return ['-----BEGIN RSA PRIVATE KEY-----', ...body, '-----END RSA PRIVATE KEY-----'].join('\n');
}

/** A Kubernetes Secret whose data values are base64: an AWS credentials file and a TLS key. */
function k8sSecret(id: string, secret: string, pem: string): { text: string; credentials: string; tls: string } {
  const credentials = b64(`[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`);
  const tls = b64(pem + '\n');
  const text = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: app', 'type: Opaque', 'data:', `  credentials: ${credentials}`, `  tls.key: ${tls}`, ''].join('\n');
  return { text, credentials, tls };
}

describe('decoding (on by default)', () => {
  it('scan: a Kubernetes Secret, a log with a private key and a .env session token, reported where the text is', () => {
    const dir = tempDir();
    const [id, secret, pem, token] = [fakeKeyId(), fakeSecret(), fakePem(), fakeSessionToken()];
    const k8s = k8sSecret(id, secret, pem);
    writeFileSync(join(dir, 'secret.yaml'), k8s.text);
    const log = ['2024-05-01T10:00:00Z INFO boot', ...pem.split('\n').map((l, i) => `2024-05-01T10:00:0${i}Z DEBUG ${l}`)].join('\n');
    writeFileSync(join(dir, 'app.log'), log + '\n');
    writeFileSync(join(dir, '.env'), `AWS_REGION=eu-west-1\nAWS_SESSION_TOKEN=${token}\n`);
    const r = runJson(['scan', '--no-redact', '.'], { cwd: dir, env: testEnv(dir) });
    expect(r.code).toBe(1);
    expect(r.report.errors).toEqual([]);
    const rows = r.report.findings.map((f) => [f.file, f.line, f.column, f.ruleId, f.secret, (f as { decoded?: string[] }).decoded]);
    expect(rows).toEqual([
      ['.env', 2, 19, 'aws-session-token', token, undefined],
      ['app.log', 2, 28, 'private-key-rsa', pem, ['log-prefix']],
      ['secret.yaml', 7, 16, 'aws-access-key-id', id, ['base64']],
      ['secret.yaml', 8, 12, 'private-key-rsa', pem, ['base64']],
    ]);
    const key = r.report.findings[2]!;
    expect(key.endColumn).toBe(16 + k8s.credentials.length - 1);
    expect(key.related?.map((p) => [p.ruleId, p.secret])).toEqual([['aws-secret-access-key', secret]]);
    // the text report says how it was decoded
    const text = run(['scan', 'secret.yaml'], { cwd: dir, env: testEnv(dir) });
    expect(text.stdout).toContain('decoded  base64: found in the decoded text at this location');
    expect(text.stdout).not.toContain(secret);
  });

  it('--no-decode, --max-decode-depth 0 and maxDecodeDepth: 0 turn it off; a bad depth is refused', () => {
    const dir = tempDir();
    const id = fakeKeyId();
    writeFileSync(join(dir, 'blob.txt'), `payload: ${b64(`aws_access_key_id=${id}`)}\n`);
    const env = testEnv(dir);
    expect(runJson(['scan', '--no-redact', 'blob.txt'], { cwd: dir, env }).report.findings.map((f) => f.secret)).toEqual([id]);
    for (const flags of [['--no-decode'], ['--max-decode-depth', '0']]) {
      const off = runJson(['scan', 'blob.txt', ...flags], { cwd: dir, env });
      expect(off.code, flags.join(' ')).toBe(0);
      expect(off.report.findings).toEqual([]);
    }
    writeFileSync(join(dir, '.leakguardrc.yaml'), 'maxDecodeDepth: 0\n');
    expect(runJson(['scan', 'blob.txt'], { cwd: dir, env }).report.findings).toEqual([]);
    // the flag wins over the config
    expect(runJson(['scan', 'blob.txt', '--max-decode-depth', '2'], { cwd: dir, env }).report.findings).toHaveLength(1);
    for (const bad of ['-1', 'deep', '11']) {
      const r = run(['scan', 'blob.txt', '--max-decode-depth', bad], { cwd: dir, env });
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(`leakguard: --max-decode-depth: "${bad}" must be a whole number from 0 (no decoding) to 10`);
    }
    writeFileSync(join(dir, '.leakguardrc.yaml'), 'maxDecodeDepth: many\n');
    const badConfig = run(['scan', 'blob.txt'], { cwd: dir, env });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toContain('.leakguardrc.yaml: maxDecodeDepth');
    expect(badConfig.stderr).not.toMatch(/\n\s+at /);
  });

  it('staged and history: the encoded secret is found at its line, in the commit that added it', () => {
    const repo = makeRepo();
    repo.write('README.md', 'app\n');
    repo.commit('init', '2024-01-01T00:00:00Z');
    const [id, secret, pem] = [fakeKeyId(), fakeSecret(), fakePem()];
    const k8s = k8sSecret(id, secret, pem);
    repo.write('deploy/secret.yaml', k8s.text);
    repo.git('add', '-A');
    const staged = runJson(['staged', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(staged.code).toBe(1);
    expect(staged.report.findings.map((f) => [f.file, f.line, f.ruleId, (f as { decoded?: string[] }).decoded])).toEqual([
      ['deploy/secret.yaml', 7, 'aws-access-key-id', ['base64']],
      ['deploy/secret.yaml', 8, 'private-key-rsa', ['base64']],
    ]);
    const added = repo.commit('add the secret', '2024-02-01T00:00:00Z');
    repo.write('deploy/secret.yaml', 'apiVersion: v1\nkind: Secret\n');
    repo.commit('remove it', '2024-03-01T00:00:00Z');
    const history = runJson(['history', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(history.code).toBe(1);
    expect(history.report.findings.map((f) => [f.file, f.line, f.ruleId, f.secret, f.commit?.sha, (f as { decoded?: string[] }).decoded])).toEqual([
      ['deploy/secret.yaml', 7, 'aws-access-key-id', id, added, ['base64']],
      ['deploy/secret.yaml', 8, 'private-key-rsa', pem, added, ['base64']],
    ]);
    const off = runJson(['history', '--no-decode'], { cwd: repo.dir, env: repo.env });
    expect(off.report.findings.map((f) => f.ruleId)).toEqual(['generic-secret']);
  });

  it('SARIF, GitHub annotations, Markdown and GitLab say how the secret was decoded', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cfg.txt'), `cb=${encodeURIComponent(`{"aws_access_key_id":"${fakeKeyId()}"}`)}\n`);
    const sarif = run(['scan', 'cfg.txt', '--format', 'sarif'], { cwd: dir, env: testEnv(dir) });
    const result = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ message: { text: string }; properties: { decoded?: string[] } }> }> }).runs[0]!.results[0]!;
    expect(result.properties.decoded).toEqual(['percent']);
    expect(result.message.text).toContain('found in percent-decoded text');
    const github = run(['scan', 'cfg.txt', '--format', 'github'], { cwd: dir, env: testEnv(dir) });
    expect(github.stdout).toContain('found in percent-decoded text');
    const markdown = run(['scan', 'cfg.txt', '--format', 'markdown'], { cwd: dir, env: testEnv(dir) });
    expect(markdown.stdout).toContain('cfg.txt:1:4 (percent-decoded)');
    const gitlab = run(['scan', 'cfg.txt', '--format', 'gitlab'], { cwd: dir, env: testEnv(dir) });
    expect(gitlab.stdout).toContain('Found in percent-decoded text.');
  });
});
