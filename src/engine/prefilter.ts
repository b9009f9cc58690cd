/**
 * Keyword prefilter: one pass over a text finds which rules can possibly match.
 *
 * An Aho-Corasick automaton over all rules' keywords, as a dense DFA on ASCII (case-folded:
 * keywords are lowercase, the text is folded on the fly). Characters outside ASCII reset
 * the automaton, which is right because keywords are ASCII. Adding rules adds states, not
 * passes: the cost per character is one table lookup. The table is filled lazily: the
 * trie and failure links are built up front, and a missing transition is resolved through
 * the failure links the first time it is taken, then remembered (building every row up
 * front would cost milliseconds of start-up in cold code).
 */

const ALPHABET = 128;

export class Prefilter {
  /** rules without keywords: they run on every text */
  private readonly always: number[];
  private readonly delta: Int32Array;
  /** for each state, the rule indices its matched keywords belong to (including via failure links) */
  private readonly outputs: (readonly number[] | null)[];
  readonly ruleCount: number;

  private readonly fail: Int32Array;

  /** keywords[i] are the keywords of rule i */
  constructor(keywords: readonly (readonly string[])[]) {
    this.ruleCount = keywords.length;
    this.always = [];
    // at most one state per keyword character: the table is allocated once; it holds state + 1,
    // so that its initial zeros mean "not known yet" (no fill at start-up)
    const maxStates = 1 + keywords.reduce((n, list) => n + list.reduce((m, kw) => m + kw.length, 0), 0);
    const delta = new Int32Array(maxStates * ALPHABET);
    const out: number[][] = [[]];
    const children: number[][] = [[]];
    keywords.forEach((list, rule) => {
      if (list.length === 0) this.always.push(rule);
      for (const kw of list) {
        let s = 0;
        for (let i = 0; i < kw.length; i++) {
          const c = fold(kw.charCodeAt(i));
          if (c >= ALPHABET) throw new Error(`keyword is not ASCII: ${JSON.stringify(kw)}`);
          let next = delta[s * ALPHABET + c]! - 1;
          if (next === -1) {
            next = out.length;
            out.push([]);
            children.push([]);
            children[s]!.push(c);
            delta[s * ALPHABET + c] = next + 1;
          }
          s = next;
        }
        if (!out[s]!.includes(rule)) out[s]!.push(rule);
      }
    });
    this.delta = delta;
    this.fail = new Int32Array(out.length);
    // breadth-first over the trie edges: failure links, and outputs inherited along them
    const queue = [0];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      for (const c of children[s]!) {
        const t = delta[s * ALPHABET + c]! - 1;
        this.fail[t] = s === 0 ? 0 : this.step(this.fail[s]!, c);
        for (const r of out[this.fail[t]!]!) if (!out[t]!.includes(r)) out[t]!.push(r);
        queue.push(t);
      }
    }
    this.outputs = out.map((list) => (list.length ? list : null));
  }

  /** The transition from state `s` on (folded ASCII) character `c`, resolved through failure links and remembered. */
  private step(s: number, c: number): number {
    let x = s;
    let t = this.delta[x * ALPHABET + c]! - 1;
    while (t === -1) {
      if (x === 0) {
        t = 0;
        break;
      }
      x = this.fail[x]!;
      t = this.delta[x * ALPHABET + c]! - 1;
    }
    this.delta[s * ALPHABET + c] = t + 1;
    return t;
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
    const outputs = this.outputs;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c |= 32;
      const t = delta[(s << 7) | c]!;
      s = t === 0 ? this.step(s, c) : t - 1;
      const o = outputs[s];
      if (o !== null && o !== undefined) {
        for (const r of o) {
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
