// Redaction and history deduplication.
import { describe, expect, it } from 'vitest';
import { FindingSet } from '../../src/findings/dedupe.js';
import { redact, redactFinding } from '../../src/findings/redact.js';
import { secretHash } from '../../src/findings/finding.js';
import type { Finding } from '../../src/types.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'aws-access-key-id',
  description: 'AWS access key ID',
  severity: 'high',
  file: 'a.txt',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 20,
  secret: 'AKIAQWERTYUIOPASDFGH',
  match: 'AKIAQWERTYUIOPASDFGH',
  tags: [],
  fingerprint: 'aws-access-key-id:x',
  secretHash: secretHash('AKIAQWERTYUIOPASDFGH'),
  origin: 'commit',
  ...over,
});

describe('redact', () => {
  it('shows the known prefix and the last 4 characters, only the length class under 16, N percent with --redact=N', () => {
    expect(redact('AKIAQWERTYUIOPASDFGH', undefined, ['AKIA'])).toBe('AKIA…DFGH');
    expect(redact('hunter2!', undefined)).toBe('[8-15 chars]');
    expect(redact('x'.repeat(400), undefined)).toBe('…xxxx');
    expect(redact('secret', null)).toBe('secret');
    expect(redact('abcdefghij', 100)).toBe('**********');
    expect(redact('abcdefghij', 50)).toBe('abcde*****');
  });

  it('redacts the secret inside the match and in related parts', () => {
    const f = finding({
      match: 'key = AKIAQWERTYUIOPASDFGH',
      related: [{ ruleId: 'aws-secret-access-key', description: '', secret: 'S3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr', line: 2, column: 1, endLine: 2, endColumn: 40 }],
    });
    const r = redactFinding(f, undefined);
    expect(r.match).toBe('key = …DFGH');
    expect(r.related![0]!.secret).toBe('…S3cr');
    expect(JSON.stringify(r)).not.toContain('QWERTY');
    expect(JSON.stringify(r)).not.toContain('S3cr3tS3');
  });
});

describe('FindingSet (history)', () => {
  const commit = (sha: string, date: string) => ({ sha, author: 'a', email: 'e', date, message: sha });

  it('keeps one finding per secret and file, at the oldest commit by rank whatever the order seen, counting commits', () => {
    const rank = (sha: string) => ({ c3: 0, c2: 1, c1: 2 })[sha] ?? -1;
    const set = new FindingSet({ history: true, rank });
    set.add(finding({ line: 9, commit: commit('c3', '2024-03-01') }));
    set.add(finding({ line: 4, commit: commit('c1', '2024-01-01') }));
    set.add(finding({ line: 9, column: 30, commit: commit('c3', '2024-03-01') }));
    set.add(finding({ file: 'b.txt', commit: commit('c2', '2024-02-01') }));
    const out = set.findings();
    expect(out.map((f) => [f.file, f.line, f.commit!.sha, f.history!.occurrences, f.history!.files])).toEqual([
      ['a.txt', 4, 'c1', 2, ['a.txt', 'b.txt']],
      ['b.txt', 1, 'c2', 1, ['a.txt', 'b.txt']],
    ]);
  });

  it('keeps every position outside history, but a position once', () => {
    const set = new FindingSet({ history: false });
    set.add(finding({ line: 1 }));
    set.add(finding({ line: 1 }));
    set.add(finding({ line: 2 }));
    expect(set.findings().map((f) => f.line)).toEqual([1, 2]);
  });
});
