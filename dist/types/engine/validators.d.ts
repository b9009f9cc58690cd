export interface ValidatorContext {
    /** the whole regex match (contains the secret) */
    match: string;
    /** the full line(s) holding the secret */
    line: string;
    /** the lines around the secret (a few on either side), for checks that need the surrounding code */
    around?: string;
}
export type Validator = (secret: string, context: ValidatorContext) => string | null;
export declare const VALIDATORS: Readonly<Record<string, Validator>>;
