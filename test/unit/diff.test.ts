// The unified diff parser: added lines with new-file line numbers, and nothing else.
import { describe, expect, it } from 'vitest';
import { DiffParser, LOG_FORMAT, unquote, type AddedLines } from '../../src/sources/diff.js';
import { LineSplitter } from '../../src/sources/lines.js';
import type { CommitInfo } from '../../src/types.js';

function parse(diff: string) {
  const added: AddedLines[] = [];
  const binaries: string[] = [];
  const commits: Array<{ commit: CommitInfo; message: string }> = [];
  const parser = new DiffParser({
    added: (a) => added.push({ ...a, lines: [...a.lines], lineNumbers: [...a.lineNumbers] }),
    binary: (p) => binaries.push(p),
    commit: (commit, message) => commits.push({ commit, message }),
  });
  const splitter = new LineSplitter((t, first, col) => parser.line(t, first, col));
  splitter.push(Buffer.from(diff, 'utf8'));
  splitter.end();
  parser.end();
  return { added, binaries, commits };
}

/** the added lines (context lines, marked in `context`, are left out) */
const lines = (a: AddedLines[]) => a.flatMap((x) => x.lines.flatMap((l, i) => (x.context?.[i] ? [] : [[x.path, x.lineNumbers[i], l]])));

describe('DiffParser', () => {
  it('reports added lines with their new-file line numbers, not deleted or context lines', () => {
    const { added } = parse(
      [
        'diff --git a/app.py b/app.py',
        'index 1111111..2222222 100644',
        '--- a/app.py',
        '+++ b/app.py',
        '@@ -3,0 +4,2 @@ def f():',
        '+one',
        '+two',
        '@@ -10 +12 @@',
        '-old',
        '+new',
        '@@ -20,2 +21,0 @@',
        '-gone1',
        '-gone2',
      ].join('\n'),
    );
    expect(lines(added)).toEqual([
      ['app.py', 4, 'one'],
      ['app.py', 5, 'two'],
      ['app.py', 12, 'new'],
    ]);
  });

  it('counts context lines when the diff has them', () => {
    const { added } = parse(['diff --git a/f b/f', '--- a/f', '+++ b/f', '@@ -1,3 +1,4 @@', ' a', '+b', ' c', '-d', '+e'].join('\n'));
    expect(lines(added)).toEqual([
      ['f', 2, 'b'],
      ['f', 4, 'e'],
    ]);
  });

  it('ignores "\\ No newline at end of file" and strips CR of CRLF lines', () => {
    const { added } = parse(['diff --git a/w.ps1 b/w.ps1', '--- a/w.ps1', '+++ b/w.ps1', '@@ -1 +1 @@', '-x\r', '\\ No newline at end of file', '+y\r', '\\ No newline at end of file', ''].join('\n'));
    expect(lines(added)).toEqual([['w.ps1', 1, 'y']]);
  });

  it('yields nothing for a pure rename and uses the new name for a rename with changes', () => {
    const { added } = parse(
      [
        'diff --git a/old.txt b/new.txt',
        'similarity index 100%',
        'rename from old.txt',
        'rename to new.txt',
        'diff --git a/a.txt b/b.txt',
        'similarity index 80%',
        'rename from a.txt',
        'rename to b.txt',
        'index 1..2 100644',
        '--- a/a.txt',
        '+++ b/b.txt',
        '@@ -2 +2 @@',
        '-x',
        '+y',
      ].join('\n'),
    );
    expect(lines(added)).toEqual([['b.txt', 2, 'y']]);
  });

  it('reports binary files and scans none of them', () => {
    const { added, binaries } = parse(['diff --git a/img.png b/img.png', 'new file mode 100644', 'index 0000000..1111111', 'Binary files /dev/null and b/img.png differ'].join('\n'));
    expect(added).toEqual([]);
    expect(binaries).toEqual(['img.png']);
  });

  it('yields nothing for deleted files', () => {
    const { added } = parse(['diff --git a/gone b/gone', 'deleted file mode 100644', '--- a/gone', '+++ /dev/null', '@@ -1 +0,0 @@', '-x'].join('\n'));
    expect(added).toEqual([]);
  });

  it('unquotes C-quoted paths and strips the tab git adds after names with spaces', () => {
    const { added } = parse(
      [
        'diff --git "a/new\\nline \\"q\\".txt" "b/new\\nline \\"q\\".txt"',
        '--- /dev/null',
        '+++ "b/new\\nline \\"q\\".txt"',
        '@@ -0,0 +1 @@',
        '+q',
        'diff --git a/my file.txt b/my file.txt',
        '--- /dev/null',
        '+++ b/my file.txt\t',
        '@@ -0,0 +1 @@',
        '+s',
        'diff --git a/caf\u00e9/\u00fc.txt b/caf\u00e9/\u00fc.txt',
        '--- /dev/null',
        '+++ b/caf\u00e9/\u00fc.txt',
        '@@ -0,0 +1 @@',
        '+u',
      ].join('\n'),
    );
    expect(added.map((a) => a.path)).toEqual(['new\nline "q".txt', 'my file.txt', 'café/ü.txt']);
  });

  it('decodes octal escapes as UTF-8 bytes', () => {
    expect(unquote('"b/caf\\303\\251.txt"')).toBe('b/café.txt');
    expect(unquote('plain')).toBe('plain');
  });

  it('keeps only the lines of a combined (merge) diff that are in no parent', () => {
    const { added } = parse(['diff --cc s.txt', 'index 0000000,b478595..7b9b8de', '--- a/s.txt', '+++ b/s.txt', '@@@ -1,0 -1,1 +1,3 @@@', '+ from-parent-2', '++EVIL', ' +from-parent-1', '- removed'].join('\n'));
    expect(lines(added)).toEqual([['s.txt', 2, 'EVIL']]);
  });

  it('parses commit headers of the log format, including multi-line messages', () => {
    expect(LOG_FORMAT).toContain('%B');
    const header = '\0\0abc123\0p1 p2\0Ann Author\0ann@example.com\0' + '2024-02-03T04:05:06+00:00\0Subject line\n\nBody with diff --git a/x b/x\n\0';
    const { added, commits } = parse([header, '', 'diff --git a/f b/f', '--- a/f', '+++ b/f', '@@ -0,0 +1 @@', '+x'].join('\n'));
    expect(commits).toHaveLength(1);
    expect(commits[0]!.commit).toEqual({
      sha: 'abc123',
      author: 'Ann Author',
      email: 'ann@example.com',
      date: '2024-02-03T04:05:06+00:00',
      message: 'Subject line',
      parents: ['p1', 'p2'],
    });
    expect(commits[0]!.message).toBe('Subject line\n\nBody with diff --git a/x b/x');
    expect(added[0]!.commit?.sha).toBe('abc123');
  });

  it('treats a content line that looks like a header as content', () => {
    const { added } = parse(['diff --git a/f b/f', '--- a/f', '+++ b/f', '@@ -0,0 +1,2 @@', '+diff --git a/x b/x', '++++ b/y'].join('\n'));
    expect(lines(added)).toEqual([
      ['f', 1, 'diff --git a/x b/x'],
      ['f', 2, '+++ b/y'],
    ]);
  });

  it('hands over a long added line in overlapping pieces with their columns', () => {
    const parts: AddedLines[] = [];
    const parser = new DiffParser({ added: (a) => parts.push(a) });
    const splitter = new LineSplitter((t, f, c) => parser.line(t, f, c), 100, 10);
    const content = 'x'.repeat(95) + 'SECRET' + 'y'.repeat(150);
    splitter.push(Buffer.from(['diff --git a/m.js b/m.js', '--- a/m.js', '+++ b/m.js', '@@ -0,0 +7 @@', '+' + content, ''].join('\n')));
    splitter.end();
    parser.end();
    expect(parts.length).toBeGreaterThan(1);
    // every piece is at most 100 characters, and reassembling by column gives the line back
    const rebuilt: string[] = [];
    for (const p of parts) {
      expect(p.lineNumbers).toEqual([7]);
      const col = p.startColumn ?? 1;
      const text = col === 1 ? p.lines[0]!.slice(0) : p.lines[0]!;
      for (let i = 0; i < text.length; i++) rebuilt[col - 1 + i] = text[i]!;
    }
    expect(rebuilt.join('')).toBe(content);
    // the secret is whole in at least one piece
    expect(parts.some((p) => p.lines[0]!.includes('SECRET'))).toBe(true);
  });
});
