/**
 * Values that look like a secret's slot but are not a secret: documentation examples,
 * XXXX/0000 fillers, <angle> and ${template} references, reads of the environment
 * (process.env.X, os.environ[...], System.getenv(...), ENV[...], $env:X), "your_key_here",
 * ascending or descending runs, values elided with "...". Shared by every rule; returns why a
 * value is a placeholder, or null.
 */

const TEMPLATE = /^(?:<[^<>]*>|\$\{[^}]*\}?|\$\([^)]*\)?|\{\{.*\}\}|%\([^)]*\)s?|%[A-Z_]+%|\$[A-Z_][A-Z0-9_]*)$/i;
const REFERENCE =
  /^(?:process\.env\b|import\.meta\.env\b|os\.(?:environ|getenv)\b|(?:System\.getenv|Environment\.GetEnvironmentVariable|getenv|env|Deno\.env\.get)\(|ENV(?:\[|\.fetch\b)|\$ENV\{|\$env:|#\{|@[\w.-]+@$|%env\()/i;
const WORDS = /example|placeholder|your[-_ ]?(?:aws|access|secret|key|api|token|own)|changeme|change[-_]me|redacted|dummy|sample[-_]?key|_here\b|^insert|replace[-_]?(?:me|with)|fake[-_]?key|xxxx/i;
// runs of '/', '+' or '=' occur in real base64 (0xFF bytes, padding): only alphanumeric runs
// count; 'A' is base64 for zero bits, and binary structures (DER, OpenSSH keys) hold runs of
// ten or so, so only a run of 16 'A's is filler
const RUN = /([B-Za-z0-9])\1{5,}|(A)\2{15,}/;
// \u2022 is a bullet, escaped: one non-ASCII character makes Node read a whole bundle chunk as UTF-16
const MASKED = /^[*\u2022#.?-]+$/;
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl'];
// Six characters in alphabet or keyboard order ("abcdef", "123456", "654321") are how people
// fill in made-up keys; in random base62 a given run of six shows up about once in 10^9.
const SEQUENCE_RUN = 6;

export function placeholderReason(secret: string): string | null {
  if (TEMPLATE.test(secret) || /^(?:\$\{|\{\{|\$\()/.test(secret)) return 'template or variable reference';
  // a regular expression's character class with a repeat count (`[0-9a-f]{16}$/`): a pattern, not a value
  if (/^\^?\[[^\]]{1,40}\][{*+?]/.test(secret)) return 'a regular expression, not a value';
  if (/\$\{[^}]{1,80}\}|\{\{[^}]{1,80}\}\}|#\{[^}]{1,80}\}/.test(secret)) return 'template interpolation (${...}, {{...}}, #{...})';
  if (REFERENCE.test(secret)) return 'reads the environment or a variable (process.env, os.environ, getenv, ENV[...])';
  if (MASKED.test(secret)) return 'masked value';
  // documentation shortens a value it shows (`99ae8af...snip...ec0f262ac`): what is left is not the secret
  if (/\.{3}|\u2026/.test(secret)) return 'elided ("..." stands for a part left out)';
  const word = WORDS.exec(secret);
  if (word) return `placeholder word "${word[0]}"`;
  const run = RUN.exec(secret);
  if (run) return `repeated character "${run[0].slice(0, 8)}"`;
  const lower = secret.toLowerCase();
  if (lower.length >= 8 && runCoverage(lower) >= 0.6) return 'made up of short runs ("abc123def456")';
  for (const seq of SEQUENCES) {
    for (let i = 0; i + SEQUENCE_RUN <= seq.length; i++) {
      const up = seq.slice(i, i + SEQUENCE_RUN);
      if (lower.includes(up)) return `ascending sequence "${up}"`;
      const down = [...up].reverse().join('');
      if (lower.includes(down)) return `descending sequence "${down}"`;
    }
  }
  return null;
}

/** Share of characters in ascending runs of 3 or more consecutive letters or digits ("abc", "123"). */
function runCoverage(s: string): number {
  let covered = 0;
  let run = 1;
  const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
  for (let i = 1; i <= s.length; i++) {
    const prev = s.charCodeAt(i - 1);
    const cur = i < s.length ? s.charCodeAt(i) : -1;
    if (cur === prev + 1 && isAlnum(cur) && isAlnum(prev)) run++;
    else {
      if (run >= 3) covered += run;
      run = 1;
    }
  }
  return covered / s.length;
}
