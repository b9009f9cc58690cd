/**
 * Values published as examples (RFC 5849 and RFC 6749 tokens, framework documentation's
 * sample keys): found in vendored libraries and copied tutorials everywhere, and no one's
 * access. The list is data, rules/known-examples.yaml, validated and bundled at build time.
 */
import list from '../generated/known-examples.js';

let bySecret: Map<string, string> | undefined;

/** Where `secret` is published as an example, or undefined. */
export function knownExampleSource(secret: string): string | undefined {
  return (bySecret ??= new Map(list)).get(secret);
}
