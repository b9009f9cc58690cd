// Issue 11: control characters and bidi overrides in file names, commit messages, authors
// and matched content never reach a terminal or a CI log raw, in any format. Each output
// kind has its own escaping (util.ts printable for text and markdown, safeJson for json,
// sarif and gitlab, github's data/prop, csv's field, junit's text/attr); this runs the real
// binary on a real repository whose names and messages are hostile, with every format.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/formatters/index.js';
import { UNSAFE_CHARS, printable, safeJson } from '../../src/util.js';
import { fakeKeyId, join, makeRepo, run } from '../helpers.js';

const ESC = '\u001b';
// a terminal title change, a colour, a bidi override, isolates, marks, a C1 CSI, DEL, a zero-width space
const NASTY = `${ESC}]0;pwned${'\u0007'}${ESC}[31mred${ESC}[0m \u202Eevil\u202C \u2066iso\u2069 \u200E\u200F \u009B2J \u007F \u200B`;
const RAW = new RegExp(UNSAFE_CHARS.source);

describe('escaping functions', () => {
  it('printable shows every unsafe character as an escape', () => {
    expect(printable(`a${ESC}[31m\u202Eb\u009Bc\nd`)).toBe('a\\x1b[31m\\u202eb\\x9bc\\nd');
    expect(printable(NASTY)).not.toMatch(RAW);
  });

  it('safeJson is JSON that parses back to the same strings, with no raw unsafe character', () => {
    const value = { file: NASTY, list: [NASTY, 'plain ü'] };
    const text = safeJson(value, 2);
    expect(text).not.toMatch(RAW);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('every format, through the binary, on a hostile repository', () => {
  const repo = makeRepo();
  const key = fakeKeyId();
  const file = `cfg ${NASTY}.env`;
  repo.write(file, `aws_access_key_id = ${key}\n`);
  repo.git('add', '-A');
  execFileSync('git', ['commit', '-q', '-m', `deploy ${NASTY}`], { cwd: repo.dir, env: { ...repo.env, GIT_AUTHOR_NAME: `Mallory ${NASTY}` } });
  const reports = FORMAT_NAMES.flatMap((f) => ['--report', `${f}=${f}.out`]);
  const r = run(['history', '--format', 'text', '--color', ...reports], { cwd: repo.dir, env: repo.env });

  it('finds the key', () => {
    expect(r.code, r.stderr).toBe(1);
  });

  it.each([...FORMAT_NAMES])('%s holds no raw control or bidi character', (format) => {
    const out = readFileSync(join(repo.dir, `${format}.out`), 'utf8');
    // the format's own line breaks and tabs aside, nothing raw
    expect(out.match(RAW), `${format}: ${JSON.stringify(out.match(RAW))}`).toBeNull();
    // and the hostile text is there, escaped (the report names the file)
    expect(out).toMatch(/pwned/);
  });

  it.each(['json', 'sarif', 'gitlab'])('%s parses back to the real file name', (format) => {
    const text = readFileSync(join(repo.dir, `${format}.out`), 'utf8');
    const parsed = JSON.stringify(JSON.parse(text));
    expect(parsed.includes(JSON.stringify(file).slice(1, -1)) || parsed.includes(encodeURI(file).slice(0, 10))).toBe(true);
  });

  it('the text report on stdout (with colour on) and stderr hold only our own escape sequences', () => {
    // colour codes are ours (ESC[...m); the repository's ESC]0; title and ESC[31m must not appear raw
    expect(r.stdout).not.toContain(`${ESC}]0;`);
    expect(r.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u009b\u007f\u200b]/);
    expect(r.stdout).toContain('\\x1b]0;pwned');
    expect(r.stdout).toContain('\\u202e');
    expect(r.stderr).not.toMatch(RAW);
  });

  it('github annotations: one line per command, no raw ESC', () => {
    const out = readFileSync(join(repo.dir, 'github.out'), 'utf8');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::error file=cfg \\x1b\]0;pwned\\x07/);
    expect(lines[0]).toContain('Mallory \\x1b]0;pwned');
  });

  it('markdown keeps its table rows whole and csv its 14 columns', () => {
    const md = readFileSync(join(repo.dir, 'markdown.out'), 'utf8');
    const row = md.split('\n').find((l) => l.includes('pwned'))!;
    expect(row.startsWith('| ')).toBe(true);
    expect(row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2).toBe(6);
    const csv = readFileSync(join(repo.dir, 'csv.out'), 'utf8').split('\r\n');
    expect(csv[1]).toContain('\\x1b]0;pwned');
  });
});
