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
export declare class Prefilter {
    /** rules without keywords: they run on every text */
    private readonly always;
    /** the DFA, row per state; UNKNOWN where not worked out yet (16-bit when the states fit: half the memory to clear) */
    private readonly delta;
    /** each state's failure link (the longest proper suffix that is a trie state) */
    private readonly fail;
    /** 1 for states where a keyword ends */
    private readonly accepting;
    /** for each state, the rule indices its matched keywords belong to (including via failure links) */
    private readonly outputs;
    readonly ruleCount: number;
    /** keywords[i] are the keywords of rule i */
    constructor(keywords: readonly (readonly string[])[]);
    /** The transition from state `s` on 7-bit character `c`, worked out and kept when unknown. */
    private step;
    /**
     * The rules whose keywords occur in `text` (and the rules without keywords), each with
     * the offsets just past its keyword occurrences, or null when there are more than `cap`
     * of them (or the rule has no keywords): the caller then treats the whole text as relevant.
     */
    matchAt(text: string, cap?: number): Map<number, number[] | null>;
}
