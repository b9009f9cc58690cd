/**
 * `leakguard message FILE`: a commit message file, as the commit-msg hook receives it.
 *
 * The hook runs before git cleans the message up, and it cannot see how git will: `-m`,
 * `-F`, `--cleanup=whitespace|verbatim|scissors`, `commit.cleanup`, another
 * `core.commentChar` (or `auto`) all keep lines that start with `#`. So every line is
 * scanned, comment lines included: a false block on a key in a comment line is better
 * than a key committed silently. The one part left out is the diff that `git commit -v`
 * writes below its scissors line (`<c> ------------------------ >8 ------------------------`,
 * any comment character): git drops it, and it is the staged change, which the pre-commit
 * hook scans (scanning it here would also report keys in its unchanged context lines).
 * Only well-formed diff lines after a scissors line are skipped; any other line there is
 * still scanned. Skipped lines are blanked so that line numbers stay those of the file.
 */
import { readFile } from 'node:fs/promises';
import type { Fragment, ScanError } from '../types.js';
import { newStats, type Source } from './source.js';
import { errorMessage } from '../errors.js';

/** git's cut line, after any one comment character (wt-status.c: cut_line) */
const SCISSORS = /^\S -{24} >8 -{24}$/;
/** the first line of a diff git writes */
const DIFF_START = /^diff (--git|--cc|--combined) /;
/** the lines of a git diff after its first line: extended headers, hunk headers, hunk lines */
const DIFF_LINE =
  /^(diff (--git|--cc|--combined) |index |--- |\+\+\+ |@@|old mode |new mode |deleted file mode |new file mode |similarity index |dissimilarity index |rename from |rename to |copy from |copy to |Binary files |[ +\-\\]|$)/;

export function messageText(raw: string): string {
  const out: string[] = [];
  let afterScissors = false;
  let inDiff = false;
  for (const rawLine of raw.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (afterScissors) {
      if (DIFF_START.test(line)) inDiff = true;
      else if (inDiff && !DIFF_LINE.test(line)) inDiff = false;
      if (inDiff) {
        out.push('');
        continue;
      }
    } else if (SCISSORS.test(line)) afterScissors = true;
    out.push(line);
  }
  return out.join('\n');
}

export class MessageSource implements Source {
  readonly stats = newStats();
  readonly errors: ScanError[] = [];
  readonly notes: ScanError[] = [];

  constructor(private readonly file: string, private readonly display: string) {}

  async *fragments(): AsyncGenerator<Fragment> {
    let raw: Buffer;
    try {
      raw = await readFile(this.file);
    } catch (err) {
      this.errors.push({ file: this.display, message: errorMessage(err).replace(/^[A-Z]+: /, '') });
      return;
    }
    this.stats.files = 1;
    this.stats.bytes = raw.length;
    yield { text: messageText(raw.toString('utf8')), path: null, startLine: 1, origin: 'message' };
  }
}
