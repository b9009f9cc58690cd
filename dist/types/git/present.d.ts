/**
 * What is searched for a secret: a secret spanning lines (a private key) is looked for by
 * its longest line (a unique line of its base64 body), so that CRLF files still match.
 */
export declare function needleOf(secret: string): string;
/** The needles (see needleOf) that occur in some blob of `rev`'s tree. */
export declare function needlesAt(rev: string, needles: Iterable<string>, cwd: string): Promise<Set<string>>;
