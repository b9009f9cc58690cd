/**
 * POSIX extended regular expressions (what git-secrets hands to `grep -E`) as JavaScript
 * regex sources. The two dialects differ where it hurts: inside a bracket expression a
 * backslash is a literal and `[:alpha:]` is a class; outside one, `\n` is the letter n,
 * `\<` `\>` are word boundaries (GNU), `{,m}` means `{0,m}`; `(?` does not exist. Anything
 * without a faithful translation is refused with the reason rather than guessed at.
 *
 * git-secrets runs `grep -w` (whole words only): `wholeWords` wraps the translation in
 * lookarounds that require a non-word character (or the line's edge) on both sides.
 * grep also matches within one line only: no translation matches a line break.
 */

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  xdigit: '0-9A-Fa-f',
  space: ' \\t\\v\\f\\r',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
  word: 'A-Za-z0-9_',
};

/** Characters that must be escaped to be literal in a JavaScript regex (outside a class). */
const JS_SPECIAL = new Set([...'\\^$.|?*+()[]{}/']);
/**
 * GNU escapes. grep matches within one line; a fragment holds many, so nothing may match
 * a line break: `\s` and `\W` (and negated brackets) exclude it.
 */
const GNU_ESCAPES: Record<string, string> = { w: '\\w', W: '[^\\w\\n]', s: '[ \\t\\v\\f\\r]', S: '\\S', b: '\\b', B: '\\B' };

export class EreError extends Error {}

/** Translates an ERE into a JavaScript regex source; throws EreError with the reason. */
export function ereToJs(ere: string): string {
  let out = '';
  let i = 0;
  while (i < ere.length) {
    const c = ere[i]!;
    if (c === '\\') {
      if (i + 1 >= ere.length) throw new EreError('ends with a lone backslash');
      out += escapeOutside(ere[i + 1]!);
      i += 2;
    } else if (c === '[') {
      const { js, end } = bracket(ere, i);
      out += js;
      i = end;
    } else if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(ere.slice(i));
      if (m && (m[1] || (m[2] && m[3]))) {
        out += `{${m[1] || '0'}${m[2]}${m[3]}}`;
        i += m[0].length;
      } else {
        out += '\\{';
        i++;
      }
    } else if (c === '(' && ere[i + 1] === '?') {
      throw new EreError('"(?" is Perl syntax, not POSIX ERE');
    } else {
      out += c === ']' || c === '}' || c === '/' ? `\\${c}` : c;
      i++;
    }
  }
  return out;
}

function escapeOutside(c: string): string {
  if (c === '<' || c === '>') return '\\b';
  if (c === '`') return '^';
  if (c === "'") return '$';
  if (Object.hasOwn(GNU_ESCAPES, c)) return GNU_ESCAPES[c]!;
  if (/[1-9]/.test(c)) return `\\${c}`;
  // any other escaped character is itself (in ERE `\n` is the letter n)
  return JS_SPECIAL.has(c) ? `\\${c}` : c;
}

/** Characters that must be escaped inside a JavaScript class. */
function classChar(c: string): string {
  return /[\\\]\[^-]/.test(c) ? `\\${c}` : c;
}

type Item = { char: string } | { set: string };

/** A bracket expression starting at `start` (the `[`): its JavaScript class and the index after it. */
function bracket(ere: string, start: number): { js: string; end: number } {
  let i = start + 1;
  let negate = false;
  if (ere[i] === '^') {
    negate = true;
    i++;
  }
  const items: Item[] = [];
  let first = true;
  for (;;) {
    if (i >= ere.length) throw new EreError('unterminated bracket expression "["');
    const c = ere[i]!;
    if (c === ']' && !first) break;
    first = false;
    if (c === '[' && /[:=.]/.test(ere[i + 1] ?? '')) {
      const kind = ere[i + 1]!;
      const close = ere.indexOf(`${kind}]`, i + 2);
      if (close < 0) throw new EreError(`unterminated "[${kind}"`);
      const name = ere.slice(i + 2, close);
      items.push(special(kind, name));
      i = close + 2;
      continue;
    }
    items.push({ char: c });
    i++;
  }
  return { js: negate ? `[^${classBody(items)}\\n]` : `[${classBody(items)}]`, end: i + 1 };
}

function special(kind: string, name: string): Item {
  if (kind === ':') {
    const set = CLASSES[name];
    if (!set) throw new EreError(`unknown character class "[:${name}:]"`);
    return { set };
  }
  if ([...name].length !== 1) throw new EreError(`"[${kind}${name}${kind}]" (a multi-character collating element) is not supported`);
  return { char: name };
}

/** Items of a bracket expression -> a JavaScript class body (ranges `a-z` kept). */
function classBody(items: Item[]): string {
  let out = '';
  for (let k = 0; k < items.length; k++) {
    const a = items[k]!;
    const dash = items[k + 1];
    const b = items[k + 2];
    if ('char' in a && dash && 'char' in dash && dash.char === '-' && b && 'char' in b) {
      if (a.char > b.char) throw new EreError(`invalid range "${a.char}-${b.char}"`);
      out += `${classChar(a.char)}-${classChar(b.char)}`;
      k += 2;
    } else {
      out += 'char' in a ? classChar(a.char) : a.set;
    }
  }
  return out;
}

/** `grep -w`: the match must not touch a word character (A-Za-z0-9_) on either side. */
export function wholeWords(js: string): string {
  return `(?<![A-Za-z0-9_])(?:${js})(?![A-Za-z0-9_])`;
}
