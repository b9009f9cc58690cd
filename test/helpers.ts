/**
 * Test helpers: fake credentials generated at test time (random, valid-looking, never
 * real), temporary git repositories, and the real bin/leakguard.js run as a subprocess.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomInt } from 'node:crypto';
import { afterAll } from 'vitest';
import { shannonEntropy } from '../src/engine/entropy.js';
import { placeholderReason } from '../src/engine/placeholders.js';
import { accountOf } from '../src/aws/anatomy.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin/leakguard.js');

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function randomString(alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

/** A random, well-formed AWS access key ID (not a real key). */
export function fakeKeyId(prefix: 'AKIA' | 'ASIA' | 'ABIA' | 'ACCA' = 'AKIA'): string {
  for (;;) {
    const id = prefix + randomString(BASE32, 16);
    if (shannonEntropy(id) >= 3.2 && placeholderReason(id) === null) return id;
  }
}

/** A random AWS access key ID whose characters decode to an account id (see aws/anatomy.ts). */
export function fakeKeyIdWithAccount(prefix: 'AKIA' | 'ASIA' = 'AKIA'): { id: string; account: string } {
  for (;;) {
    const id = fakeKeyId(prefix);
    const account = accountOf(id);
    if (account) return { id, account };
  }
}

/** A random AWS session token shaped like STS's (fixed first bytes, then base64; not a real token). */
export function fakeSessionToken(): string {
  return 'IQoJb3JpZ2lu' + randomString(BASE64, 300);
}

/** A random, well-formed AWS secret access key (not a real key). */
export function fakeSecret(): string {
  for (;;) {
    const s = randomString(BASE64, 40);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && shannonEntropy(s) >= 4.4 && placeholderReason(s) === null) return s;
  }
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'leakguard-test-'));
  tempDirs.push(d);
  return d;
}

/** The environment for git and leakguard in tests: no user or system git config, fixed identity. */
export function testEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // CI's own variables (CI=true makes `leakguard install` a no-op) are left out: a test that wants them sets them
  const ci = (k: string) => k === 'CI' || /^(GITHUB_|GITLAB_|CI_|RUNNER_|BUILDKITE|CIRCLECI|TRAVIS|JENKINS_)/.test(k);
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && k !== 'NO_COLOR' && !ci(k)) env[k] = v;
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    ...extra,
  };
}

export interface Repo {
  dir: string;
  env: NodeJS.ProcessEnv;
  git(...args: string[]): string;
  write(path: string, content: string | Buffer): void;
  /** stage everything and commit; returns the new commit's sha */
  commit(message: string, date?: string): string;
}

export function makeRepo(options: { init?: boolean } = {}): Repo {
  const dir = tempDir();
  const home = tempDir();
  const env = testEnv(home);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (options.init !== false) git('init', '-q', '-b', 'main');
  return {
    dir,
    env,
    git,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    commit(message, date = '2024-01-01T00:00:00Z') {
      const e = { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
      execFileSync('git', ['add', '-A'], { cwd: dir, env: e });
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: dir, env: e });
      return git('rev-parse', 'HEAD').trim();
    },
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real bin/leakguard.js. */
export function run(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: options.env ?? testEnv(options.cwd),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the real bin/leakguard.js without blocking the event loop (for tests that serve it, e.g. a local STS). */
export function runAsync(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: options.env ?? testEnv(options.cwd) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs leakguard with --format json and parses the report. */
export function runJson(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }) {
  const r = run([...args, '--format', 'json'], options);
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { ...r, report };
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secret: string;
  match: string;
  fingerprint: string;
  secretHash: string;
  related?: Array<{ ruleId: string; secret: string; line: number }>;
  commit?: { sha: string; author: string; email: string; date: string; message: string };
  occurrences?: number;
  files?: string[];
  aws?: {
    keyType: string;
    account: string | null;
    accountLabel?: string;
    accountKnown?: boolean;
    paired: boolean;
    sessionToken: boolean;
    verification: null | { status: 'live'; account: string; arn: string; userId: string } | { status: 'invalid'; code: string } | { status: 'unknown'; reason: string };
  };
  status?: 'present' | 'removed';
  removedIn?: string | null;
}

export interface JsonReport {
  version: number;
  findings: JsonFinding[];
  errors: Array<{ file: string | null; message: string }>;
  stats: { files: number; commits: number; bytes: number; ms: number };
}

/** A port on 127.0.0.1 that nothing listens on now (bound, then released): for a test server, or a closed one. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The child processes of a process (Linux /proc): to find the git (or other) processes a run started. */
export function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** A process's command line, arguments joined by spaces ('' once it has ended). */
export function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

export { writeFileSync, join };
