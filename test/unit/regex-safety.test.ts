// A rule's regex must not freeze a scan. Every built-in rule runs here over pathological
// inputs (1 MB runs of one character right after every rule's keywords, so every regex runs
// over them) and a 5 MB single-line minified file runs through the real binary. There are
// no timing assertions: the tests pass when they finish within vitest's timeout (60 s),
// which a super-linear regex over these inputs would not. A user rule whose regex can
// backtrack catastrophically is rejected at load, with the reason.
import { describe, expect, it } from 'vitest';
import { buildConfig, loadBuiltinSpecs } from '../../src/config/load.js';
import { scanFragment } from '../../src/engine/engine.js';
import { regexSafetyProblem } from '../../src/engine/regex-safety.js';
import { countGroups } from '../../src/engine/rule.js';
import { join, run, tempDir, writeFileSync } from '../helpers.js';

const specs = loadBuiltinSpecs();
const config = await buildConfig(specs, {}, 'test', null);
const keywords = [...new Set(specs.flatMap((s) => s.keywords))];
const MB = 1024 * 1024;

function scan(text: string) {
  return scanFragment({ text, path: 'big.txt', startLine: 1, origin: 'file' }, config.ruleSet);
}

describe('pathological inputs finish', () => {
  // characters the rules' classes repeat: word characters, base64 and URL punctuation, quotes, blanks
  it.each(['a', 'A', '0', 'f', '=', '/', '+', '-', '_', '.', ':', ' ', '\t', '"', "'", '\\'])('1 MB of %j after every keyword', (c) => {
    const text = keywords.map((k) => `${k}${c.repeat(200)}`).join('') + c.repeat(MB);
    expect(() => scan(text)).not.toThrow();
  });

  it('1 MB of one character right after each kind of assignment', () => {
    for (const prefix of ['password=', 'secret: "', 'api_key = ', 'token=', 'Authorization: Bearer ', 'postgres://u:', 'https://user:', '-----BEGIN RSA PRIVATE KEY-----\n', 'eyJ', 'AKIA']) {
      for (const c of ['a', 'A', '0', ' ']) expect(() => scan(prefix + c.repeat(MB))).not.toThrow();
    }
  });

  it('many near-misses: a keyword every few characters', () => {
    const text = 'password=x; secret_ ghp_ AKIA sk_live_ -----BEGIN xoxb- eyJ. '.repeat(20_000);
    expect(scan(text).findings).toEqual([]);
  });
});

describe('a 5 MB single-line minified file', () => {
  it('is scanned to the end (a secret on the last character is found) through the real binary', () => {
    const dir = tempDir();
    const chunk = 'var t=function(e){return e.token||e.secret_key||e.password},n="sk_live_"+i,o={apiKey:r.key,auth:s};';
    let text = '';
    while (text.length < 5 * MB) text += chunk;
    const secret = ['AKIA', 'Q3MX7RBZK2LW5JDP'].join('');
    writeFileSync(join(dir, 'bundle.min.js'), text + `;var k="${secret}"`);
    const r = run(['scan', 'bundle.min.js', '--format', 'json', '--no-redact'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; secret: string; column: number }> };
    expect(report.findings.map((f) => [f.ruleId, f.secret])).toEqual([['aws-access-key-id', secret]]);
    expect(report.findings[0]!.column).toBe(text.length + 9);
  });
});

describe('regex safety analysis', () => {
  it.each([
    ['(a+)+b', /exponential/],
    ['(\\d+)*x', /exponential/],
    ['(?:\\w+\\s?)+$', /catastrophic/],
    ['x[a-z]*[a-z]*y', /polynomial/],
  ])('rejects %s', (source, why) => {
    expect(regexSafetyProblem(source)).toMatch(why);
  });

  it('accepts bounded and unambiguous patterns', () => {
    expect(regexSafetyProblem('\\b(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])')).toBeNull();
    expect(regexSafetyProblem('(?<![\\w.-])[\\w.-]{0,40}?(?:secret|token)[\\w.-]{0,20}?[ \\t]{0,4}=')).toBeNull();
  });
});

describe('counting capture groups without compiling', () => {
  it.each([
    ['a(b)c', 1, []],
    ['(?:a)(?=b)(?!c)(?<=d)(?<!e)', 0, []],
    ['(?<name>x)(y)', 2, ['name']],
    ['\\(not a group\\)[(]', 0, []],
    ['[\\]()](z)', 1, []],
    ['a\\\\(b)', 1, []],
  ])('%s has %i groups', (source, count, names) => {
    expect(countGroups(source)).toEqual({ count, names });
  });
});
