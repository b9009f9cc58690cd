// Every built-in rule's examples, run through the whole engine with all rules loaded
// (so composite rules see their partners): each `match` example yields a kept match of
// the rule (as a finding or as the paired part of one), each `noMatch` example does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RuleSpec } from '../../src/types.js';
import { ROOT } from '../helpers.js';
import { buildConfig, loadBuiltinSpecs } from '../../src/config/load.js';
import { scanFragment, type Candidate } from '../../src/engine/engine.js';
import { regexSafetyProblem } from '../../src/engine/regex-safety.js';
import { countGroups } from '../../src/engine/rule.js';
import ruleFiles from '../../src/generated/rule-files.js';
import { validateRuleFile } from '../../src/generated/validate-config.js';

// the rule files as written (with examples), checked against the full schema
const specs = ruleFiles.flatMap(({ file, data }) => {
  expect(validateRuleFile(data), `${file}: ${JSON.stringify(validateRuleFile.errors)}`).toBe(true);
  return (data as { rules: RuleSpec[] }).rules;
});
const config = await buildConfig(loadBuiltinSpecs(), {}, 'test', null);

it('bundles every rule of rules/*.yaml', () => {
  expect(config.ruleSet.rules.map((r) => r.id)).toEqual(specs.map((s) => s.id));
});

function keptFor(ruleId: string, text: string): Candidate[] {
  const { findings } = scanFragment({ text, path: 'example.txt', startLine: 1, origin: 'file' }, config.ruleSet);
  return findings.flatMap((f) => [f, ...f.related]).filter((c) => c.rule.id === ruleId);
}

function secretsFor(ruleId: string, text: string): string[] {
  return keptFor(ruleId, text).map((c) => c.secret);
}

describe.each(specs.map((s) => [s.id, s] as const))('rule %s', (id, spec) => {
  it('has at least 2 match and 2 noMatch examples', () => {
    expect(spec.examples!.match.length).toBeGreaterThanOrEqual(2);
    expect(spec.examples!.noMatch.length).toBeGreaterThanOrEqual(2);
  });

  it('has a regex that cannot backtrack catastrophically', () => {
    expect(regexSafetyProblem(spec.regex)).toBeNull();
    for (const r of spec.allow?.regexes ?? []) expect(regexSafetyProblem(r)).toBeNull();
  });

  it('has a regex that compiles, matches no empty string, and whose groups the scanner counts right', () => {
    const re = new RegExp(spec.regex, 'gdm' + (spec.ignoreCase ? 'i' : ''));
    expect(re.test('')).toBe(false);
    // the engine counts groups by scanning the source (no regex compiled at start-up): check it against V8
    const probe = new RegExp(`${spec.regex}|`, spec.ignoreCase ? 'i' : '').exec('')!;
    expect(countGroups(spec.regex)).toEqual({ count: probe.length - 1, names: Object.keys(probe.groups ?? {}) });
  });

  it('names a secret group that its regex has (checked on first use for built-in rules)', () => {
    const rule = config.ruleSet.byId.get(id)!;
    const group = rule.secretGroup;
    const probe = new RegExp(`${spec.regex}|`, spec.ignoreCase ? 'i' : '').exec('')!;
    if (typeof group === 'number') expect(group).toBeLessThan(probe.length);
    else expect(Object.keys(probe.groups ?? {})).toContain(group);
  });

  it.each(spec.examples!.match.map((e) => [typeof e === 'string' ? e : e.text, e] as const))('matches %j', (text, example) => {
    const kept = keptFor(id, text);
    expect(kept.length, `no ${id} match`).toBeGreaterThan(0);
    if (typeof example !== 'string') expect(kept.map((c) => c.secret)).toContain(example.secret);
  });

  it.each(spec.examples!.noMatch.map((t) => [t]))('does not match %j', (text) => {
    expect(secretsFor(id, text)).toEqual([]);
  });
});

describe('the rule in rules/README.md', () => {
  it('is a valid user rule whose examples hold', async () => {
    const readme = readFileSync(join(ROOT, 'rules/README.md'), 'utf8');
    const block = /```yaml\n(# rules\/acme\.yaml[\s\S]*?)```/.exec(readme);
    expect(block, 'the YAML example in rules/README.md').not.toBeNull();
    const user = parse(block![1]!) as { rules: RuleSpec[] };
    const withAcme = await buildConfig(specs, user, 'rules/README.md', null);
    const acme = user.rules[0]!;
    const kept = (text: string) =>
      scanFragment({ text, path: 'x', startLine: 1, origin: 'file' }, withAcme.ruleSet).findings.filter((c) => c.rule.id === acme.id);
    for (const e of acme.examples!.match) expect(kept(typeof e === 'string' ? e : e.text)).toHaveLength(1);
    for (const t of acme.examples!.noMatch) expect(kept(t)).toEqual([]);
  });
});
