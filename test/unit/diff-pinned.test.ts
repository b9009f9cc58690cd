// The diff parser's part in "git must not decide what leakguard reads": the blob ids of files
// git prints as binary (for sources/binary-diff.ts), and commit-message lines longer than
// the line splitter's pieces, put back together whole.
import { describe, expect, it } from 'vitest';
import { DiffParser, LOG_FORMAT } from '../../src/sources/diff.js';
import { LineSplitter } from '../../src/sources/lines.js';

function parse(diff: string, maxLine?: number, overlap?: number) {
  const binaries: Array<[string, string | undefined, string[]]> = [];
  const messages: string[] = [];
  const parser = new DiffParser({
    added: () => {},
    binary: (path, _commit, blob, oldBlobs) => binaries.push([path, blob, oldBlobs]),
    commit: (_commit, message) => messages.push(message),
  });
  const splitter = new LineSplitter((t, first, col) => parser.line(t, first, col), maxLine, overlap);
  // in small chunks, as a pipe delivers them
  const bytes = Buffer.from(diff, 'utf8');
  for (let i = 0; i < bytes.length; i += 7) splitter.push(bytes.subarray(i, i + 7));
  splitter.end();
  parser.end();
  return { binaries, messages };
}

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const Z = '0'.repeat(40);

describe('DiffParser: files git prints as binary', () => {
  it('hands over the new blob and the old ones: an edit, a new file, a deletion, a merge', () => {
    const { binaries } = parse(
      [
        'diff --git a/x.env b/x.env',
        `index ${A}..${B} 100644`,
        'Binary files a/x.env and b/x.env differ',
        'diff --git a/new.ps1 b/new.ps1',
        'new file mode 100644',
        `index ${Z}..${C}`,
        'Binary files /dev/null and b/new.ps1 differ',
        'diff --git a/gone.bin b/gone.bin',
        'deleted file mode 100644',
        `index ${A}..${Z}`,
        'Binary files a/gone.bin and /dev/null differ',
        'diff --cc m.env',
        `index ${A},${B}..${C}`,
        'Binary files differ',
      ].join('\n'),
    );
    expect(binaries).toEqual([
      ['x.env', B, [A]],
      ['new.ps1', C, []],
      ['gone.bin', undefined, [A]],
      ['m.env', C, [A, B]],
    ]);
  });
});

describe('DiffParser: commit messages', () => {
  const header = (sha: string, body: string) =>
    LOG_FORMAT.replace(/%x00/g, '\0').replace('%H', sha).replace('%P', '').replace('%an', 'A').replace('%ae', 'a@example.com').replace('%aI', '2024-01-01T00:00:00Z').replace('%B', body);

  it('keeps a message line longer than a piece whole (pieces overlap), and the next commit intact', () => {
    const long = Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ');
    const body = `subject\n\n${long} end\nlast line\n`;
    const { messages } = parse(`${header(A, body)}\n${header(B, 'second\n')}\n`, 100, 20);
    expect(messages).toEqual([`subject\n\n${long} end\nlast line`, 'second']);
  });

  it('keeps a long subject line whole too', () => {
    const long = 'x'.repeat(1000) + ' tail';
    const { messages } = parse(`${header(C, long + '\n')}\n`, 64, 16);
    expect(messages).toEqual([long]);
  });
});
