/**
 * Where a value sits says how likely it is to be a leak. A password or generic value that a
 * person chose (short, words, keyboard runs: value-shapes.ts humanChosenReason) in a test, a
 * fixture, an example, documentation (Markdown and reStructuredText code samples included), a
 * CI configuration or a code comment is a fixture far more often than a credential
 * (`tobi:ferret`, `s00pers3cret`, a CI job's throwaway database password). Such a finding is
 * reported at `low` with its context: visible, but not failing a run under the default
 * `--fail-on medium`. Provider tokens, AWS keys, private keys and random-looking values keep
 * their severity wherever they are: only rules tagged `password` or `generic` are softened.
 */
import type { ContextKind, Severity } from '../types.js';
export type { ContextKind };
export declare const CONTEXT_WORDS: Readonly<Record<ContextKind, string>>;
/** The kind of file `path` ('/'-separated, relative to the repository) is by its name, if a test, example, documentation or CI one. */
export declare function pathContext(path: string | null): ContextKind | undefined;
/**
 * A line that is a comment from its start: `//`, `/*`, a doc-block `*`, `#` (not a C
 * preprocessor directive), `-- `, `;`, `<!--`. A trailing comment after code is not looked for.
 */
export declare function isCommentLine(line: string): boolean;
/** What a softenable candidate needs: its rule's tags and validator, its secret and severity. */
export interface ContextCandidate {
    rule: {
        readonly tags: readonly string[];
        readonly validatorName: string | undefined;
    };
    secret: string;
    severity: Severity;
}
/**
 * The context that lowers this candidate to `low`, or undefined: a password or generic
 * value, chosen by a person, in a test, example, documentation, CI file or a comment line.
 * `line` is the text of the line holding the secret.
 */
export declare function lowerContext(c: ContextCandidate, path: string | null, line: string): ContextKind | undefined;
