// POSIX ERE (git-secrets' patterns, run by `grep -Ew`) into JavaScript: the translation
// keeps ERE's meaning where the dialects differ, refuses what it cannot translate, and
// matches whole words within one line like grep -w.
import { describe, expect, it } from 'vitest';
import { ereToJs, wholeWords } from '../../src/config/posix-ere.js';
import { REGISTER_AWS_PATTERNS } from '../../src/config/git-secrets.js';

const grepW = (ere: string, text: string) => new RegExp(wholeWords(ereToJs(ere)), 'm').test(text);

describe('ereToJs', () => {
  it.each([
    ['[[:alpha:]][[:digit:]]+', '[A-Za-z][0-9]+'],
    ['[]a-]', '[\\]a\\-]'],
    ['[^]x]', '[^\\]x\\n]'],
    ['[a\\]', '[a\\\\]'],
    ['a\\nb', 'anb'],
    ['x{,3}', 'x{0,3}'],
    ['x{2', 'x\\{2'],
    ['\\<word\\>', '\\bword\\b'],
    ['a\\.b\\+', 'a\\.b\\+'],
    ['(ab|cd)\\1', '(ab|cd)\\1'],
    ['a\\s*=\\W', 'a[ \\t\\v\\f\\r]*=[^\\w\\n]'],
    ['x]y}', 'x\\]y\\}'],
  ])('%s -> %s', (ere, js) => {
    expect(ereToJs(ere)).toBe(js);
  });

  it.each([
    ['(?i)secret', '"(?" is Perl syntax, not POSIX ERE'],
    ['[abc', 'unterminated bracket expression "["'],
    ['[[:bogus:]]', 'unknown character class "[:bogus:]"'],
    ['[z-a]', 'invalid range "z-a"'],
    ['abc\\', 'ends with a lone backslash'],
    ['[[.ch.]]', '"[.ch.]" (a multi-character collating element) is not supported'],
  ])('refuses %s', (ere, message) => {
    expect(() => ereToJs(ere)).toThrow(message);
  });

  it('matches like grep -w: whole words, never across a line break', () => {
    expect(grepW('acme_[a-z0-9]{8}', 'key=acme_ab12cd34;')).toBe(true);
    expect(grepW('acme_[a-z0-9]{8}', 'key=xacme_ab12cd34')).toBe(false);
    expect(grepW('acme_[a-z0-9]{8}', 'acme_ab12cd345')).toBe(false);
    expect(grepW('pass[^;]*;', 'pass\nword;')).toBe(false);
    expect(grepW('pass[[:space:]]*=', 'pass \n=')).toBe(false);
  });

  it('translates the patterns git secrets --register-aws installs', () => {
    for (const p of REGISTER_AWS_PATTERNS) expect(() => new RegExp(wholeWords(ereToJs(p)))).not.toThrow();
    const [keyPattern] = [...REGISTER_AWS_PATTERNS];
    expect(grepW(keyPattern!, 'id = AIDAABCDEFGHIJKLMNOP')).toBe(true);
  });
});
