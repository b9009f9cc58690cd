// Rule id -> rule family, for scoring against a corpus's labels. Two naming schemes: our
// corpus (test/corpus: one family per provider the issue names, then the generic kinds) and
// CredSweeper's (its families: aws_access_key_id, password, generic_secret, ...).

const PASSWORD_RULES = new Set(['password-assignment', 'password-xml', 'curl-user-password', 'http-basic-auth-header', 'docker-config-auth', 'npm-basic-auth', 'powershell-securestring-password', 'netrc-password', 'cli-password-argument', 'sql-password', 'password-constant-argument']);
const URL_RULES = /-url-password$|^url-basic-auth$/;
const GENERIC_RULES = new Set(['generic-secret', 'http-bearer-token', 'cli-secret-argument']);
const NAMED_PROVIDERS = ['aws', 'github', 'gitlab', 'slack', 'stripe', 'google', 'azure'];

function common(id) {
  if (id.startsWith('private-key-') || id === 'age-secret-key' || id === 'nats-nkey-seed') return 'private_key';
  if (id === 'jwt-token') return 'jwt';
  if (PASSWORD_RULES.has(id)) return 'password';
  if (GENERIC_RULES.has(id)) return 'generic';
  if (URL_RULES.test(id)) return 'url_credential';
  if (id.startsWith('firebase-')) return 'google';
  const provider = id.split('-')[0];
  return NAMED_PROVIDERS.includes(provider) ? provider : 'other_provider';
}

export function familyOf(ruleId, scheme) {
  const f = common(ruleId);
  if (scheme !== 'credsweeper') return f;
  if (ruleId === 'aws-access-key-id') return 'aws_access_key_id';
  if (ruleId.startsWith('aws-secret-access-key')) return 'aws_secret_access_key';
  if (f === 'aws') return 'aws_other';
  if (f === 'url_credential') return 'password';
  if (f === 'generic') return 'generic_secret';
  return f;
}

/** CredSweeper's labels name families our corpus does not use. */
export function schemeFor(labels) {
  return labels.some((l) => l.rule_family === 'generic_secret' || String(l.rule_family).startsWith('aws_')) ? 'credsweeper' : 'leakguard';
}
