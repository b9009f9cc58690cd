/**
 * Inline suppression: a line holding `leakguard:allow` is not reported. Followed by rule
 * ids (`leakguard:allow aws-access-key-id, github-pat`), it suppresses only those rules;
 * words after the marker that are not rule ids are a free-text reason.
 */
export declare const MARKER = "leakguard:allow";
/** Why the rule is suppressed on this line, or undefined. */
export declare function inlineAllow(lineText: string, ruleId: string, isRuleId: (id: string) => boolean): string | undefined;
