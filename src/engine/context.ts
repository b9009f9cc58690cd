/**
 * Where a value sits says how likely it is to be a leak. A password or generic value that a
 * person chose (short, words, keyboard runs: value-shapes.ts humanChosenReason) in a test, a
 * fixture, an example, documentation (Markdown and reStructuredText code samples included), a
 * CI configuration or a code comment is a fixture far more often than a credential
 * (`tobi:ferret`, `s00pers3cret`, a CI job's throwaway database password). Such a finding is
 * reported at `low` with its context: visible, but not failing a run under the default
 * `--fail-on medium`. Provider tokens, AWS keys, private keys and random-looking values keep
 * their severity wherever they are: only rules tagged `password` or `generic` are softened.
 */
import type { ContextKind, Severity } from '../types.js';
import { humanChosenReason } from './value-shapes.js';

export type { ContextKind };

export const CONTEXT_WORDS: Readonly<Record<ContextKind, string>> = {
  test: 'a test or fixture file',
  example: 'an example or sample file',
  docs: 'documentation',
  ci: 'a CI configuration',
  comment: 'a code comment',
};

const TEST_DIR =
  /(?:^|\/)(?:tests?|__tests__|testing|testdata|test[-_]data|test[-_]?cases|test[-_]?suite|specs?|__specs?__|fixtures?|__fixtures__|__mocks__|mocks?|e2e|(?:unit|integration|functional|acceptance|feature)[-_]?tests?)\//i;
/** git's own layout: t/ at the top of the repository */
const TEST_ROOT = /^t\//;
const TEST_FILE = /(?:^|\/)(?:test_[^/]+|[^/]+[._-](?:tests?|spec|specs)\.[a-z0-9]+|conftest\.py|[^/]+\.t)$/i;
/** JUnit, PHPUnit, XCTest, NUnit naming: FooTest.java, BarTests.cs, BazSpec.scala (case matters: "latest.php" is not one) */
const TEST_CLASS_FILE = /(?:Test|Tests|Spec)\.[A-Za-z0-9]+$/;
const EXAMPLE_DIR = /(?:^|\/)(?:_?examples?|samples?|demos?|stubs?)\//i;
const EXAMPLE_FILE = /(?:^|\/)(?:[^/]*\.(?:example|sample|dist|template|tmpl|tpl)(?:\.[^/]*)?|examples?[._-][^/]*|samples?[._-][^/]*)$/i;
const DOCS_DIR = /(?:^|\/)(?:docs?|documentation|man|manual|guides?|wiki)\//i;
const DOCS_FILE =
  /(?:\.(?:md|markdown|mdx|mdown|rst|adoc|asciidoc|rdoc|textile|pod)$|(?:^|\/)(?:README|CHANGELOG|CHANGES|HISTORY|NEWS|CONTRIBUTING|INSTALL|UPGRADING|UPGRADE)(?:[._-][^/]*)?$)/i;
const CI_FILE =
  /(?:^|\/)(?:\.github\/workflows\/[^/]+|\.gitlab-ci\.ya?ml|\.travis\.ya?ml|\.circleci\/[^/]+|azure-pipelines\.ya?ml|appveyor\.ya?ml|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|Jenkinsfile|\.buildkite\/[^/]+|\.woodpecker\.ya?ml)$/i;

/** The kind of file `path` ('/'-separated, relative to the repository) is by its name, if a test, example, documentation or CI one. */
export function pathContext(path: string | null): ContextKind | undefined {
  if (path === null) return undefined;
  if (TEST_DIR.test(path) || TEST_ROOT.test(path) || TEST_FILE.test(path) || TEST_CLASS_FILE.test(path)) return 'test';
  if (EXAMPLE_DIR.test(path) || EXAMPLE_FILE.test(path)) return 'example';
  if (DOCS_DIR.test(path) || DOCS_FILE.test(path)) return 'docs';
  if (CI_FILE.test(path)) return 'ci';
  return undefined;
}

/**
 * A line that is a comment from its start: `//`, `/*`, a doc-block `*`, `#` (not a C
 * preprocessor directive), `-- `, `;`, `<!--`. A trailing comment after code is not looked for.
 */
export function isCommentLine(line: string): boolean {
  return /^\s*(?:\/\/|\/\*|\*(?:\s|\/|$)|#(?!!|\s*(?:define|include|if|ifdef|ifndef|elif|else|endif|pragma|undef|error|warning|import|line)\b)|--\s|;|<!--)/.test(line);
}

/** What a softenable candidate needs: its rule's tags and validator, its secret and severity. */
export interface ContextCandidate {
  rule: { readonly tags: readonly string[]; readonly validatorName: string | undefined };
  secret: string;
  severity: Severity;
}

/**
 * The context that lowers this candidate to `low`, or undefined: a password or generic
 * value, chosen by a person, in a test, example, documentation, CI file or a comment line.
 * `line` is the text of the line holding the secret.
 */
export function lowerContext(c: ContextCandidate, path: string | null, line: string): ContextKind | undefined {
  if (c.severity === 'low' || c.severity === 'info') return undefined;
  if (!c.rule.tags.includes('password') && !c.rule.tags.includes('generic')) return undefined;
  const where = pathContext(path) ?? (isCommentLine(line) ? 'comment' : undefined);
  if (!where) return undefined;
  return humanChosenReason(valueOf(c)) ? where : undefined;
}

/** The value a person typed: the password inside basic-auth base64 or a percent-encoded URL. */
function valueOf(c: ContextCandidate): string {
  if (c.rule.validatorName === 'basic-auth-base64') {
    const decoded = Buffer.from(c.secret, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : decoded;
  }
  if (c.rule.validatorName === 'url-password') {
    try {
      return decodeURIComponent(c.secret);
    } catch {
      return c.secret;
    }
  }
  return c.secret;
}
