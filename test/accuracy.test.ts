// Measured accuracy as a regression test: the labelled corpus in test/corpus is scanned by
// the built scanner (scripts/accuracy.mjs) and the targets must hold. The scoring
// itself is checked on a tiny hand-made example first, so a broken scorer cannot pass.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface Metrics {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
interface Result {
  overall: Metrics;
  families: Record<string, Metrics>;
  misses: unknown[];
  falseAlarms: unknown[];
}

const { score } = (await import(join(ROOT, 'scripts/accuracy.mjs'))) as { score: (labels: unknown[], predicted: Map<string, Set<string>>, scheme: string) => Result };

describe('scoring', () => {
  it('counts by line: true/false/unlabelled/don\'t-care, recall by label family, false positives by rule family', () => {
    const labels = [
      { file: 'a', line: 1, rule_family: 'aws', is_secret: true },
      { file: 'a', line: 2, rule_family: 'aws', is_secret: true },
      { file: 'a', line: 3, rule_family: 'aws', is_secret: false },
      { file: 'b', line: 1, rule_family: 'private_key', is_secret: null },
      { file: 'b', line: 5, rule_family: 'password', is_secret: true },
    ];
    const predicted = new Map([
      ['a:1', new Set(['aws-access-key-id'])],
      ['a:3', new Set(['aws-access-key-id'])],
      ['b:1', new Set(['private-key-rsa'])],
      ['c:9', new Set(['generic-secret'])],
    ]);
    const r = score(labels, predicted, 'leakguard');
    expect([r.overall.tp, r.overall.fp, r.overall.fn]).toEqual([1, 2, 2]);
    expect(r.overall.precision).toBeCloseTo(1 / 3);
    expect(r.overall.recall).toBeCloseTo(1 / 3);
    expect(r.families.aws).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.families.password).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(r.families.generic).toMatchObject({ tp: 0, fp: 1, precision: 0 });
  });
});

describe('accuracy on test/corpus', () => {
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts/accuracy.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8' });
  const r = JSON.parse(out) as Result;

  it('finds every AWS credential, with precision >= 0.98', () => {
    expect(r.families.aws!.tp).toBeGreaterThanOrEqual(5);
    expect(r.families.aws!.recall).toBe(1);
    expect(r.families.aws!.precision).toBeGreaterThanOrEqual(0.98);
  });

  it('has overall recall and precision >= 0.95', () => {
    expect(r.overall.tp).toBeGreaterThanOrEqual(80);
    expect(r.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.precision).toBeGreaterThanOrEqual(0.95);
  });
});
