// sources/text.ts: leakguard's own bytes -> text decision (binary? UTF-8? UTF-16 LE/BE?).
import { describe, expect, it } from 'vitest';
import { contentIncludes, decodeText, utf16Encoding } from '../../src/sources/text.js';

const le = (s: string) => Buffer.from(s, 'utf16le');
const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const BOM_LE = Buffer.from([0xff, 0xfe]);
const BOM_BE = Buffer.from([0xfe, 0xff]);

describe('decodeText', () => {
  it('reads plain UTF-8 as it is (a BOM and invalid bytes included)', () => {
    expect(decodeText(Buffer.from('key = value\ncafé\n'))).toEqual({ binary: false, text: 'key = value\ncafé\n', encoding: 'utf-8' });
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ binary: false, text: '\ufeffa', encoding: 'utf-8' });
    expect(decodeText(Buffer.from([0x61, 0xff, 0x62]))).toEqual({ binary: false, text: 'a\ufffdb', encoding: 'utf-8' });
    expect(decodeText(Buffer.alloc(0))).toEqual({ binary: false, text: '', encoding: 'utf-8' });
  });

  it('calls content binary when a NUL byte is in its first 8000 bytes (git\'s test), not later', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])).binary).toBe(true);
    expect(decodeText(Buffer.concat([Buffer.from('a'.repeat(7999)), Buffer.from([0])])).binary).toBe(true);
    expect(decodeText(Buffer.concat([Buffer.from('a'.repeat(8000)), Buffer.from([0])])).binary).toBe(false);
  });

  it('decodes UTF-16 LE and BE with a byte-order mark, CRLF kept, the mark dropped', () => {
    const text = '# PowerShell\r\n$key = "AKIA"\r\nzoë ✓ 𝄞\r\n';
    expect(decodeText(Buffer.concat([BOM_LE, le(text)]))).toEqual({ binary: false, text, encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([BOM_BE, be(text)]))).toEqual({ binary: false, text, encoding: 'utf-16be' });
  });

  it('drops an odd last byte of UTF-16 (half a character)', () => {
    expect(decodeText(Buffer.concat([BOM_LE, le('abc'), Buffer.from([0x41])]))).toEqual({ binary: false, text: 'abc', encoding: 'utf-16le' });
  });

  it('decodes UTF-16 without a mark only when it is unmistakably ASCII-like text', () => {
    expect(decodeText(le('line one\nline two\n'))).toEqual({ binary: false, text: 'line one\nline two\n', encoding: 'utf-16le' });
    expect(decodeText(be('line one\nline two\n'))).toEqual({ binary: false, text: 'line one\nline two\n', encoding: 'utf-16be' });
    // too short to tell, or mixed NULs: binary
    expect(decodeText(le('abc')).binary).toBe(true);
    expect(decodeText(Buffer.from([1, 0, 0, 2, 3, 0, 0, 4, 5, 0, 0, 6, 7, 0, 0, 8, 9, 0])).binary).toBe(true);
  });

  it('calls a file with a UTF-16 mark binary when its characters are not text', () => {
    // UTF-32 LE's mark (FF FE 00 00) is not UTF-16
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('a\0\0\0b\0\0\0')])).binary).toBe(true);
    // NUL characters
    expect(decodeText(Buffer.concat([BOM_LE, le('ab\0cd')])).binary).toBe(true);
    // a lone surrogate
    expect(decodeText(Buffer.concat([BOM_LE, Buffer.from([0x00, 0xd8, 0x41, 0x00, 0x42, 0x00])])).binary).toBe(true);
    // many control characters
    expect(decodeText(Buffer.concat([BOM_LE, le('\u0001\u0002\u0003abcdefgh')])).binary).toBe(true);
    // a few are fine (a form feed, an escape, one stray control in a long text)
    expect(decodeText(Buffer.concat([BOM_LE, le('a\fb\u001b[0m' + 'x'.repeat(200) + '\u0001')])).binary).toBe(false);
  });
});

describe('utf16Encoding and contentIncludes', () => {
  it('name the byte order, or null for UTF-8 and binary', () => {
    expect(utf16Encoding(Buffer.concat([BOM_LE, le('x')]))).toBe('utf-16le');
    expect(utf16Encoding(Buffer.concat([BOM_BE, be('x')]))).toBe('utf-16be');
    expect(utf16Encoding(Buffer.from('plain text'))).toBeNull();
    expect(utf16Encoding(Buffer.from([0, 1, 2, 3]))).toBeNull();
  });

  it('find a string in the bytes or in the decoded UTF-16 text', () => {
    const needle = 'needle-value-123';
    expect(contentIncludes(Buffer.from(`k=${needle}\n`), needle)).toBe(true);
    expect(contentIncludes(Buffer.concat([BOM_LE, le(`k=${needle}\r\n`)]), needle)).toBe(true);
    expect(contentIncludes(Buffer.concat([BOM_BE, be(`k=${needle}\r\n`)]), needle)).toBe(true);
    expect(contentIncludes(Buffer.concat([BOM_LE, le('k=other\r\n')]), needle)).toBe(false);
  });
});
