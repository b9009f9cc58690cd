/**
 * Keyword prefilter: one pass over a text finds which rules can possibly match.
 *
 * An Aho-Corasick automaton over all rules' keywords, compiled to a dense DFA on 7-bit
 * characters. Case folding is built into the table (an upper-case letter moves like its
 * lower-case twin), and a character outside ASCII is looked up by its low 7 bits: keywords
 * are ASCII, so that can only add a spurious hit (the regexes decide), never lose a real
 * one. The cost per character is one table lookup and one flag test, whatever the number
 * of rules.
 */

const ALPHABET = 128;

export class Prefilter {
  /** rules without keywords: they run on every text */
  private readonly always: number[];
  private readonly delta: Int32Array;
  /** 1 for states where a keyword ends */
  private readonly accepting: Uint8Array;
  /** for each state, the rule indices its matched keywords belong to (including via failure links) */
  private readonly outputs: (readonly number[] | null)[];
  readonly ruleCount: number;

  /** keywords[i] are the keywords of rule i */
  constructor(keywords: readonly (readonly string[])[]) {
    this.ruleCount = keywords.length;
    this.always = [];
    const goto: Map<number, number>[] = [new Map()];
    const out: Set<number>[] = [new Set()];
    keywords.forEach((list, rule) => {
      if (list.length === 0) this.always.push(rule);
      for (const kw of list) {
        let s = 0;
        for (let i = 0; i < kw.length; i++) {
          const c = fold(kw.charCodeAt(i));
          if (c >= ALPHABET) throw new Error(`keyword is not ASCII: ${JSON.stringify(kw)}`);
          let next = goto[s]!.get(c);
          if (next === undefined) {
            next = goto.length;
            goto.push(new Map());
            out.push(new Set());
            goto[s]!.set(c, next);
          }
          s = next;
        }
        out[s]!.add(rule);
      }
    });
    const n = goto.length;
    const delta = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0]!.get(c);
      if (t !== undefined) {
        delta[c] = t;
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      for (const r of out[fail[s]!]!) out[s]!.add(r);
      for (let c = 0; c < ALPHABET; c++) {
        const t = goto[s]!.get(c);
        if (t !== undefined) {
          fail[t] = delta[fail[s]! * ALPHABET + c]!;
          delta[s * ALPHABET + c] = t;
          queue.push(t);
        } else {
          delta[s * ALPHABET + c] = delta[fail[s]! * ALPHABET + c]!;
        }
      }
    }
    // upper-case letters move like lower-case ones
    for (let st = 0; st < n; st++) for (let c = 65; c <= 90; c++) delta[st * ALPHABET + c] = delta[st * ALPHABET + (c | 32)]!;
    this.delta = delta;
    this.outputs = out.map((set) => (set.size ? [...set] : null));
    this.accepting = Uint8Array.from(out, (set) => (set.size ? 1 : 0));
  }

  /** Indices of the rules whose keywords occur in `text` (plus rules without keywords), ascending. */
  match(text: string): number[] {
    const hit = new Uint8Array(this.ruleCount);
    let count = 0;
    for (const r of this.always) {
      hit[r] = 1;
      count++;
    }
    const delta = this.delta;
    const accepting = this.accepting;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      s = delta[(s << 7) | (text.charCodeAt(i) & 127)]!;
      if (accepting[s] === 1) {
        for (const r of this.outputs[s]!) {
          if (hit[r] === 0) {
            hit[r] = 1;
            count++;
          }
        }
        if (count === this.ruleCount) break;
      }
    }
    const result: number[] = [];
    if (count === 0) return result;
    for (let r = 0; r < hit.length; r++) if (hit[r]) result.push(r);
    return result;
  }
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}
