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
export declare class EreError extends Error {
}
/** Translates an ERE into a JavaScript regex source; throws EreError with the reason. */
export declare function ereToJs(ere: string): string;
/** `grep -w`: the match must not touch a word character (A-Za-z0-9_) on either side. */
export declare function wholeWords(js: string): string;
