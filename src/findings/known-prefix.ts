/**
 * The known prefix of a rule's secrets, worked out from its regex: the literal text every
 * secret of the rule starts with (`ghp_`, `xoxb-`, `github_pat_`, `sk_live_`). Redaction
 * shows it, with the last characters, so that two tokens of one provider can be told apart
 * without revealing either: the prefix is the issuer's, not the holder's, so it gives
 * nothing away. Rules stay data: no rule needs a field for it.
 *
 * The reading is deliberately small: literal characters and escaped punctuation, small
 * character classes of literals (`xox[bp]-`), groups and alternations of those, zero-width
 * `\b`, `^` and lookarounds before the secret. It stops at the first thing that is not
 * fixed (a range, `\d`, `.`, an optional part), so a prefix is never longer than the regex
 * guarantees.
 */
import { captureGroups } from '../engine/rule.js';

/** At most this many alternative prefixes per rule (`(?:a|b)[cd][ef]` multiplies). */
const MAX_ALTERNATIVES = 64;

interface Alt {
  text: string;
  /** the regex may still continue this prefix with fixed text */
  open: boolean;
}

/** The literal prefixes of the secret group of a regex source, longest first; [] when none. */
export function literalPrefixes(source: string, secretGroup: number | string): string[] {
  const start = groupStart(source, secretGroup);
  if (start < 0) return [];
  const p = new Parser(source, start);
  const alts = p.alternatives();
  const texts = [...new Set(alts.map((a) => a.text).filter((t) => t !== ''))];
  return texts.sort((a, b) => b.length - a.length);
}

/** Index just inside the secret group (0: the whole regex), or -1 when not found. */
function groupStart(source: string, group: number | string): number {
  if (group === 0) return 0;
  let count = 0;
  for (const g of captureGroups(source)) if (++count === group || g.name === group) return g.inner;
  return -1;
}

class Parser {
  constructor(
    private readonly s: string,
    private i: number,
  ) {}

  /** alternatives up to the closing `)` of the current group (consumed) or the end */
  alternatives(): Alt[] {
    const all: Alt[] = [];
    for (;;) {
      all.push(...this.sequence());
      if (this.s[this.i] === '|') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === ')') this.i++;
      return all;
    }
  }

  /** one branch: literal atoms appended while every prefix is open; the rest of the branch skipped */
  private sequence(): Alt[] {
    let alts: Alt[] = [{ text: '', open: true }];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      if (this.zeroWidth()) continue;
      const atom = this.atom();
      const min = this.quantifier();
      if (!atom || min === 0 || !alts.some((a) => a.open)) {
        alts = alts.map((a) => ({ ...a, open: false }));
        if (!atom) this.skipAtom();
        continue;
      }
      const next: Alt[] = [];
      for (const a of alts) {
        if (!a.open) next.push(a);
        else for (const b of atom) next.push({ text: a.text + b.text, open: b.open && min === 1 });
      }
      alts = next.length > MAX_ALTERNATIVES ? alts.map((a) => ({ ...a, open: false })) : next;
    }
    return alts;
  }

  /** skips `\b`, `^` and lookarounds: they take no characters */
  private zeroWidth(): boolean {
    const s = this.s;
    if (s.startsWith('\\b', this.i) || s[this.i] === '^') {
      this.i += s[this.i] === '^' ? 1 : 2;
      return true;
    }
    if (/^\(\?<?[=!]/.test(s.slice(this.i, this.i + 4))) {
      this.i += s[this.i + 2] === '<' ? 4 : 3;
      this.skipGroupRest();
      return true;
    }
    return false;
  }

  /** the alternatives one atom can take, or null when it is not fixed text (not consumed then) */
  private atom(): Alt[] | null {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '\\') {
      const e = s[this.i + 1] ?? '';
      if (!/[^A-Za-z0-9]/.test(e)) return null;
      this.i += 2;
      return [{ text: e, open: true }];
    }
    if (c === '[') {
      const m = /^\[([^\]\\^-]{1,8})\]/.exec(s.slice(this.i));
      if (!m) return null;
      this.i += m[0].length;
      return [...new Set(m[1]!)].map((ch) => ({ text: ch, open: true }));
    }
    if (c === '(') {
      const named = /^\(\?<[A-Za-z_][A-Za-z0-9_]*>/.exec(s.slice(this.i));
      if (named) this.i += named[0].length;
      else if (s.startsWith('(?:', this.i)) this.i += 3;
      else if (s[this.i + 1] === '?') return null;
      else this.i += 1;
      return this.alternatives();
    }
    if ('.$*+?{}|)'.includes(c)) return null;
    this.i++;
    return [{ text: c, open: true }];
  }

  /** the minimum repeat of the atom just read (1 without a quantifier); consumes the quantifier */
  private quantifier(): number {
    const s = this.s;
    const c = s[this.i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') {
      min = 2; // at least once, maybe more: the atom is fixed, what follows is not
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.i));
      if (m) {
        const n = Number(m[1]);
        min = n === 0 ? 0 : n === 1 && m[2] === undefined ? 1 : 2;
        this.i += m[0].length;
      }
    }
    if (s[this.i] === '?' && c !== undefined && '?*+{'.includes(c)) this.i++; // lazy
    return min;
  }

  /** moves past an atom that is not fixed text (a class, an escape, `.`, a group) */
  private skipAtom(): void {
    const s = this.s;
    const c = s[this.i];
    if (c === '\\') this.i += 2;
    else if (c === '[') {
      let j = this.i + 1;
      if (s[j] === '^') j++;
      if (s[j] === ']') j++;
      for (; j < s.length && s[j] !== ']'; j++) if (s[j] === '\\') j++;
      this.i = j + 1;
    } else if (c === '(') {
      this.i++;
      this.skipGroupRest();
    } else this.i++;
    this.quantifier();
  }

  /** moves past the `)` closing the group whose opening was just consumed */
  private skipGroupRest(): void {
    const s = this.s;
    let depth = 1;
    let inClass = false;
    for (; this.i < s.length && depth > 0; this.i++) {
      const c = s[this.i];
      if (c === '\\') this.i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
    }
  }
}
