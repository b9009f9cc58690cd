/**
 * `leakguard message FILE`: a commit message file, as the commit-msg hook receives it.
 * Comment lines (which git strips) are blanked so that line numbers stay those of the
 * file, and everything below the scissors line of `git commit -v` (the diff, scanned by
 * the pre-commit hook already) is left out.
 */
import { readFile } from 'node:fs/promises';
import type { Fragment, ScanError } from '../types.js';
import { newStats, type Source } from './source.js';
import { errorMessage } from '../errors.js';

const SCISSORS = /^# -+ >8 -+$/;

export function messageText(raw: string, commentChar = '#'): string {
  const out: string[] = [];
  for (const line of raw.split('\n')) {
    if (SCISSORS.test(line)) break;
    out.push(line.startsWith(commentChar) ? '' : line.replace(/\r$/, ''));
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
