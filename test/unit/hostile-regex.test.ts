// Issue 11: a user's regex must not be able to freeze a scan. Repeated groups whose
// alternatives overlap (`(\w|\d)+`, `([a-z]|[a-z0-9])+`, `(a|aa)+`) backtrack exponentially
// on a short line that fails to match, and scslre alone does not see them: regex-safety.ts
// refuses them. Every built-in rule still passes the check.
import { describe, expect, it } from 'vitest';
import { loadBuiltinSpecs } from '../../src/config/load.js';
import { regexSafetyProblem } from '../../src/engine/regex-safety.js';

describe('overlapping alternatives under a repetition', () => {
  it.each([
    ['token=(\\w|\\d)+;', '(\\w|\\d)+'],
    ['([a-z]|[a-z0-9])+$', '([a-z]|[a-z0-9])+'],
    ['(a|aa)+$', '(a|aa)+'],
    ['key=(?:[A-F]|[0-9A-F])*!', '(?:[A-F]|[0-9A-F])*'],
    ['(?:ab|a)+c', '(?:ab|a)+'],
    ['(?:x(?:a|aa))+$', '(?:x(?:a|aa))+'],
    ['(?:(?=a)\\w|b)+c', '(?:(?=a)\\w|b)+'],
    ['(?<t>\\d|[0-9a-f]){8,}z', '(?<t>\\d|[0-9a-f]){8,}'],
    ['(?:a|)+b', '(?:a|)+'],
  ])('refuses %s', (source, at) => {
    const why = regexSafetyProblem(source);
    expect(why).toContain(`at "${at}"`);
    expect(why).toMatch(/exponential/);
  });

  it.each(['(?:ab|ac)+', '(?:\\w+=|;)+', '(?:[a-z]|_)+x', '(?:a|b){1,4}', '(?:-|[A-Za-z0-9])+', 'token=(?:[A-Z]{2}|[0-9]{2})+;'])('accepts %s (alternatives that cannot start alike)', (source) => {
    expect(regexSafetyProblem(source)).toBeNull();
  });

  it('refuses a back-reference inside a repeated alternation as not analysable', () => {
    expect(regexSafetyProblem('((a)|\\2b)+')).toMatch(/cannot be analysed: a back-reference/);
  });

  it('accepts every built-in rule and allow regex', () => {
    const problems: string[] = [];
    for (const spec of loadBuiltinSpecs()) {
      const p = regexSafetyProblem(spec.regex, spec.ignoreCase ? 'mi' : 'm');
      if (p) problems.push(`${spec.id}: ${p}`);
      for (const a of spec.allow?.regexes ?? []) {
        const q = regexSafetyProblem(a, 'i');
        if (q) problems.push(`${spec.id}: allow: ${q}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
