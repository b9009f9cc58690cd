/**
 * Inline suppression: a line holding `leakguard:allow` is not reported. Followed by rule
 * ids (`leakguard:allow aws-access-key-id, github-pat`), it suppresses only those rules;
 * words after the marker that are not rule ids are a free-text reason.
 */
export const MARKER = 'leakguard:allow';

const ID = /^[\s,:=(]*([a-z0-9]+(?:-[a-z0-9]+)+)/;

/** Why the rule is suppressed on this line, or undefined. */
export function inlineAllow(lineText: string, ruleId: string, isRuleId: (id: string) => boolean): string | undefined {
  let at = lineText.indexOf(MARKER);
  while (at !== -1) {
    const ids: string[] = [];
    let rest = lineText.slice(at + MARKER.length, at + MARKER.length + 400);
    for (let m = ID.exec(rest); m && isRuleId(m[1]!); m = ID.exec(rest)) {
      ids.push(m[1]!);
      rest = rest.slice(m[0].length);
    }
    if (ids.length === 0) return `inline: ${MARKER} on the line`;
    if (ids.includes(ruleId)) return `inline: ${MARKER} ${ruleId} on the line`;
    at = lineText.indexOf(MARKER, at + MARKER.length);
  }
  return undefined;
}
