/**
 * A rule's regex must not be able to freeze a scan. Regexes are analysed with scslre
 * (super-linear backtracking detection over the regexpp AST): exponential backtracking
 * and polynomial backtracking between two quantifiers (nested or adjacent and
 * overlapping) are rejected with the reason. scslre does not see ambiguity between the
 * alternatives of a repeated group (`(\w|\d)+`, `([a-z]|[a-z0-9])+`, `(a|aa)+`: each takes
 * exponential time on a 40-character line that fails to match), so a second check, built on
 * refa's automata, rejects a repeated group whose alternatives overlap: one alternative
 * matches a prefix of a string another matches (or the same string). Assertions are ignored
 * (which only widens what an alternative may match) and a back-reference inside a repeated
 * alternation is refused as not analysable. The remaining polynomial case, a quantifier
 * sliding over its own input from every start position, is bounded by the engine, which
 * never runs a regex over more than MAX_WINDOW characters at a time (engine/engine.ts).
 *
 * The analysis costs about a millisecond per regex, so it runs for user rules at load
 * and for the built-in rules at build and test time, not on every start-up.
 */
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { JS, NFA, isDisjointWith } from 'refa';
import { analyse } from 'scslre';

/** A repeated group whose maximum count is at least this is checked for overlapping alternatives (below it, backtracking stays small). */
const REPEAT_CHECKED = 8;

export function regexSafetyProblem(source: string, flags = 'm'): string | null {
  const parser = new RegExpParser({ ecmaVersion: 2024 });
  let literal;
  try {
    literal = parser.parseLiteral(`/${source.replace(/(?<!\\)\//g, '\\/')}/${flags}`);
  } catch (err) {
    return `cannot be analysed: ${(err as Error).message}`;
  }
  const { reports } = analyse(literal, { reportTypes: { Move: false, Self: true, Trade: true } });
  for (const r of reports) {
    const at = r.type === 'Trade' ? `${r.startQuant.raw}" and "${r.endQuant.raw}` : r.quant.raw;
    const kind = r.exponential ? 'exponential' : 'polynomial';
    return `can backtrack ${kind}ly (catastrophic backtracking) at "${at}": make the quantified parts unambiguous or bound them`;
  }
  return overlappingAlternatives(literal);
}

/** The first repeated alternation whose alternatives overlap, described; null when there is none. */
function overlappingAlternatives(literal: AST.RegExpLiteral): string | null {
  const repeated: AST.Quantifier[] = [];
  visitRegExpAST(literal, {
    onQuantifierEnter(q) {
      if (q.max >= REPEAT_CHECKED) repeated.push(q);
    },
  });
  if (!repeated.length) return null;
  const refa = JS.Parser.fromAst(literal);
  const checked = new Set<AST.Node>();
  for (const q of repeated) {
    const groups: Array<AST.Group | AST.CapturingGroup> = [];
    collectAlternations(q.element, groups);
    for (const group of groups) {
      if (checked.has(group)) continue;
      checked.add(group);
      const problem = overlapIn(refa, group, q);
      if (problem) return problem;
    }
  }
  return null;
}

function collectAlternations(node: AST.Node, out: Array<AST.Group | AST.CapturingGroup>): void {
  if (node.type === 'Group' || node.type === 'CapturingGroup') {
    if (node.alternatives.length > 1) out.push(node);
    for (const alt of node.alternatives) for (const e of alt.elements) collectAlternations(e, out);
  } else if (node.type === 'Quantifier') {
    collectAlternations(node.element, out);
  }
  // lookarounds: they consume nothing, their alternatives cannot be repeated over the input
}

function overlapIn(refa: JS.Parser, group: AST.Group | AST.CapturingGroup, q: AST.Quantifier): string | null {
  let automata: NFA[];
  try {
    automata = group.alternatives.map((alt) => {
      const { expression, maxCharacter } = refa.parseElement(alt, { assertions: 'ignore', backreferences: 'throw', maxBackreferenceWords: 0 });
      return NFA.fromRegex(expression, { maxCharacter }, { assertions: 'ignore' });
    });
  } catch {
    return `cannot be analysed: a back-reference inside the repeated group "${q.raw}"`;
  }
  for (let i = 0; i < automata.length; i++) {
    for (let j = i + 1; j < automata.length; j++) {
      if (prefixOverlap(automata[i]!, automata[j]!)) {
        const a = group.alternatives[i]!.raw;
        const b = group.alternatives[j]!.raw;
        return `can backtrack exponentially (catastrophic backtracking) at "${q.raw}": its alternatives "${a}" and "${b}" can match the same text (or one a prefix of the other's); make them start differently or merge them into one character class`;
      }
    }
  }
  return null;
}

/** Whether some string of `a` is a prefix of a string of `b` or the other way round (equal strings included). */
function prefixOverlap(a: NFA, b: NFA): boolean {
  const pa = a.copy();
  pa.prefixes();
  if (!isDisjointWith(pa, b)) return true;
  const pb = b.copy();
  pb.prefixes();
  return !isDisjointWith(a, pb);
}
