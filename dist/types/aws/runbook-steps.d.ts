/**
 * The AWS key incident response as data: seven steps in the order they must happen (see
 * shared/docs/aws-key-incident.md), each with why it matters, the AWS CLI commands with the
 * key filled in, and notes. A long-term user key (AKIA) is deactivated; a temporary key
 * (ASIA, and the other STS forms) cannot be, so its steps revoke the role's sessions
 * instead. runbook.ts fills the placeholders and renders text or a markdown checklist:
 *   {{key}}           the access key ID
 *   {{account}}       the account id (or ACCOUNT_ID when the key does not encode it)
 *   {{writeReplacements}} the command writing the filter-repo --replace-text file ('' when
 *                     leakguard wrote it: a command that fills to '' is left out)
 *   {{replacementsPath}}, {{removeReplacements}} that file, and the command deleting it
 *   {{replacementsNote}} what that file holds or lacks (a note that fills to '' is left out)
 *   {{contained}}     how the key was stopped (step 1 of the variant)
 */
export type Variant = 'user-key' | 'session';
export interface Command {
    /** shell lines (bash); may span lines */
    run: string;
    /** only for this variant */
    only?: Variant;
}
export interface Step {
    title: string;
    why: string;
    commands: Command[];
    notes: string[];
}
/** The steps for a variant, in order (commands of the other variant left out). */
export declare function stepsFor(variant: Variant): Step[];
