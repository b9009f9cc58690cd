// Quiet on real histories (issue 18): code and prose are not passwords or generic secrets,
// published example values are data, and a person-chosen password in a test, example,
// documentation, CI file or comment is reported low with its context while provider keys
// and generated values keep their severity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildConfig, loadBuiltinSpecs } from '../../src/config/load.js';
import { scanFragment } from '../../src/engine/engine.js';
import { isCommentLine, pathContext } from '../../src/engine/context.js';
import { knownExampleSource } from '../../src/engine/known-examples.js';
import { genericSecretProblem, humanChosenReason, passwordProblem } from '../../src/engine/value-shapes.js';
import { placeholderReason } from '../../src/engine/placeholders.js';
import { DEFAULT_FAIL_ON, parseFailOn } from '../../src/cli/scan-options.js';
import { exitCodeOf } from '../../src/cli/scan-command.js';
import type { Fragment, ScanResult } from '../../src/types.js';
import { ROOT, fakeKeyId, fakeSecret } from '../helpers.js';

const config = await buildConfig(loadBuiltinSpecs(), {}, 'test', null);
const scan = (text: string, path: string | null) => scanFragment({ text, path, startLine: 1, origin: 'file' } as Fragment, config.ruleSet).findings;

/** A deterministic generator (mulberry32), so that "generated values" are the same on every run. */
function generated(seed: number, n: number, length: number): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let j = 0; j < length; j++) s += alphabet[Math.floor(next() * alphabet.length)];
    out.push(s);
  }
  return out;
}

describe('code and prose are not passwords', () => {
  const quoted = { quoted: true };
  it.each([
    ['~flask.current_app', /~-prefixed reference/],
    ['Illuminate\\Support\\Facades\\Password', /qualified name/],
    ['Auth\\PasswordController', /qualified name/],
    ["%!*'();:@&=+$,/?#[] ", /punctuation only/],
    ['required|string|min:8|confirmed', /validation rules/],
    ['min:8|max:255', /validation rules/],
    ['nullable', /validation rules/],
    ['Confirmed', /validation rules/],
    ['exclude_unless:type,user', /validation rules/],
    ['hashed', /stand-in/],
    ['p\u00e4ssw\u00f6rd', /stand-in/],
    ['1.0.*', /version/],
    ['^2.3', /version/],
  ])('%j: %s', (value, reason) => {
    expect(passwordProblem(value, quoted)).toMatch(reason);
  });

  it('keeps passwords that merely look unusual', () => {
    for (const v of ['Xq7!mZ2vLp9r', 'T4n8wQe1Lk3m', 'Summer|Winter99', 'correct horse duzop staple', 'пароль-Секрет7']) expect(passwordProblem(v, quoted), v).toBeNull();
  });
});

describe('identifiers are not generic secrets', () => {
  it.each([['CancelToken_1'], ['api_v2_key_name'], ['HTTPServer_2024'], ['~flask.current_app'], ['Illuminate\\Support\\Str']])('%j', (value) => {
    expect(genericSecretProblem(value)).not.toBeNull();
  });

  it('keeps random tokens, with or without separators', () => {
    for (const v of ['kucnsfB93P1ieZiFrAwgETOdhFSmLsdJ', 'aB3x_K9Zq_7TmLp2', 'Qm7vT2xLp9KdR4wZ8nYb3cHs6Jf1aE5u']) expect(genericSecretProblem(v), v).toBeNull();
  });

  it('an elided value ("99ae8af...snip...ec0f262ac") is a placeholder for every rule', () => {
    expect(placeholderReason('99ae8af...snip...ec0f262ac')).toMatch(/elided/);
    expect(placeholderReason('sk_live_4eC3\u2026')).toMatch(/elided/);
    expect(placeholderReason('kucnsfB93P1ieZiFrAwgETOdhFSmLsdJ')).toBeNull();
  });
});

describe('person-chosen values', () => {
  it.each([['ferret'], ['s00pers3cret'], ['rapunz3l'], ['open \u00df\u00e7\u00a3\u2603sesame'], ['hunter42'], ['Summer2019!'], ['Forge123'], ['asdfqwer1234asdf'], ['correct horse battery staple'], ['aaaabbbbaaaa']])(
    '%j is person-chosen',
    (value) => {
      expect(humanChosenReason(value)).not.toBeNull();
    },
  );

  it('generated values are not: of 2,000 random base62 strings, under 2% of 16 characters and under 5% of 10 are taken for words', () => {
    const rate = (length: number) => generated(length, 2000, length).filter((v) => humanChosenReason(v) !== null).length / 2000;
    expect(rate(16)).toBeLessThan(0.02);
    expect(rate(10)).toBeLessThan(0.05);
    for (const v of ['XmbVaR50m', 'lE3gQTi47', 'uY4M7XwDKz!', 'Sne3sd8AZjq', '5f352379324c22463451387a0aec5d2f', 'AckfSECXIvnK5r28GVIWUAxmbBSjTsmF']) expect(humanChosenReason(v), v).toBeNull();
  });
});

describe('path and line context', () => {
  it.each([
    ['test/req.auth.js', 'test'],
    ['tests/test_utils.py', 'test'],
    ['src/__tests__/auth.ts', 'test'],
    ['pkg/auth_test.go', 'test'],
    ['lib/user.spec.ts', 'test'],
    ['tests/Auth/AuthDatabaseUserProviderTest.php', 'test'],
    ['src/Foo/BarTest.java', 'test'],
    ['spec/fixtures/users.yml', 'test'],
    ['t/t5551-http-fetch-smart.sh', 'test'],
    ['examples/basic/app.js', 'example'],
    ['.env.example', 'example'],
    ['config/database.yml.sample', 'example'],
    ['phpunit.xml.dist', 'example'],
    ['docs/config.rst', 'docs'],
    ['README.md', 'docs'],
    ['README.de.rdoc', 'docs'],
    ['guide/setup.adoc', 'docs'],
    ['.github/workflows/databases.yml', 'ci'],
    ['.gitlab-ci.yml', 'ci'],
  ])('%s is %s', (path, kind) => {
    expect(pathContext(path)).toBe(kind);
  });

  it.each([['src/app.py'], ['config/database.yml'], ['.env'], ['lib/latest.php'], ['contest/main.c'], ['app/Http/Controllers/Auth/LoginController.php']])('%s is production code', (path) => {
    expect(pathContext(path)).toBeUndefined();
  });

  it('recognises comment lines, not preprocessor directives', () => {
    for (const l of ['  // => { password: "hello" }', ' *    Log::write(...)', '# DB_PASSWORD=hunter2', '/* pw */', '-- password here', '; password = x', '<!-- pw -->']) expect(isCommentLine(l), l).toBe(true);
    for (const l of ['#define PASSWORD "x"', '#include <pass.h>', 'password = "x" # trailing', '--password=x', '*ptr = 1']) expect(isCommentLine(l), l).toBe(false);
  });
});

describe('the engine applies the context', () => {
  it('lowers a person-chosen password in a test, keeps a generated one and a provider key at their severity', () => {
    const weak = scan('const creds = { username: "tobi", password: "ferret" };', 'test/auth.test.js');
    expect(weak.map((c) => [c.rule.id, c.severity, c.context])).toEqual([['password-assignment', 'low', 'test']]);
    const strong = generated(7, 1, 14)[0]!.replace(/^(.)(.)(.)/, 'K8$3');
    const generatedPassword = scan(`password = "${strong}"`, 'tests/test_api.py');
    expect(generatedPassword.map((c) => [c.severity, c.context])).toEqual([['medium', undefined]]);
    const id = fakeKeyId();
    const aws = scan(`aws_access_key_id = ${id}\naws_secret_access_key = ${fakeSecret()}\n`, 'tests/fixtures/credentials');
    expect(aws.map((c) => [c.rule.id, c.severity, c.context])).toEqual([['aws-access-key-id', 'critical', undefined]]);
  });

  it('lowers a basic-auth header by its decoded password, and a comment line in production code', () => {
    const basic = scan(".set('Authorization', 'Basic dG9iaTpmZXJyZXQ=')", 'test/req.auth.js');
    expect(basic.map((c) => [c.rule.id, c.severity, c.context])).toEqual([['http-basic-auth-header', 'low', 'test']]);
    const comment = scan("  *    // => { username: 'tobi', password: 'hello' }", 'lib/request.js');
    expect(comment.map((c) => [c.severity, c.context])).toEqual([['low', 'comment']]);
    const code = scan("const options = { username: 'tobi', password: 'hello' };", 'lib/request.js');
    expect(code.map((c) => [c.severity, c.context])).toEqual([['medium', undefined]]);
  });
});

describe('known example values (rules/known-examples.yaml)', () => {
  const data = parse(readFileSync(join(ROOT, 'rules/known-examples.yaml'), 'utf8')) as { examples: Array<{ source: string; values: string[] }> };

  it('every listed value is recognised with its source, and drops the candidate of any rule', () => {
    for (const { source, values } of data.examples) for (const v of values) expect(knownExampleSource(v)).toBe(source);
    expect(knownExampleSource('2YotnFZFEjr1zCsicMWpAB')).toBeUndefined();
    expect(scan('Location: http://example.com/cb#access_token=2YotnFZFEjr1zCsicMWpAA&state=xyz', 'src/oauth.py')).toEqual([]);
    expect(scan('access_token=2YotnFZFEjr1zCsicMWpAB', 'src/oauth.py').map((c) => c.rule.id)).toEqual(['generic-secret']);
  });
});

describe('exit codes', () => {
  it('--fail-on defaults to medium: low findings alone do not fail the run', () => {
    expect(DEFAULT_FAIL_ON).toBe('medium');
    expect(parseFailOn(undefined)).toBe('medium');
    const result = (severities: string[]) => ({ findings: severities.map((severity) => ({ severity })), errors: [], notes: [], stats: { files: 0, commits: 0, bytes: 0, ms: 0 } }) as unknown as ScanResult;
    expect(exitCodeOf(result(['low', 'low']), 1, parseFailOn(undefined))).toBe(0);
    expect(exitCodeOf(result(['low', 'medium']), 1, parseFailOn(undefined))).toBe(1);
    expect(exitCodeOf(result(['low']), 1, parseFailOn('low'))).toBe(1);
  });
});
