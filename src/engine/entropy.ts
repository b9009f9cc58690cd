/**
 * Shannon entropy of a string in bits per character: symbols are counted per code point
 * and the sum is divided by the number of code points, so the unit is the same on both
 * sides (gitleaks counts characters but divides by bytes).
 */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const ascii = new Uint32Array(128);
  let other: Map<number, number> | undefined;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) ascii[c]!++;
    else {
      other ??= new Map();
      other.set(c, (other.get(c) ?? 0) + 1);
    }
    n++;
  }
  let h = 0;
  const add = (k: number) => {
    const p = k / n;
    h -= p * Math.log2(p);
  };
  for (let c = 0; c < 128; c++) if (ascii[c]) add(ascii[c]!);
  if (other) for (const k of other.values()) add(k);
  return h;
}
