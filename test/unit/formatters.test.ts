// Every built-in format against its golden file (test/golden/<format>/<case>.<ext>, read
// by hand when written; refresh with UPDATE_GOLDEN=1 npm test, then read the diff), plus
// what each format promises: SARIF valid against the official 2.1.0 schema, JUnit
// well-formed XML, CSV round-tripping hostile names, GitHub commands unambiguous, Markdown
// rows intact, GitLab's required fields, and no whole secret anywhere.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { redactResult, redactionPolicy } from '../../src/findings/redact.js';
import { loadBuiltinSpecs } from '../../src/config/load.js';
import { compileRule } from '../../src/engine/rule.js';
import { FORMAT_NAMES, builtinFormatter } from '../../src/formatters/index.js';
import type { ScanResult } from '../../src/types.js';
import { ROOT } from '../helpers.js';
import { HOSTILE_FILE, SECRETS, emptyResult, findingsResult, formatOptions } from '../golden/fixture.js';

const EXT: Record<string, string> = { text: 'txt', json: 'json', sarif: 'sarif', junit: 'xml', csv: 'csv', github: 'txt', gitlab: 'json', markdown: 'md', html: 'html' };
// what the CLI redacts with: the built-in rules (key IDs whole, known prefixes)
const POLICY = redactionPolicy(loadBuiltinSpecs().map((s, i) => compileRule(s, i)));
const CASES = { findings: () => ({ result: redactResult(findingsResult(), undefined, POLICY), command: 'history' as const }), empty: () => ({ result: emptyResult(), command: 'scan' as const }) };

async function render(format: string, result: ScanResult, command: 'history' | 'scan'): Promise<string> {
  const f = await builtinFormatter(format);
  return f!.format(result, formatOptions(command));
}

describe('golden files', () => {
  it('cover every built-in format (and the API exports them all)', async () => {
    expect(Object.keys(EXT).sort()).toEqual([...FORMAT_NAMES].sort());
    const { formatters } = await import('../../src/index.js');
    expect([...formatters.keys()]).toEqual([...FORMAT_NAMES]);
  });

  for (const format of FORMAT_NAMES) {
    for (const [name, make] of Object.entries(CASES)) {
      it(`${format}: ${name}`, async () => {
        const { result, command } = make();
        const out = await render(format, result, command);
        const file = join(ROOT, 'test/golden', format, `${name}.${EXT[format]}`);
        if (process.env.UPDATE_GOLDEN === '1') {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, out);
        }
        expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npm test, then read it`).toBe(true);
        expect(out).toBe(readFileSync(file, 'utf8'));
        // identifiers (key IDs) are shown whole; no 8 characters in a row of a secret are
        const ids = [SECRETS.keyId, SECRETS.hostileKeyId, SECRETS.fixtureKeyId, SECRETS.inlineKeyId];
        if (name === 'findings') for (const id of ids.slice(0, 2)) expect(out).toContain(id);
        for (const secret of [SECRETS.secretKey, SECRETS.sessionToken.slice(12), SECRETS.acme]) {
          for (let i = 0; i + 8 <= secret.length; i++) expect(out).not.toContain(secret.slice(i, i + 8));
        }
      });
    }
  }
});

describe('sarif', () => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  // the schema's own `language` pattern is not a valid unicode-mode regex
  // CommonJS modules: their ESM default is module.exports, which holds `default`
  const Ajv = (AjvDraft04 as unknown as { default: typeof AjvDraft04.default }).default;
  const addFormats = (ajvFormats as unknown as { default: typeof ajvFormats.default }).default;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it.each(Object.keys(CASES))('is valid against the SARIF 2.1.0 schema (%s)', async (name) => {
    const { result, command } = CASES[name as keyof typeof CASES]();
    const log = JSON.parse(await render('sarif', result, command)) as unknown;
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('rejects what it should (the validator is not vacuous)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' } } }] }] }] })).toBe(false);
  });

  it('has every rule in force, stable fingerprints, regions with exclusive end columns, commits, and a URI for every result', async () => {
    const log = JSON.parse(await render('sarif', redactResult(findingsResult(), undefined, POLICY), 'history'));
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['aws-access-key-id', 'aws-secret-access-key', 'aws-session-token', 'acme-api-key']);
    const [first, hostile, message] = run.results;
    expect(first.partialFingerprints).toEqual({ 'leakguardFingerprint/v1': findingsResult().findings[0]!.fingerprint });
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 21, endLine: 7, endColumn: 41 });
    expect(first.properties.commit.sha).toBe('9874838e826b1c2d3e4f5a6b7c8d9e0f1a2b3c4d');
    expect(decodeURIComponent(hostile.locations[0].physicalLocation.artifactLocation.uri)).toBe(HOSTILE_FILE);
    expect(message.locations[0].physicalLocation.artifactLocation.uri).toBe('COMMIT_EDITMSG');
    for (const r of run.results) expect(r.locations[0].physicalLocation.artifactLocation.uri).toBeTruthy();
    expect(run.results.filter((r: { suppressions?: unknown }) => r.suppressions).map((r: { suppressions: Array<{ kind: string }> }) => r.suppressions[0]!.kind)).toEqual(['external', 'inSource']);
  });
});

function xmlError(xml: string): string | null {
  const parser = new SaxesParser();
  let error: string | null = null;
  parser.on('error', (e) => void (error ??= e.message));
  parser.write(xml).close();
  return error;
}

describe('junit', () => {
  it('is well-formed XML (a strict parser), with one testcase per finding, error and suppressed finding', async () => {
    const xml = await render('junit', redactResult(findingsResult(), undefined, POLICY), 'history');
    expect(xmlError(xml)).toBeNull();
    const parser = new SaxesParser();
    const cases: Array<Record<string, string>> = [];
    const children: string[] = [];
    parser.on('opentag', (t) => {
      if (t.name === 'testcase') cases.push(t.attributes as Record<string, string>);
      if (['failure', 'error', 'skipped'].includes(t.name)) children.push(t.name);
    });
    parser.write(xml).close();
    expect(cases).toHaveLength(4 + 1 + 2);
    expect(children).toEqual(['failure', 'failure', 'failure', 'failure', 'error', 'skipped', 'skipped']);
    expect(cases[1]!.file).toBe(HOSTILE_FILE.replace('\u0001', '\\u0001'));
  });

  it('shows a clean scan as one passing testcase', async () => {
    const xml = await render('junit', emptyResult(), 'scan');
    expect(xmlError(xml)).toBeNull();
    expect(xml).toContain('<testcase classname="leakguard" name="no secrets found" time="0"/>');
  });

  it('the checker catches what XML forbids', () => {
    expect(xmlError('<a f="x<y"/>')).not.toBeNull();
    expect(xmlError('<a>\u0001</a>')).not.toBeNull();
  });
});

/** RFC 4180 parser for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (text[i] === '"' && text[i + 1] === '"') (value += '"'), i++;
        else if (text[i] === '"') break;
        else value += text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') value += text[i++];
    }
    row.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) (rows.push(row), (row = []), (i += 2));
    else throw new Error(`bad CSV at ${i}`);
  }
  return rows;
}

describe('csv', () => {
  it('round-trips hostile file names (RFC 4180) and defuses formulas', async () => {
    const out = await render('csv', redactResult(findingsResult(), undefined, POLICY), 'history');
    const rows = parseCsv(out);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.length === 14)).toBe(true);
    // a control character is shown as an escape (issue 11), line breaks and tabs round-trip
    expect(rows[2]![2]).toBe(HOSTILE_FILE.replace('\u0001', '\\x01'));
    expect(rows[3]![2]).toBe('');
    const { field } = await import('../../src/formatters/csv.js');
    expect(field('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('github', () => {
  it('escapes properties and messages so that each finding is one unambiguous command', async () => {
    const out = await render('github', redactResult(findingsResult(), undefined, POLICY), 'history');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4 + 1 + 1);
    const m = /^::error (.*?)::(.*)$/.exec(lines[1]!)!;
    const props = Object.fromEntries(m[1]!.split(',').map((p) => p.split('=') as [string, string]));
    const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    expect(unescape(props.file!)).toBe(HOSTILE_FILE.replace('\u0001', '\\x01'));
    expect(props.line).toBe('3');
    expect(lines[2]).toMatch(/^::error title=leakguard%3A aws-session-token \(high\)::/);
    expect(lines[3]).toMatch(/^::notice file=src\/client.ts,/);
  });
});

describe('markdown', () => {
  it('keeps every row on one line with the right number of cells', async () => {
    const out = await render('markdown', redactResult(findingsResult(), undefined, POLICY), 'history');
    const rows = out.split('\n').filter((l) => l.startsWith('| '));
    const cells = (row: string) => row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2;
    expect(rows.slice(0, 6).map(cells)).toEqual([6, 6, 6, 6, 6, 6]);
    expect(out).not.toContain('<b>');
  });
});

describe('gitlab', () => {
  it('has the fields the secret-detection schema requires', async () => {
    const report = JSON.parse(await render('gitlab', redactResult(findingsResult(), undefined, POLICY), 'history'));
    expect(report.version).toMatch(/^15\./);
    expect(report.scan.type).toBe('secret_detection');
    for (const k of ['analyzer', 'scanner']) expect(Object.keys(report.scan[k]).sort()).toEqual(['id', 'name', 'vendor', 'version']);
    expect(report.scan.start_time).toBe('2024-05-06T07:08:09');
    expect(report.scan.end_time).toBe('2024-05-06T07:08:10');
    expect(report.scan.status).toBe('success');
    const ids = report.vulnerabilities.map((v: { id: string }) => v.id);
    expect(new Set(ids).size).toBe(4);
    for (const v of report.vulnerabilities) {
      expect(v.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(v.identifiers.length).toBeGreaterThan(0);
      expect(v.location.commit.sha).toMatch(/^[0-9a-f]{7,40}$/);
      expect(['Critical', 'High', 'Medium', 'Low', 'Info']).toContain(v.severity);
    }
  });
});
