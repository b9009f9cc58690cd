/**
 * Values that look like a secret's slot but are not a secret: documentation examples,
 * XXXX/0000 fillers, <angle> and ${template} references, "your_key_here", ascending runs.
 * Shared by every rule; returns why a value is a placeholder, or null.
 */

const TEMPLATE = /^(?:<[^<>]*>|\$\{[^}]*\}?|\$\([^)]*\)?|\{\{.*\}\}|%\([^)]*\)s?|%[A-Z_]+%|\$[A-Z_][A-Z0-9_]*)$/i;
const WORDS = /example|placeholder|your[-_ ]?(?:aws|access|secret|key|api|token|own)|changeme|change[-_]me|redacted|dummy|sample[-_]?key|_here\b|^insert|^replace[-_]?me|fake[-_]?key|xxxx/i;
// runs of '/', '+' or '=' occur in real base64 (0xFF bytes, padding): only alphanumeric runs count
const RUN = /([A-Za-z0-9])\1{5,}/;
const MASKED = /^[*•#.?-]+$/;
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl'];

export function placeholderReason(secret: string): string | null {
  if (TEMPLATE.test(secret)) return 'template or variable reference';
  if (MASKED.test(secret)) return 'masked value';
  const word = WORDS.exec(secret);
  if (word) return `placeholder word "${word[0]}"`;
  const run = RUN.exec(secret);
  if (run) return `repeated character "${run[1]!.repeat(Math.min(run[0].length, 8))}"`;
  const lower = secret.toLowerCase();
  for (const seq of SEQUENCES) {
    for (let i = 0; i + 8 <= seq.length; i++) {
      if (lower.includes(seq.slice(i, i + 8))) return `ascending sequence "${seq.slice(i, i + 8)}"`;
    }
  }
  return null;
}
