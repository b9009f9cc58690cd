// Corpus files, part 2: Terraform, Dockerfile, shell, PowerShell (CRLF), a Jupyter notebook,
// CSV, Markdown docs, key files, package-manager and build-tool configs, Ruby, XML.
import { T } from './tokens.mjs';

export function buildMoreFiles(file) {
  terraform(file);
  docker(file);
  shell(file);
  powershell(file);
  notebook(file);
  csv(file);
  docs(file);
  keys(file);
  packageConfigs(file);
  misc(file);
  codeDecoys(file);
}

function terraform(file) {
  const f = file('infra/main.tf');
  f.add('provider "aws" {').add('  region     = "eu-west-1"');
  f.secret('aws', `  access_key = "${T.akia()}"`);
  f.secret('aws', `  secret_key = "${T.awsSecret()}"`);
  f.add('}').add('').add('resource "aws_db_instance" "orders" {').add('  engine   = "postgres"').add('  username = "orders"');
  f.decoy('password', '  password = var.db_password');
  f.add('}').add('').add('resource "azurerm_mssql_server" "billing" {').add('  administrator_login = "sqladmin"');
  f.secret('password', `  administrator_login_password = "${T.password()}"`);
  f.add('}').add('').add('locals {');
  f.secret('azure', `  storage_account_key = "${T.azureStorageKey()}"`);
  f.decoy('generic', '  vault_token = data.vault_generic_secret.ci.data["token"]');
  f.secret('other_provider', `  tfc_token = "${T.tfc()}"`);
  f.add('}');
}

function docker(file) {
  const f = file('Dockerfile');
  f.decoy('generic', `FROM python:3.12-slim@sha256:${T.sha256()}`);
  f.add('ARG NPM_TOKEN').add('WORKDIR /app');
  f.secret('url_credential', `ENV PIP_INDEX_URL=https://build:${T.alnum(16)}@pypi.acme.dev/simple`);
  f.decoy('other_provider', 'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci');
  f.secret('other_provider', `ENV SENTRY_AUTH_TOKEN=${T.sntryu()}`);
  f.add('COPY . .').add('CMD ["gunicorn", "app:app"]');
}

function shell(file) {
  const f = file('scripts/deploy.sh');
  f.add('#!/usr/bin/env bash').add('set -euo pipefail').add('');
  f.secret('github', `export GITHUB_TOKEN=${T.githubPat()}`);
  f.secret('password', `curl -fsS -u deploy:${T.password()} https://nexus.acme.dev/service/rest/v1/components?repository=releases`);
  f.decoy('generic', 'curl -fsS -H "Authorization: Bearer $API_TOKEN" https://api.acme.dev/v1/deploys');
  f.secret('other_provider', `docker login -u acme -p ${T.dckr()} docker.io`);
  f.secret('other_provider', `export VAULT_TOKEN=${T.hvs()}`);
  f.secret('other_provider', `HEROKU_API_KEY=${T.herokuV2()} heroku releases -a acme-web`);
  f.decoy('github', 'git clone "https://x-access-token:${GH_TOKEN}@github.com/acme/infra.git"');
  f.secret('other_provider', `curl -s "https://api.telegram.org/bot${T.telegram()}/sendMessage" -d chat_id=42 -d text=deployed`);
  f.decoy('generic', `echo "deployed $(git rev-parse HEAD) as ${T.uuid()}"`);
}

function powershell(file) {
  const f = file('scripts/Deploy-Billing.ps1', '\r\n');
  f.add('#Requires -Modules Az.Accounts').add('param([string]$Environment = "prod")').add('');
  f.secret('azure', `$env:AZURE_CLIENT_SECRET = "${T.azureAdSecret()}"`);
  f.secret('password', `$password = ConvertTo-SecureString "${T.password()}" -AsPlainText -Force`);
  f.add('$cred = New-Object System.Management.Automation.PSCredential("sqladmin", $password)');
  f.secret('password', `$connectionString = "Server=tcp:acme.database.windows.net,1433;Database=billing;User ID=sqladmin;Password=${T.password()};"`);
  f.secret('azure', `$storageKey = "${T.azureStorageKey()}"`);
  f.decoy('github', '$token = $env:GITHUB_TOKEN');
  f.add('Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $TenantId');
}

function notebook(file) {
  const f = file('research/embeddings.ipynb');
  const src = (s, last = false) => `    ${JSON.stringify(last ? s : s + '\n')}${last ? '' : ','}`;
  f.add('{').add(' "cells": [').add('  {').add('   "cell_type": "code",').add('   "execution_count": 1,').add('   "metadata": {},').add('   "outputs": [],').add('   "source": [');
  f.add(src('import openai'));
  f.secret('other_provider', src(`openai.api_key = "${T.openai()}"`));
  f.add(src('from huggingface_hub import login'));
  f.secret('other_provider', src(`login(token="${T.hf()}")`, true));
  f.add('   ]').add('  },').add('  {').add('   "cell_type": "code",').add('   "execution_count": 2,').add('   "metadata": {},').add('   "outputs": [').add('    {').add('     "name": "stdout",').add('     "output_type": "stream",').add('     "text": [');
  f.decoy('generic', `      "run id ${T.uuid()}, dataset sha256 ${T.sha256()}\\n"`);
  f.add('     ]').add('    }').add('   ],').add('   "source": [');
  f.decoy('other_provider', src('client = openai.OpenAI(api_key=os.environ["OPENAI_API_KEY"])', true));
  f.add('   ]').add('  }').add(' ],').add(' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},').add(' "nbformat": 4,').add(' "nbformat_minor": 5').add('}');
}

function csv(file) {
  const f = file('ops/aws/deploy_accessKeys.csv');
  f.add('User name,Password,Access key ID,Secret access key,Console login link');
  f.secret('aws', `deploy,,${T.akia()},${T.awsSecret()},https://123456789012.signin.aws.amazon.com/console`);

  const u = file('data/api_keys_export.csv');
  u.add('id,owner_email,api_key_sha256,created_at');
  for (let i = 1; i <= 4; i++) u.decoy('generic', `${i},user${i}@acme.dev,${T.sha256()},2024-0${i}-1${i}T10:00:00Z`);
  u.decoy('aws', `5,ops@acme.dev,arn:aws:iam::123456789012:user/AIDA${T.akia().slice(4)},2024-06-01T00:00:00Z`);
}

function docs(file) {
  const f = file('docs/setup.md');
  f.add('# Setting up a development environment').add('').add('Configure the AWS CLI with your own credentials:').add('').add('```bash');
  f.decoy('aws', 'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE');
  f.decoy('aws', 'export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  f.add('```').add('');
  f.decoy('github', 'A personal access token looks like `ghp_` followed by 36 letters and digits.');
  f.decoy('stripe', 'Stripe\'s docs use `sk_test_4eC39HqLyjWDarjtT1zdp7dc` in every example.');
  f.decoy('jwt', 'A token from jwt.io: `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`');
  f.decoy('slack', 'Set `SLACK_BOT_TOKEN=xoxb-your-token` in `.env`.');
  f.add('').add('The staging bot (rotate this!) currently posts with:').add('');
  f.secret('slack', `    SLACK_BOT_TOKEN=${T.xoxb()}`);
  f.add('').add('Connect to the shared database with');
  f.secret('url_credential', `\`mysql://analyst:${T.password()}@mysql.staging.acme.dev:3306/reports\``);

  const c = file('CHANGELOG.md');
  c.add('# Changelog').add('').add('## 4.12.0');
  c.decoy('generic', `- Rotate API tokens on a schedule (${T.gitSha().slice(0, 12)})`);
  c.decoy('generic', `- Fix secret refresh race, see commit ${T.gitSha()}`);
  c.decoy('password', '- Password reset tokens now expire after 15 minutes');
}

function keys(file) {
  const rsa = file('ops/keys/server.key');
  const [p8first, ...p8rest] = T.pkcs8().split('\n');
  rsa.secret('private_key', p8first).add(p8rest.join('\n'));

  const legacy = file('ops/keys/legacy.pem');
  const [p1first, ...p1rest] = T.pkcs1().split('\n');
  legacy.secret('private_key', p1first).add(p1rest.join('\n'));

  const ec = file('ops/keys/signing-ec.pem');
  const [ecFirst, ...ecRest] = T.ecPem().split('\n');
  ec.secret('private_key', ecFirst).add(ecRest.join('\n'));

  const enc = file('ops/keys/backup-encrypted.pem');
  const [encFirst, ...encRest] = T.encryptedPkcs8().split('\n');
  enc.secret('private_key', encFirst).add(encRest.join('\n'));

  const ssh = T.openssh();
  const sk = file('ops/keys/deploy_ed25519');
  const [sshFirst, ...sshRest] = ssh.key.split('\n');
  sk.secret('private_key', sshFirst).add(sshRest.join('\n'));
  file('ops/keys/deploy_ed25519.pub').decoy('private_key', ssh.pub);

  const sshEnc = T.openssh('correct-horse-battery');
  const ske = file('ops/keys/admin_ed25519');
  const [eFirst, ...eRest] = sshEnc.key.split('\n');
  ske.secret('private_key', eFirst).add(eRest.join('\n'));

  const ppk = file('ops/keys/jumphost.ppk');
  ppk.secret('private_key', 'PuTTY-User-Key-File-3: ssh-ed25519').add('Encryption: none').add('Comment: jumphost').add('Public-Lines: 2');
  ppk.add(`AAAAC3NzaC1lZDI1NTE5AAAAI${T.b64(43)}`).add(T.b64(20)).add('Private-Lines: 1').add(T.b64(44)).add(`Private-MAC: ${T.hex(64)}`);

  const pgp = file('ops/keys/release-signing.asc');
  pgp.secret('private_key', '-----BEGIN PGP PRIVATE KEY BLOCK-----').add('').add(T.pgpBody()).add('-----END PGP PRIVATE KEY BLOCK-----');

  const cert = file('ops/keys/ca.pem');
  cert.decoy('private_key', '-----BEGIN CERTIFICATE-----').add(`MIIDdzCCAl+gAwIBAgIE${T.b64(44)}`).add(T.b64(64)).add('-----END CERTIFICATE-----');
  const parse = file('tools/pem.py');
  parse.decoy('private_key', 'PEM_HEADER = "-----BEGIN RSA PRIVATE KEY-----"');
  parse.add('def is_private_key(text):').add('    return text.lstrip().startswith(PEM_HEADER)');
}

function packageConfigs(file) {
  const n = file('web/.npmrc');
  n.secret('other_provider', `//registry.npmjs.org/:_authToken=${T.npm()}`);
  n.add('@acme:registry=https://npm.pkg.github.com');
  n.decoy('other_provider', '//npm.pkg.github.com/:_authToken=${GH_PACKAGES_TOKEN}');

  const p = file('tools/.pypirc');
  p.add('[distutils]').add('index-servers = pypi').add('').add('[pypi]').add('username = __token__');
  p.secret('other_provider', `password = ${T.pypi()}`);

  const m = file('api/settings.xml');
  m.add('<settings>').add('  <servers>').add('    <server>').add('      <id>nexus-releases</id>').add('      <username>deploy</username>');
  m.secret('password', `      <password>${T.password()}</password>`);
  m.add('    </server>').add('    <server>').add('      <id>nexus-snapshots</id>');
  m.decoy('password', '      <password>${env.NEXUS_PASSWORD}</password>');
  m.add('    </server>').add('  </servers>').add('</settings>');
}

function misc(file) {
  const r = file('shop/config/initializers/payments.rb');
  r.secret('stripe', `Stripe.api_key = '${T.rkLive()}'`);
  r.decoy('stripe', "Stripe.api_key = ENV['STRIPE_SECRET_KEY'] if Rails.env.production?");
  r.secret('other_provider', `Braintree::Configuration.access_token = "${T.braintree()}"`);
  r.secret('other_provider', `ShopifyAPI::Context.setup(api_key: "abc", api_secret_key: "x", access_token: "${T.shpat()}")`);
  r.secret('other_provider', `SQUARE_TOKEN = "${T.square()}".freeze`);
  r.decoy('stripe', `STRIPE_TEST = "sk_test_${T.alnum(6)}"`);

  const j = file('integrations/clients.json');
  j.add('{');
  j.secret('other_provider', `  "digitalocean": { "token": "${T.dop()}" },`);
  j.secret('other_provider', `  "newrelic": { "apiKey": "${T.nrak()}" },`);
  j.secret('other_provider', `  "jira": { "email": "ops@acme.dev", "apiToken": "${T.atlassian()}" },`);
  j.secret('other_provider', `  "discord": { "webhook": "${T.discordWebhook()}" },`);
  j.secret('other_provider', `  "databricks": { "host": "https://adb-1.azuredatabricks.net", "token": "${T.dapi()}" },`);
  j.secret('other_provider', `  "linear": { "apiKey": "${T.linear()}" },`);
  j.secret('other_provider', `  "notion": { "auth": "${T.notion()}" },`);
  j.secret('other_provider', `  "postman": { "apiKey": "${T.postman()}" },`);
  j.secret('other_provider', `  "okta": { "orgUrl": "https://acme.okta.com", "oktaApiToken": "${T.okta()}" },`);
  j.secret('other_provider', `  "mapbox": { "secretToken": "${T.mapbox()}" },`);
  j.secret('other_provider', `  "mailchimp": { "apiKey": "${T.mailchimp()}" },`);
  j.secret('other_provider', `  "grafana": { "token": "${T.grafana()}" },`);
  j.secret('gitlab', `  "gitlab": { "deployToken": "${T.gldt()}" },`);
  j.secret('github', `  "githubApp": { "installationToken": "${T.ghs()}" },`);
  j.decoy('generic', `  "analytics": { "writeKey": "${T.alnum(8)}", "trackingId": "UA-${T.hex(8).replace(/[a-f]/g, '3')}-1" },`);
  j.decoy('generic', `  "cloudflare": { "zoneId": "${T.hex(32)}", "accountId": "${T.hex(32)}" }`);
  j.add('}');

  const css = file('web/src/styles/logo.css');
  css.decoy('generic', `.logo { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk${T.b64(12)}AAAAABJRU5ErkJggg=="); }`);
}

/** Names that say secret, values that are not: types, labels, schemas, prompts, comparisons, mocks. */
function codeDecoys(file) {
  const ts = file('web/src/types.ts');
  ts.decoy('password', 'export interface Credentials { username: string; password: string; apiKey?: string }');
  ts.decoy('generic', 'export type TokenResponse = { access_token: string; token_type: "Bearer"; expires_in: number };');
  ts.decoy('password', 'const passwordPattern = /^(?=.*[A-Z])(?=.*\\d).{12,}$/;');

  const i18n = file('web/src/locales/en.json');
  i18n.add('{');
  i18n.decoy('password', '  "password": "Password",');
  i18n.decoy('password', '  "passwordPlaceholder": "Enter a strong password",');
  i18n.decoy('password', '  "password_reset_token_expired": "Your password reset link has expired.",');
  i18n.decoy('generic', '  "apiKeyHelp": "Create an API key in Settings > Developer",');
  i18n.add('  "ok": "OK"').add('}');

  const py = file('backend/orders/auth.py');
  py.add('import getpass').add('');
  py.decoy('password', 'def login(username: str, password: str, api_key: str | None = None):');
  py.decoy('password', '    password = getpass.getpass("Password: ")');
  py.decoy('password', '    if password == confirm_password:');
  py.decoy('password', '        password = password.strip()');
  py.decoy('password', "    PASSWORD_MIN_LENGTH = 12");
  py.decoy('generic', '    token = request.headers["Authorization"].removeprefix("Bearer ")');
  py.decoy('generic', '    mock_token = "mock-token-for-unit-tests"');
  py.decoy('password', '    cursor.execute("SELECT id FROM users WHERE email = %s AND password_hash = %s", (email, digest))');

  const schema = file('deploy/helm/values.schema.json');
  schema.add('{ "properties": {');
  schema.decoy('generic', '  "secret": { "type": "string", "description": "name of the Kubernetes Secret holding the API token" },');
  schema.decoy('password', '  "password": { "type": "string", "default": "" }');
  schema.add('} }');

  const values = file('deploy/helm/values.yaml');
  values.decoy('password', 'password: ""');
  values.decoy('password', 'ansible_ssh_pass: "{{ vault_ssh_pass }}"');
  values.decoy('generic', 'tokenizerVersion: 2.14.1-rc.2');
  values.add('auth:').add('  enabled: true');
  values.decoy('generic', `  existingSecret: billing-api-credentials-${T.hex(5)}`);

  const html = file('web/src/login.html');
  html.decoy('password', '<input type="password" name="password" value="" autocomplete="current-password">');
  html.decoy('generic', `<meta name="csrf-token" content="${T.b64url(43)}">`);

  const sh = file('scripts/prompt.sh');
  sh.decoy('password', 'read -r -s -p "Password: " password');
  sh.decoy('password', 'mysql -u root -p"$MYSQL_ROOT_PASSWORD" < schema.sql');
  sh.decoy('generic', 'TOKEN=$(vault kv get -field=token secret/ci)');

  const more = file('backend/orders/notify.py');
  more.decoy('password', 'logger.info("password", "reset requested")');
  more.decoy('password', 'pw = pygame.display.set_mode((640, 480))');
  more.decoy('generic', 'API_KEY = "abc123def456"  # docs placeholder');
  more.decoy('password', 'subprocess.run(["useradd", "--password", "$(openssl passwd -1 x)", name])');
  more.decoy('password', 'cursor.execute("ALTER USER app IDENTIFIED BY :pw", {"pw": new_password})');
  more.decoy('password', 'print(password, "is too short")');
  more.decoy('url_credential', 'resp = requests.get(f"https://{user}:{password}@{host}/api")');
  more.secret('password', `DB = {"user": "orders", "password": "${T.password()}"}`);
  more.secret('generic', `client = Client(api_key="${T.alnum(14)}")`);

  const netrc = file('ops/ci/netrc');
  netrc.secret('password', `machine api.heroku.com login ops@acme.dev password ${T.password()}`);
}
