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
    // The trie, built straight into the transition table: at most one state per keyword
    // character, so the table is allocated once (0 is the start state, never a trie edge's target).
    const maxStates = 1 + keywords.reduce((n, list) => n + list.reduce((m, kw) => m + kw.length, 0), 0);
    const delta = new Int32Array(maxStates * ALPHABET);
    const out: number[][] = [[]];
    const edges: number[][] = [[]];
    keywords.forEach((list, rule) => {
      if (list.length === 0) this.always.push(rule);
      for (const kw of list) {
        let s = 0;
        for (let i = 0; i < kw.length; i++) {
          const c = fold(kw.charCodeAt(i));
          if (c >= ALPHABET) throw new Error(`keyword is not ASCII: ${JSON.stringify(kw)}`);
          let next = delta[s * ALPHABET + c]!;
          if (next === 0) {
            next = out.length;
            out.push([]);
            edges.push([]);
            edges[s]!.push(c);
            delta[s * ALPHABET + c] = next;
          }
          s = next;
        }
        if (!out[s]!.includes(rule)) out[s]!.push(rule);
      }
    });
    // Breadth-first, each state's row is its failure state's row (complete by then) with its
    // own trie edges on top: native copies instead of a 128-column loop per state, which
    // matters at start-up, when this code runs cold.
    const n = out.length;
    const fail = new Int32Array(n);
    const saved = new Int32Array(ALPHABET);
    const queue = [0];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const row = s * ALPHABET;
      for (const c of edges[s]!) saved[c] = delta[row + c]!;
      if (s !== 0) delta.copyWithin(row, fail[s]! * ALPHABET, fail[s]! * ALPHABET + ALPHABET);
      for (const c of edges[s]!) {
        const t = saved[c]!;
        delta[row + c] = t;
        fail[t] = s === 0 ? 0 : delta[fail[s]! * ALPHABET + c]!;
        for (const r of out[fail[t]!]!) if (!out[t]!.includes(r)) out[t]!.push(r);
        queue.push(t);
      }
      // upper-case letters move like lower-case ones
      delta.copyWithin(row + 65, row + 97, row + 123);
    }
    this.delta = delta.subarray(0, n * ALPHABET);
    this.outputs = out.map((list) => (list.length ? list : null));
    this.accepting = Uint8Array.from(out, (list) => (list.length ? 1 : 0));
  }

  /**
   * The rules whose keywords occur in `text` (and the rules without keywords), each with
   * the offsets just past its keyword occurrences, or null when there are more than `cap`
   * of them (or the rule has no keywords): the caller then treats the whole text as relevant.
   */
  matchAt(text: string, cap = 32): Map<number, number[] | null> {
    const hits = new Map<number, number[] | null>();
    for (const r of this.always) hits.set(r, null);
    const delta = this.delta;
    const accepting = this.accepting;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      s = delta[(s << 7) | (text.charCodeAt(i) & 127)]!;
      if (accepting[s] === 1) {
        for (const r of this.outputs[s]!) {
          const at = hits.get(r);
          if (at === undefined) hits.set(r, [i + 1]);
          else if (at !== null) {
            if (at.length >= cap) hits.set(r, null);
            else at.push(i + 1);
          }
        }
      }
    }
    return hits;
  }
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}
