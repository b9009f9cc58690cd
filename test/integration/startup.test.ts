// The hooks' start-up path, checked on the built bundle: the static import graph of
// dist/leakguard.js is what every hook loads before it scans. It must be a handful of
// files (each costs Node about half a millisecond to resolve, read and link; see
// src/cli/hook-path.ts), and must not load what only some runs need: the --verify signer,
// the respond runbook, yargs, cosmiconfig, the config validator. Those are reached through
// dynamic import() only.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** files reachable from `entry` through static `import ... from` / `import "..."` only */
function staticGraph(...entries: string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(file, 'utf8');
    seen.set(file, code);
    for (const m of code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)) visit(join(dirname(file), m[1]!));
  };
  for (const entry of entries) visit(entry);
  return seen;
}

describe('start-up path', () => {
  const graph = staticGraph(join(ROOT, 'dist/leakguard.js'));

  it('reaches the engine and the staged source (the graph walk works)', () => {
    const code = [...graph.values()].join('\n');
    expect(code).toContain('scanFragment');
    expect(code).toContain('aws-access-key-id');
    expect(code).toContain('startStagedDiff');
  });

  it('is at most four files of at most 250 KB in all', () => {
    expect([...graph.keys()].map((f) => f.slice(ROOT.length)).length).toBeLessThanOrEqual(4);
    expect([...graph.values()].reduce((n, c) => n + c.length, 0)).toBeLessThan(250_000);
  });

  it('is ASCII only (one other character and Node holds a whole file as UTF-16, twice the bytes)', () => {
    for (const [file, code] of graph) expect(/[^\x00-\x7f]/.test(code), file).toBe(false);
  });

  it('does not load yargs, cosmiconfig or the config validator', () => {
    for (const [file, code] of graph) {
      expect(code.includes('yargs-parser'), file).toBe(false);
      expect(code.includes('cosmiconfig/dist'), file).toBe(false);
      expect(code.includes('src/generated/validate-config.js'), file).toBe(false);
    }
  });

  it('does not load the SigV4 signer or the runbook', () => {
    for (const [file, code] of graph) {
      expect(code.includes('SignatureV4'), file).toBe(false);
      expect(code.includes('AWSRevokeOlderSessions'), file).toBe(false);
    }
  });

  it('reaches them by dynamic import only', () => {
    const dist = join(ROOT, 'dist');
    const all = [join(dist, 'leakguard.js'), ...readdirSync(join(dist, 'chunks')).map((f) => join(dist, 'chunks', f))].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).toMatch(/import\("\.\/(?:chunks\/)?verify-[\w-]+\.js"\)/);
    expect(all).toMatch(/import\("\.\/(?:chunks\/)?respond-command-[\w-]+\.js"\)/);
  });
});
