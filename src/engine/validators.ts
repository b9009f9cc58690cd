/**
 * Named validators a rule can require (`validate: <name>`): structural checks a regex
 * cannot express, such as a checksum or a mix of character classes. Each returns null
 * when the candidate passes, or the reason it was dropped.
 */

export type Validator = (secret: string) => string | null;

/** An AWS secret access key is 40 random base64 characters: it has upper and lower case and is not hex. */
function awsSecretShape(secret: string): string | null {
  if (!/[A-Z]/.test(secret) || !/[a-z]/.test(secret)) return 'not mixed case (random base64 has both)';
  if (/^[0-9a-fA-F]+$/.test(secret)) return 'hexadecimal (a digest, not a key)';
  if (!/[0-9/+]/.test(secret) && secret.length >= 40) {
    // 40 random base64 characters without any digit, '/' or '+' happen 1 time in ~1,300.
    // Words glued together (CamelCaseIdentifiersLikeThisOne) are the usual reason.
    if (/^(?:[A-Z][a-z]+)+$/.test(secret)) return 'looks like an identifier (CamelCase words)';
  }
  return null;
}

export const VALIDATORS: Readonly<Record<string, Validator>> = {
  'aws-secret-shape': awsSecretShape,
};
