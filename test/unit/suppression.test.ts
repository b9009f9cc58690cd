// The ignore file's format, the baseline's format, and the suppression stage: entries
// match by rule and secret (never by line), paths scope them, a paired finding needs
// every part covered, and every malformed line is reported as file:line: what is wrong.
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { formatBaseline, parseBaseline } from '../../src/findings/baseline.js';
import { fingerprintOf, secretHash } from '../../src/findings/finding.js';
import { formatIgnoreEntry, parseIgnoreFile } from '../../src/findings/ignore-file.js';
import { applySuppressions } from '../../src/findings/suppress.js';
import type { Finding } from '../../src/types.js';
import { fakeKeyId, fakeSecret } from '../helpers.js';

const glob = (g: string) => picomatch(g, { dot: true });

function finding(secret: string, over: Partial<Finding> = {}): Finding {
  const hash = secretHash(secret);
  return {
    ruleId: 'aws-access-key-id',
    description: 'AWS access key ID',
    severity: 'high',
    file: 'src/a.py',
    line: 3,
    column: 9,
    endLine: 3,
    endColumn: 28,
    secret,
    match: secret,
    tags: [],
    fingerprint: fingerprintOf('aws-access-key-id', hash),
    secretHash: hash,
    origin: 'commit',
    ...over,
  };
}

describe('.leakguardignore format', () => {
  it('reads fingerprints, optional (quoted) globs and # reasons; skips comments and blank lines', () => {
    const text = [
      '# header',
      '',
      'aws-access-key-id:0123456789abcdef',
      'aws-access-key-id:fedcba9876543210 test/fixtures/**   # fake key, parser tests',
      'generic-api-key:00112233445566aa "docs/my notes/**" # quoted glob',
      '  aws-session-token:aaaaaaaaaaaaaaaa ./config/*.ini#not-a-comment',
    ].join('\n');
    const entries = parseIgnoreFile(text, '.leakguardignore');
    expect(entries.map(({ fingerprint, path, reason, line }) => ({ fingerprint, path, reason, line }))).toEqual([
      { fingerprint: 'aws-access-key-id:0123456789abcdef', path: undefined, reason: undefined, line: 3 },
      { fingerprint: 'aws-access-key-id:fedcba9876543210', path: 'test/fixtures/**', reason: 'fake key, parser tests', line: 4 },
      { fingerprint: 'generic-api-key:00112233445566aa', path: 'docs/my notes/**', reason: 'quoted glob', line: 5 },
      { fingerprint: 'aws-session-token:aaaaaaaaaaaaaaaa', path: 'config/*.ini#not-a-comment', reason: undefined, line: 6 },
    ]);
  });

  it.each([
    ['AKIA-not-a-fingerprint', '.leakguardignore:2: "AKIA-not-a-fingerprint" is not a fingerprint (rule-id:16 hex digits, as reports show it)'],
    ['aws-access-key-id:0123', '.leakguardignore:2: "aws-access-key-id:0123" is not a fingerprint (rule-id:16 hex digits, as reports show it)'],
    ['aws-access-key-id:0123456789abcdef src/** extra', '.leakguardignore:2: unexpected "extra" after the path glob (quote a glob that holds spaces: "my dir/**")'],
    ['aws-access-key-id:0123456789abcdef "src/**', '.leakguardignore:2: unterminated quoted glob'],
    ['aws-access-key-id:0123456789abcdef /', '.leakguardignore:2: empty path glob'],
  ])('rejects %j with the file and line', (line, message) => {
    expect(() => parseIgnoreFile(`# ok\n${line}\n`, '.leakguardignore')).toThrow(message);
  });

  it('writes entries that read back the same', () => {
    for (const e of [
      { fingerprint: 'aws-access-key-id:0123456789abcdef' },
      { fingerprint: 'aws-access-key-id:0123456789abcdef', path: 'dir with space/#x/**', reason: 'why # not' },
    ]) {
      const [back] = parseIgnoreFile(formatIgnoreEntry(e), 'f');
      expect({ fingerprint: back!.fingerprint, path: back!.path, reason: back!.reason }).toEqual({ path: undefined, reason: undefined, ...e });
    }
  });
});

describe('baseline format', () => {
  it('is a header and one sorted line per fingerprint, with files and no lines, secrets or times', () => {
    const [a, b, s] = [fakeKeyId(), fakeKeyId(), fakeSecret()];
    const related = { ruleId: 'aws-secret-access-key', description: '', secret: s, line: 4, column: 1, endLine: 4, endColumn: 40 };
    const text = formatBaseline([finding(a, { line: 99, related: [related] }), finding(b, { file: 'x/b.env' }), finding(a, { file: 'old/a.py' }), finding(b, { file: null })], (f) => f.file);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('{"leakguard":"baseline","version":1}');
    const entries = lines.slice(1).map((l) => JSON.parse(l) as { fingerprint: string; files: string[] });
    expect(entries.map((e) => e.fingerprint)).toEqual([...entries.map((e) => e.fingerprint)].sort());
    expect(entries).toHaveLength(3);
    expect(entries.find((e) => e.fingerprint === finding(a).fingerprint)!.files).toEqual(['old/a.py', 'src/a.py']);
    expect(entries.find((e) => e.fingerprint.startsWith('aws-secret-access-key:'))!.files).toEqual(['src/a.py']);
    for (const secret of [a, b, s]) expect(text).not.toContain(secret);
    // nothing that churns: each entry holds its fingerprint and files, no line, date or time
    // (the fingerprints are random hex, so a textual search for "99" could hit them)
    for (const line of lines.slice(1)) expect(Object.keys(JSON.parse(line) as object).sort()).toEqual(['files', 'fingerprint']);
    expect(text).not.toMatch(/"line"|"date"|"time"/);
    expect(parseBaseline(text, 'b.jsonl')).toEqual(new Set(entries.map((e) => e.fingerprint)));
  });

  it.each([
    ['', 'b.jsonl:1: not JSON: '],
    ['{"version":1}', 'b.jsonl:1: not a leakguard baseline (the first line must be {"leakguard":"baseline","version":1})'],
    ['{"leakguard":"baseline","version":7}', 'b.jsonl:1: baseline version 7 is newer than this leakguard understands (2): upgrade leakguard'],
    ['{"leakguard":"baseline","version":1}\n{"fingerprint":"nope"}', 'b.jsonl:2: "fingerprint" must be rule-id:16 hex digits'],
    ['{"leakguard":"baseline","version":1}\n\n{"fingerprint":"aws-access-key-id:0123456789abcdef","files":"a"}', 'b.jsonl:3: "files" must be a list of paths'],
    ['{"leakguard":"baseline","version":1}\n[1]', 'b.jsonl:2: must be a JSON object'],
  ])('rejects %j', (text, message) => {
    expect(() => parseBaseline(text, 'b.jsonl')).toThrow(message);
  });
});

describe('suppression stage', () => {
  const repoPath = (f: Finding) => f.file;

  it('drops what an entry names, wherever it moved, and never a different secret on the same line', () => {
    const [known, other] = [fakeKeyId(), fakeKeyId()];
    const entries = parseIgnoreFile(`${finding(known).fingerprint}  # rotated\n`, '.leakguardignore');
    const moved = finding(known, { file: 'renamed/b.py', line: 40 });
    const sameLine = finding(other);
    const r = applySuppressions([moved, sameLine], { ignore: { label: '.leakguardignore', entries }, repoPath });
    expect(r.findings).toEqual([sameLine]);
    expect(r.suppressed.map((f) => [f.file, f.suppression])).toEqual([['renamed/b.py', { kind: 'ignore', reason: '.leakguardignore:1: rotated' }]]);
  });

  it('scopes an entry to its path glob', () => {
    const id = fakeKeyId();
    const entries = parseIgnoreFile(`${finding(id).fingerprint} test/**\n`, 'i', glob);
    const r = applySuppressions([finding(id, { file: 'test/x.py' }), finding(id, { file: 'src/x.py' }), finding(id, { file: null })], { ignore: { label: 'i', entries }, repoPath });
    expect(r.findings.map((f) => f.file)).toEqual(['src/x.py', null]);
  });

  it('suppresses a paired finding only when every part is covered (ignore and baseline together)', () => {
    const [id, s1, s2] = [fakeKeyId(), fakeSecret(), fakeSecret()];
    const part = (secret: string) => ({ ruleId: 'aws-secret-access-key', description: '', secret, line: 4, column: 1, endLine: 4, endColumn: 40 });
    const entries = parseIgnoreFile(`${finding(id).fingerprint}\n`, 'i');
    const baseline = { label: 'b.jsonl', fingerprints: new Set([fingerprintOf('aws-secret-access-key', secretHash(s1))]) };
    const covered = finding(id, { related: [part(s1)] });
    const newSecret = finding(id, { related: [part(s2)] });
    const r = applySuppressions([covered, newSecret], { ignore: { label: 'i', entries }, baseline, repoPath });
    expect(r.findings).toEqual([newSecret]);
    expect(r.suppressed[0]!.suppression).toEqual({ kind: 'ignore', reason: 'i:1; in b.jsonl' });
  });

  it('reports baseline-only suppressions as such', () => {
    const id = fakeKeyId();
    const r = applySuppressions([finding(id)], { baseline: { label: 'b.jsonl', fingerprints: new Set([finding(id).fingerprint]) }, repoPath });
    expect(r.suppressed[0]!.suppression).toEqual({ kind: 'baseline', reason: 'in b.jsonl' });
  });
});
