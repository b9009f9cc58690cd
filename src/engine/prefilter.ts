/**
 * Keyword prefilter: one pass over a text finds which rules can possibly match.
 *
 * An Aho-Corasick automaton over all rules' keywords, run as a DFA on 7-bit characters.
 * Case folding is built into the transitions (an upper-case letter moves like its
 * lower-case twin), and a character outside ASCII is looked up by its low 7 bits: keywords
 * are ASCII, so that can only add a spurious hit (the regexes decide), never lose a real
 * one. The cost per character is one table lookup and two tests, whatever the number of
 * rules.
 *
 * The DFA's table is filled as it is used: a transition not yet known (-1) is worked out
 * once from the state's failure link and kept. A pre-commit hook scanning ten lines then
 * builds a few dozen entries instead of the whole table (1,400 states x 128 characters for
 * the built-in rules, milliseconds of a hook's start-up); a history audit fills the rows it
 * meets within its first kilobytes.
 */

const ALPHABET = 128;
const UNKNOWN = -1;

export class Prefilter {
  /** rules without keywords: they run on every text */
  private readonly always: number[];
  /** the DFA, row per state; UNKNOWN where not worked out yet (16-bit when the states fit: half the memory to clear) */
  private readonly delta: Int16Array | Int32Array;
  /** each state's failure link (the longest proper suffix that is a trie state) */
  private readonly fail: Int32Array;
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
    // character (0 is the start state, never a trie edge's target).
    const maxStates = 1 + keywords.reduce((n, list) => n + list.reduce((m, kw) => m + kw.length, 0), 0);
    const delta = (maxStates < 0x8000 ? new Int16Array(maxStates * ALPHABET) : new Int32Array(maxStates * ALPHABET)).fill(UNKNOWN);
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
          if (next === UNKNOWN) {
            next = out.length;
            out.push([]);
            edges.push([]);
            edges[s]!.push(c);
            delta[s * ALPHABET + c] = next;
            if (c >= 97 && c <= 122) delta[s * ALPHABET + c - 32] = next;
          }
          s = next;
        }
        if (!out[s]!.includes(rule)) out[s]!.push(rule);
      }
    });
    // the start state's row is complete: no edge goes back to the start
    for (let c = 0; c < ALPHABET; c++) if (delta[c] === UNKNOWN) delta[c] = 0;
    // failure links breadth-first, over trie edges only; outputs inherited along them
    const n = out.length;
    const fail = new Int32Array(n);
    const queue = [0];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      for (const c of edges[s]!) {
        const t = delta[s * ALPHABET + c]!;
        if (s !== 0) {
          // only trie edges are in the table yet (and the start state's complete row)
          let f = fail[s]!;
          while (f !== 0 && delta[f * ALPHABET + c] === UNKNOWN) f = fail[f]!;
          fail[t] = delta[f * ALPHABET + c]!;
        }
        for (const r of out[fail[t]!]!) if (!out[t]!.includes(r)) out[t]!.push(r);
        queue.push(t);
      }
    }
    this.delta = delta.subarray(0, n * ALPHABET);
    this.fail = fail;
    this.outputs = out.map((list) => (list.length ? list : null));
    this.accepting = Uint8Array.from(out, (list) => (list.length ? 1 : 0));
  }

  /** The transition from state `s` on 7-bit character `c`, worked out and kept when unknown. */
  private step(s: number, c: number): number {
    const i = s * ALPHABET + c;
    let t = this.delta[i]!;
    if (t === UNKNOWN) {
      // a state without an edge moves as its failure state does (the start state's row is complete)
      t = this.step(this.fail[s]!, c);
      this.delta[i] = t;
    }
    return t;
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
      const c = text.charCodeAt(i) & 127;
      const t = delta[(s << 7) | c]!;
      s = t === UNKNOWN ? this.step(s, c) : t;
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
