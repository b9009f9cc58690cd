// runScan: stopping early keeps what was found; progress is drawn only on a terminal.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildConfig, loadBuiltinSpecs } from '../../src/config/load.js';
import { runScan } from '../../src/scan.js';
import { progress } from '../../src/cli/progress.js';
import type { Io } from '../../src/cli/io.js';
import type { Source } from '../../src/sources/source.js';
import type { Fragment } from '../../src/types.js';
import { fakeKeyId } from '../helpers.js';

const config = await buildConfig(loadBuiltinSpecs(), {}, 'test', null);

describe('runScan', () => {
  it('stops when the signal aborts and returns what was found before', async () => {
    const controller = new AbortController();
    const first = fakeKeyId();
    const source: Source = {
      stats: { files: 0, commits: 0, bytes: 0 },
      errors: [],
      notes: [],
      async *fragments(): AsyncGenerator<Fragment> {
        yield { text: `k=${first}`, path: 'a', startLine: 1, origin: 'file' };
        controller.abort();
        yield { text: `k=${fakeKeyId()}`, path: 'b', startLine: 1, origin: 'file' };
        yield { text: `k=${fakeKeyId()}`, path: 'c', startLine: 1, origin: 'file' };
      },
    };
    const result = await runScan(source, config, { signal: controller.signal });
    // the fragment being handed over when the signal came is still scanned; nothing after it
    expect(result.findings.map((f) => f.file)).toEqual(['a', 'b']);
    expect(result.findings[0]!.secret).toBe(first);
  });
});

describe('progress', () => {
  const io = (tty: boolean) => {
    const out: string[] = [];
    const value: Io = { stdout: () => {}, stderr: (t) => void out.push(t), stdin: new PassThrough(), stdoutIsTTY: tty, stderrIsTTY: tty, columns: 80, env: {}, cwd: '/' };
    return { value, out };
  };

  it('draws commits done, total, rate and time left on a terminal, and erases itself', async () => {
    const { value, out } = io(true);
    const bar = progress(value, true);
    await new Promise((r) => setTimeout(r, 120));
    bar.update(50, 200);
    bar.end();
    expect(out[0]).toMatch(/^\r\u001b\[Kleakguard: 50\/200 commits \(25%\) · \d+ commits\/s · \d+s left$/);
    expect(out.at(-1)).toBe('\r\u001b[K');
  });

  it('prints nothing when stderr is not a terminal, or when disabled (--quiet)', async () => {
    for (const [tty, enabled] of [[false, true], [true, false]] as const) {
      const { value, out } = io(tty);
      const bar = progress(value, enabled);
      await new Promise((r) => setTimeout(r, 120));
      bar.update(1, 2);
      bar.end();
      expect(out).toEqual([]);
    }
  });
});
