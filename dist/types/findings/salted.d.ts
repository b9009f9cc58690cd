/** A salt as the files hold it: 32 hex digits (16 random bytes). */
export declare const SALT_RE: RegExp;
export declare function newSalt(): string;
/** The salted form of a report's fingerprint (`rule-id:hash` -> `rule-id:scrypt(salt, hash)`). */
export declare function saltedFingerprint(fingerprint: string, salt: string): Promise<string>;
/** The rule id of a fingerprint. */
export declare function ruleOf(fingerprint: string): string;
/**
 * Salted forms of `fingerprints` under `salt`, for those whose rule id is in `rules` (the
 * rules the file has entries for: the others cannot match one).
 */
export declare function saltedForms(fingerprints: Iterable<string>, salt: string, rules: ReadonlySet<string>): Promise<Map<string, string>>;
