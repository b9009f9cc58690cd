// The input of the golden-file tests: a fixed scan result (fake secrets, fixed stats,
// times and version) with everything a formatter must handle: a paired finding, history
// data, a commit-message finding (no file; the secret also in the commit's subject), a
// hostile file name (comma, quotes, percent, pipe, colon, newline, tab, a control
// character, markup, non-ASCII), an error and suppressed findings. Lives under
// test/golden/, where fake secrets are allowed.
import { fingerprintOf, secretHash } from '../../src/findings/finding.js';
import type { FormatOptions, RuleInfo } from '../../src/formatters/formatter.js';
import type { CommitInfo, Finding, ScanResult, SuppressedFinding } from '../../src/types.js';

export const SECRETS = {
  keyId: 'AKIAR7M2Q4KZJX5WNB3T',
  secretKey: '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',
  hostileKeyId: 'AKIAW3NQ7ZK2MX4P5RTB',
  sessionToken: 'IQoJb3JpZ2luX2VjEHwaCXVzLWVhc3QtMSJHMEUCIQD7xKq2Lm9Pz4Rt6Wn8Yb1Vc3Xd5Fg7Hj9Kl2Mn4Pq6Rs8Tu0VwIgXy2Za4Bc6De8Fg0Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6Xy8=',
  acme: 'acme_9f8e7d6c5b4a39281706f5e4d3c2b1a0',
  fixtureKeyId: 'AKIAT5KD3M7QX2ZN4WPB',
  inlineKeyId: 'AKIAJ6PQ2W7ZK3MX5RNB',
};

/** A file name written to break every format's quoting. */
export const HOSTILE_FILE = 'deploy/a,b "q" 100%|x:y\nnext\tline\u0001 <b>&amp;</b> ü.env';

const commit = (sha: string, date: string, author: string, message: string): CommitInfo => ({ sha, author, email: 'ann@example.com', date, message });
const C1 = commit('9874838e826b1c2d3e4f5a6b7c8d9e0f1a2b3c4d', '2024-01-02T03:04:05+00:00', 'Ann Author', 'Add settings');
const C2 = commit('1111111111222222222233333333334444444444', '2024-02-03T04:05:06+00:00', 'Zoë "Z" O\'Neil, <ops>', 'Deploy: 50% | done');
const C3 = commit('abcdefabcdefabcdefabcdefabcdefabcdefabcd', '2024-03-04T05:06:07+00:00', 'Bob', 'Rotate keys');
// a secret in the commit's subject: the finding is in the message, and the subject shows it
const C4 = commit('4444444444333333333322222222221111111111', '2024-03-05T00:00:00+00:00', 'Bob', `Use token ${SECRETS.sessionToken} for now`);

function finding(over: Partial<Finding> & Pick<Finding, 'ruleId' | 'secret' | 'file' | 'line' | 'column'>): Finding {
  const hash = secretHash(over.secret);
  return {
    description: 'AWS access key ID',
    severity: 'high',
    endLine: over.line,
    endColumn: over.column + over.secret.length - 1,
    match: over.secret,
    entropy: 3.9,
    tags: ['aws', 'key-id'],
    fingerprint: fingerprintOf(over.ruleId, hash),
    secretHash: hash,
    origin: 'commit',
    ...over,
  };
}

const paired = finding({
  ruleId: 'aws-access-key-id',
  secret: SECRETS.keyId,
  match: SECRETS.keyId,
  file: 'config/app.ini',
  line: 7,
  column: 21,
  severity: 'critical',
  commit: C1,
  history: { occurrences: 2, files: ['config/app.ini', 'old/app.ini'] },
  related: [
    {
      ruleId: 'aws-secret-access-key',
      description: 'AWS secret access key (named)',
      secret: SECRETS.secretKey,
      line: 8,
      column: 25,
      endLine: 8,
      endColumn: 64,
      fingerprint: fingerprintOf('aws-secret-access-key', secretHash(SECRETS.secretKey)),
    },
  ],
});

const hostile = finding({ ruleId: 'aws-access-key-id', secret: SECRETS.hostileKeyId, match: `key=${SECRETS.hostileKeyId}`, file: HOSTILE_FILE, line: 3, column: 5, commit: C2 });

const inMessage = finding({
  ruleId: 'aws-session-token',
  description: 'AWS session token (temporary credentials)',
  secret: SECRETS.sessionToken,
  file: null,
  line: 2,
  column: 7,
  tags: ['aws', 'session-token'],
  origin: 'message',
  commit: C4,
});

const low = finding({ ruleId: 'acme-api-key', description: 'ACME API key', severity: 'low', secret: SECRETS.acme, file: 'src/client.ts', line: 12, column: 18, tags: ['acme'], commit: C3 });

const suppressed: SuppressedFinding[] = [
  { ...finding({ ruleId: 'aws-access-key-id', secret: SECRETS.fixtureKeyId, file: 'test/fixtures/keys.txt', line: 1, column: 1, commit: C1 }), suppression: { kind: 'ignore', reason: '.leakguardignore:4: parser fixture' } },
  { ...finding({ ruleId: 'aws-access-key-id', secret: SECRETS.inlineKeyId, file: 'docs/setup.md', line: 40, column: 9, commit: C2 }), suppression: { kind: 'inline', reason: 'leakguard:allow aws-access-key-id on the line' } },
];

export function findingsResult(): ScanResult {
  return {
    findings: [paired, hostile, inMessage, low],
    errors: [{ file: 'assets/locked.bin', message: 'permission denied' }],
    notes: [],
    stats: { files: 0, commits: 42, bytes: 123456, ms: 1234 },
    suppressed,
  };
}

export function emptyResult(): ScanResult {
  return { findings: [], errors: [], notes: [], stats: { files: 3, commits: 0, bytes: 2048, ms: 7 } };
}

export const RULES: readonly RuleInfo[] = [
  { id: 'aws-access-key-id', description: 'AWS access key ID', severity: 'high', tags: ['aws', 'key-id'] },
  { id: 'aws-secret-access-key', description: 'AWS secret access key (named)', severity: 'high', tags: ['aws', 'secret'] },
  { id: 'aws-session-token', description: 'AWS session token (temporary credentials)', severity: 'high', tags: ['aws', 'session-token'] },
  { id: 'acme-api-key', description: 'ACME API key', severity: 'low', tags: ['acme'] },
];

export function formatOptions(command: FormatOptions['command']): FormatOptions {
  return { color: false, command, verbose: false, version: '9.9.9', rules: RULES, startedAt: '2024-05-06T07:08:09.000Z' };
}
