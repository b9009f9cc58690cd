/**
 * A rule's regex must not be able to freeze a scan. Regexes are analysed with scslre
 * (super-linear backtracking detection over the regexpp AST): exponential backtracking
 * and polynomial backtracking between two quantifiers (nested or adjacent and
 * overlapping) are rejected with the reason. The remaining polynomial case, a quantifier
 * sliding over its own input from every start position, is bounded by the engine, which
 * never runs a regex over more than MAX_WINDOW characters at a time (engine/engine.ts).
 *
 * The analysis costs about a millisecond per regex, so it runs for user rules at load
 * and for the built-in rules at build and test time, not on every start-up.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';

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
  return null;
}
