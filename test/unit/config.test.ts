// Config discovery, merging by rule id, and error messages (word for word: users read them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE, loadConfig, parseSize } from '../../src/config/load.js';
import { LeakguardError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

function project(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function errorOf(files: Record<string, string>): Promise<string> {
  try {
    await loadConfig({ cwd: project(files) });
  } catch (err) {
    expect(err).toBeInstanceOf(LeakguardError);
    return (err as Error).message;
  }
  throw new Error('no error');
}

const rule = (extra: string) => `rules:\n  - id: acme-api-key\n    description: ACME API key\n    severity: high\n    keywords: [acme_]\n${extra}`;

describe('loadConfig', () => {
  it('uses the built-in rules when there is no config', async () => {
    const config = await loadConfig({ cwd: project({}) });
    expect(config.file).toBeNull();
    expect(config.ruleSet.byId.has('aws-access-key-id')).toBe(true);
    expect(config.maxFileSize).toBe(DEFAULT_MAX_FILE_SIZE);
  });

  it('finds .leakguardrc.yaml from a subfolder up to the repository root, and package.json#leakguard', async () => {
    const dir = project({ '.leakguardrc.yaml': 'maxFileSize: 2KB\n', 'src/x.txt': '' });
    const config = await loadConfig({ cwd: join(dir, 'src') });
    expect(config.file).toBe(join(dir, '.leakguardrc.yaml'));
    expect(config.maxFileSize).toBe(2048);
    const pkg = await loadConfig({ cwd: project({ 'package.json': JSON.stringify({ name: 'x', leakguard: { maxFileSize: 7 } }) }) });
    expect(pkg.maxFileSize).toBe(7);
  });

  it('adds rules, overrides built-in ones by id, disables by id, and appends global allowlists', async () => {
    const dir = project({
      '.leakguardrc.json': JSON.stringify({
        rules: [
          { id: 'acme-api-key', description: 'ACME', severity: 'medium', regex: 'acme_[a-z0-9]{8}', keywords: ['acme_'] },
          { id: 'aws-access-key-id', severity: 'critical' },
        ],
        disabledRules: ['aws-session-token'],
        allow: { paths: ['fixtures/**'], stopwords: ['dummy'] },
      }),
    });
    const config = await loadConfig({ cwd: dir });
    const ids = config.ruleSet.rules.map((r) => r.id);
    expect(ids).toContain('acme-api-key');
    expect(ids).not.toContain('aws-session-token');
    const aws = config.ruleSet.byId.get('aws-access-key-id')!;
    expect(aws.severity).toBe('critical');
    expect(aws.regex.source).toContain('AKIA');
    expect(aws.stopwords).toContain('dummy');
    expect(config.allowPaths).toEqual(['fixtures/**']);
  });

  it('ignores the discovered config with noConfig, and reads --config FILE', async () => {
    const dir = project({ '.leakguardrc.yaml': 'maxFileSize: 5\n', 'other.yaml': 'maxFileSize: 6\n' });
    expect((await loadConfig({ cwd: dir, noConfig: true })).maxFileSize).toBe(DEFAULT_MAX_FILE_SIZE);
    expect((await loadConfig({ cwd: dir, configFile: 'other.yaml' })).maxFileSize).toBe(6);
    await expect(loadConfig({ cwd: dir, configFile: 'missing.yaml' })).rejects.toThrow('--config: missing.yaml: no such file');
  });

  it.each([
    [rule('    regex: "acme_[a-z"\n'), '.leakguardrc.yaml: acme-api-key: regex: invalid regular expression: Unterminated character class'],
    [rule('    regex: "(a+)+b"\n'), '.leakguardrc.yaml: acme-api-key: regex: can backtrack exponentially (catastrophic backtracking) at "a+": make the quantified parts unambiguous or bound them'],
    [rule('    regex: "acme_[a-z]+"\n    secretGroup: 1\n'), '.leakguardrc.yaml: acme-api-key: secretGroup: group 1 does not exist (the regex has 0 capture groups)'],
    [rule('    regex: "acme_[a-z]+"\n    validate: luhn\n'), '.leakguardrc.yaml: acme-api-key: validate: unknown validator "luhn" (known: aws-secret-shape, github-token-checksum, npm-token-checksum, github-fine-grained-checksum, bech32-checksum, jwt, basic-auth-base64, generic-secret, password, url-password)'],
    [rule('    regex: "acme_[a-z]+"\n    pair: { rule: nope-rule, within: 3 }\n'), '.leakguardrc.yaml: acme-api-key: pair.rule: unknown or disabled rule "nope-rule"'],
    [rule('    regex: "x*"\n'), '.leakguardrc.yaml: acme-api-key: regex: matches the empty string'],
    ['rules:\n  - id: acme-api-key\n    regex: "x"\n', '.leakguardrc.yaml: acme-api-key: description: is required'],
    ['rules:\n  - id: aws-access-key-id\n    severity: urgent\n', '.leakguardrc.yaml: aws-access-key-id: severity: must be one of critical, high, medium, low, info'],
    ['rules:\n  - id: aws-access-key-id\n    colour: red\n', '.leakguardrc.yaml: aws-access-key-id: unknown field "colour"'],
    ['rules:\n  - id: aws-access-key-id\n    keywords: [AKIA]\n', '.leakguardrc.yaml: aws-access-key-id: keywords[0]: must be a lowercase ASCII literal of 2 or more characters (inner spaces allowed)'],
    ['disabledRules: [aws-acces-key-id]\n', '.leakguardrc.yaml: disabledRules: unknown rule "aws-acces-key-id"'],
    ['maxFileSize: 10 parsecs\n', '.leakguardrc.yaml: maxFileSize: "10 parsecs" is not a size (e.g. 5000000, "512KB", "10MB")'],
    ['verbose: true\n', '.leakguardrc.yaml: unknown field "verbose"'],
    ['rules: [ {id: x\n', '.leakguardrc.yaml: unexpected end of the stream within a flow collection (2:1)'],
  ])('rejects %j with a one-line message', async (yaml, message) => {
    expect(await errorOf({ '.leakguardrc.yaml': yaml })).toBe(message);
  });
});

describe('parseSize', () => {
  it('reads bytes and units in powers of 1024', () => {
    expect(parseSize(5000, 'f')).toBe(5000);
    expect(parseSize('512KB', 'f')).toBe(512 * 1024);
    expect(parseSize('1.5 MB', 'f')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('1G', 'f')).toBe(1024 ** 3);
    expect(parseSize(undefined, 'f')).toBe(DEFAULT_MAX_FILE_SIZE);
  });
});
