// What the commit-msg hook reads of a message file (sources/message.ts): every line git may
// keep; only a git diff below a scissors line is blanked (line numbers unchanged).
import { describe, expect, it } from 'vitest';
import { messageText } from '../../src/sources/message.js';

const CUT = '------------------------ >8 ------------------------';

describe('messageText', () => {
  it('keeps comment lines, whatever the comment character', () => {
    expect(messageText('subject\n#123 fix\n; other\r\n')).toBe('subject\n#123 fix\n; other\n');
  });

  it('blanks the git commit -v diff below a scissors line, keeping line numbers and other text', () => {
    const raw = [
      'subject',
      `# ${CUT}`,
      '# Do not modify or remove the line above.',
      'diff --git a/x b/x',
      'index 1234567..89abcde 100644',
      '--- a/x',
      '+++ b/x',
      '@@ -1,2 +1,2 @@',
      ' context',
      '-old',
      '+new',
      '# ------------------------------------------------',
      'diff --git c/y i/y',
      '@@ -1 +1 @@',
      '+more',
      '',
    ].join('\n');
    const out = messageText(raw).split('\n');
    expect(out).toHaveLength(16);
    expect(out.slice(0, 3)).toEqual(['subject', `# ${CUT}`, '# Do not modify or remove the line above.']);
    expect(out.slice(3, 11).every((l) => l === '')).toBe(true);
    expect(out[11]).toBe('# ------------------------------------------------');
    expect(out.slice(12).every((l) => l === '')).toBe(true);
  });

  it('scans text after a scissors line that is not a diff, and a diff with no scissors line', () => {
    expect(messageText(`a\n; ${CUT}\nnot a diff\n`)).toBe(`a\n; ${CUT}\nnot a diff\n`);
    expect(messageText('a\ndiff --git a/x b/x\n+k\n')).toBe('a\ndiff --git a/x b/x\n+k\n');
  });
});
