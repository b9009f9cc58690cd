/** Why a high-entropy value assigned to a secret-ish name is not a secret, or null. */
export declare function genericSecretProblem(value: string): string | null;
export interface PasswordContext {
    /** the value was a string literal (quoted, or XML element text) rather than a bare token */
    quoted: boolean;
    /** the value is the password half of a user:password pair (a URL, HTTP basic auth): no label there */
    url?: boolean;
    /** the name follows a declaration keyword (`var`, `let`, `const`, ...): the line is code */
    declared?: boolean;
}
/** Why a value assigned to a password-like name is not a password, or null. */
export declare function passwordProblem(value: string, ctx: PasswordContext): string | null;
/**
 * Why a password or generic value looks chosen by a person rather than generated, or null:
 * short, few distinct characters, keyboard or alphabet runs, or words. In a test, an example
 * or documentation, such a value is a fixture far more often than a leak (see context.ts).
 */
export declare function humanChosenReason(value: string): string | null;
