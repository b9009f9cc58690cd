// The hook's start-up path must not load the --verify signer or the respond runbook: they
// are reached only through dynamic import(). Checked on the built bundle: every chunk in
// the static import graph of dist/leakguard.js and of the two chunks the hooks' fast path
// imports (cli/main.ts: the staged source and the scan command), and none holds them.
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
  const chunks = readdirSync(join(ROOT, 'dist/chunks'));
  const hookPath = chunks.filter((f) => /^(scan-command|staged)-[\w-]+\.js$/.test(f)).map((f) => join(ROOT, 'dist/chunks', f));
  const graph = staticGraph(join(ROOT, 'dist/leakguard.js'), ...hookPath);

  it('follows the fast path into the scan command and the staged source', () => {
    expect(hookPath).toHaveLength(2);
  });

  it('reaches the engine (the graph walk works)', () => {
    expect(graph.size).toBeGreaterThan(1);
    expect([...graph.values()].some((c) => c.includes('aws-access-key-id') || c.includes('scanFragment'))).toBe(true);
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
