// Corpus files, part 1: dotenv, Python, JavaScript/TypeScript, Go, lockfiles, Java
// properties, YAML, JSON, TOML, INI. See gen-corpus.mjs for the labelling conventions.
import { T } from './tokens.mjs';

export function buildFiles(file) {
  dotenv(file);
  python(file);
  javascript(file);
  golang(file);
  lockfiles(file);
  java(file);
  yamlFiles(file);
  jsonFiles(file);
  tomlIni(file);
}

function dotenv(file) {
  const f = file('app/.env');
  f.add('# production settings: loaded by docker compose').add('NODE_ENV=production').add('PORT=3000');
  f.secret('url_credential', `DATABASE_URL=postgres://orders:${T.password()}@db.internal:5432/orders`);
  f.secret('url_credential', `REDIS_URL=redis://:${T.alnum(24)}@cache.internal:6379/0`);
  f.secret('stripe', `STRIPE_SECRET_KEY=${T.skLive()}`);
  f.decoy('stripe', `STRIPE_PUBLISHABLE_KEY=${T.pkLive()}`);
  f.secret('stripe', `STRIPE_WEBHOOK_SECRET=${T.whsec()}`);
  f.secret('other_provider', `SENDGRID_API_KEY=${T.sendgrid()}`);
  f.decoy('other_provider', `TWILIO_ACCOUNT_SID=AC${T.hex(32)}`);
  f.secret('other_provider', `TWILIO_AUTH_TOKEN=${T.twilioAuth()}`);
  f.secret('other_provider', `OPENAI_API_KEY=${T.openai()}`);
  f.secret('other_provider', `ANTHROPIC_API_KEY=${T.anthropic()}`);
  f.secret('generic', `SECRET_KEY_BASE=${T.hex(128)}`);
  f.secret('generic', `JWT_SECRET=${T.b64url(48)}`);
  f.decoy('other_provider', `SENTRY_DSN=https://${T.hex(32)}@o${T.hex(6).replace(/[a-f]/g, '1')}.ingest.sentry.io/4504`);
  f.secret('other_provider', `MAILGUN_API_KEY=${T.mailgun()}`);
  f.secret('password', `DB_PASSWORD=${T.password()}`);
  f.secret('slack', `SLACK_APP_TOKEN=${T.xapp()}`);
  f.add('LOG_LEVEL=info').add(`BUILD_SHA=${T.gitSha()}`).add(`RELEASE_ID=${T.uuid()}`);

  const e = file('app/.env.example');
  e.add('# copy to .env and fill in');
  e.decoy('stripe', 'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx');
  e.decoy('url_credential', 'DATABASE_URL=postgres://user:password@localhost:5432/app');
  e.decoy('other_provider', 'OPENAI_API_KEY=your-openai-api-key-here');
  e.decoy('aws', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE');
  e.decoy('aws', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  e.decoy('password', 'DB_PASSWORD=changeme');
  e.decoy('generic', 'JWT_SECRET=<generate-with-openssl-rand-hex-32>');
  e.decoy('slack', 'SLACK_BOT_TOKEN=xoxb-your-bot-token');
  e.decoy('generic', 'API_TOKEN=${API_TOKEN}');
}

function python(file) {
  const f = file('backend/config/settings.py');
  f.add('"""Django settings for the orders service."""').add('import os').add('from pathlib import Path').add('');
  f.add('BASE_DIR = Path(__file__).resolve().parent.parent');
  f.secret('generic', `SECRET_KEY = "django-insecure-${T.alnum(20)}#${T.alnum(12)}!${T.alnum(8)}"`);
  f.add('DEBUG = False').add("ALLOWED_HOSTS = ['orders.acme.dev']").add('');
  f.add('DATABASES = {').add("    'default': {").add("        'ENGINE': 'django.db.backends.postgresql',").add("        'NAME': 'orders',").add("        'USER': 'orders_app',");
  f.secret('password', `        'PASSWORD': '${T.password()}',`);
  f.add("        'HOST': 'db.internal',").add('    }').add('}').add('');
  f.secret('aws', `AWS_ACCESS_KEY_ID = "${T.akia()}"`);
  f.secret('aws', `AWS_SECRET_ACCESS_KEY = "${T.awsSecret()}"`);
  f.add("AWS_STORAGE_BUCKET_NAME = 'acme-orders-media'");
  f.decoy('password', "EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')");
  f.decoy('url_credential', "CELERY_BROKER_URL = 'amqp://guest:guest@localhost:5672//'");
  f.decoy('generic', 'SESSION_COOKIE_NAME = "orders_session_token"');
  f.add("STATIC_URL = '/static/'");

  const t = file('backend/tests/test_signing.py');
  t.add('import hashlib').add('import hmac').add('').add('from orders.signing import sign, token_digest').add('');
  t.decoy('generic', `EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"`);
  t.decoy('generic', `expected_token_hash = "${T.sha256()}"`);
  t.decoy('generic', `secret_digest_sha1 = "${T.gitSha()}"`);
  t.decoy('generic', 'FIXTURE_API_KEY = "test_key_not_a_real_key"');
  t.add('').add('def test_sha1_of_abc():');
  t.decoy('generic', '    assert hashlib.sha1(b"abc").hexdigest() == "a9993e364706816aba3e25717850c26c9cd0d89d"');
  t.add('').add('def test_sign_is_stable():');
  t.decoy('generic', `    assert sign(b"payload", key=b"k") == "${T.sha256()}"`);
  t.decoy('jwt', '    unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxMjM0NTY3ODkwIiwiYWRtaW4iOnRydWV9."');
  t.decoy('generic', '    token = "tok_" + hashlib.md5(b"seed").hexdigest()');
}

function javascript(file) {
  const f = file('web/src/config.js');
  f.add('// runtime configuration for the storefront').add('export const config = {').add('  env: process.env.NODE_ENV,');
  f.decoy('google', '  mapsApiKey: process.env.MAPS_API_KEY,');
  f.secret('slack', `  alertsWebhook: "${T.slackHook()}",`);
  f.secret('other_provider', `  sendgrid: { apiKey: "${T.sendgrid()}" },`);
  f.add('  version: "4.12.0",').add(`  buildId: "${T.gitSha()}",`);
  f.secret('jwt', `  serviceToken: "${T.jwt({ role: 'service' })}",`);
  f.decoy('generic', '  logoToken: "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=",');
  f.add('};').add('').add('export const firebaseConfig = {');
  f.secret('google', `  apiKey: "${T.aiza()}",`);
  f.add('  authDomain: "acme-store.firebaseapp.com",').add('  projectId: "acme-store",').add('};');

  const g = file('web/src/github.ts');
  g.add("import { Octokit } from '@octokit/rest';").add('');
  g.secret('github', `const token = "${T.ghp()}";`);
  g.decoy('github', 'const octokit = new Octokit({ auth: `token ${process.env.GITHUB_TOKEN}` });');
  g.secret('other_provider', `export const OPENAI_KEY = '${T.openaiLegacy()}';`);
  g.secret('other_provider', `const npmToken: string = "${T.npm()}";`);
  g.add('export async function repos(org: string) {').add('  return octokit.repos.listForOrg({ org });').add('}');

  const fx = file('web/test/fixtures/tokens.ts');
  fx.add('// Shapes of tokens for the token-format parser tests: none of them is valid.');
  fx.decoy('github', `export const badChecksum = "${T.ghpBad()}";`);
  fx.decoy('other_provider', `export const badNpm = "${T.npmBad()}";`);
  fx.decoy('github', 'export const tooShort = "ghp_abc123";');
  fx.decoy('generic', `export const requestId = "${T.uuid()}";`);
}

function golang(file) {
  const f = file('services/ingest/main.go');
  f.add('package main').add('').add('import (').add('\t"database/sql"').add('\t"os"').add('').add('\t"github.com/slack-go/slack"').add(')').add('');
  f.secret('url_credential', `const dsn = "postgres://ingest:${T.password()}@10.0.3.4:5432/events?sslmode=require"`);
  f.add('').add('func main() {').add('\tdb, _ := sql.Open("postgres", dsn)').add('\tdefer db.Close()');
  f.secret('slack', `\tapi := slack.New("${T.xoxb()}")`);
  f.secret('other_provider', `\thfToken := "${T.hf()}"`);
  f.decoy('generic', '\tapiKey := os.Getenv("INGEST_API_KEY")');
  f.add(`\tcommit := "${T.gitSha()}"`).add('\t_ = api').add('\t_, _, _ = hfToken, apiKey, commit').add('}');

  const s = file('services/ingest/go.sum');
  for (const mod of ['github.com/slack-go/slack v0.12.3', 'github.com/gorilla/websocket v1.5.0', 'golang.org/x/oauth2 v0.15.0', 'github.com/golang-jwt/jwt/v5 v5.2.0']) {
    s.decoy('generic', `${mod} h1:${T.b64(43)}=`);
    s.add(`${mod}/go.mod h1:${T.b64(43)}=`);
  }
}

function lockfiles(file) {
  const p = file('web/package-lock.json');
  p.add('{').add('  "name": "storefront",').add('  "lockfileVersion": 3,').add('  "packages": {');
  for (const name of ['js-tokens', 'jsonwebtoken', '@auth0/auth0-spa-js', 'secret-handshake', 'csrf-token']) {
    p.add(`    "node_modules/${name}": {`).add('      "version": "4.0.0",').add(`      "resolved": "https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-4.0.0.tgz",`);
    p.decoy('generic', `      "integrity": "${T.integrity()}"`);
    p.add('    },');
  }
  p.add('    "": {}').add('  }').add('}');

  const y = file('web/yarn.lock');
  y.add('# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.').add('');
  for (const name of ['js-tokens', 'auth-header', 'token-types']) {
    y.add(`${name}@^4.0.0:`).add('  version "4.0.0"').add(`  resolved "https://registry.yarnpkg.com/${name}/-/${name}-4.0.0.tgz#${T.gitSha()}"`);
    y.decoy('generic', `  integrity ${T.integrity()}`);
    y.add('');
  }
}

function java(file) {
  const f = file('api/src/main/resources/application.properties');
  f.add('spring.application.name=billing-api').add('spring.datasource.url=jdbc:mysql://db:3306/billing').add('spring.datasource.username=billing');
  f.secret('password', `spring.datasource.password=${T.password()}`);
  f.decoy('password', 'spring.mail.password=${MAIL_PASSWORD}');
  f.secret('generic', `jwt.secret=${T.b64(64)}`);
  f.secret('aws', `aws.accessKeyId=${T.akia()}`);
  f.secret('aws', `aws.secretKey=${T.awsSecret()}`);
  f.decoy('password', 'server.ssl.key-store-password=changeit');
  f.decoy('generic', 'security.oauth2.client.registration.github.client-secret=${GITHUB_CLIENT_SECRET}');
  f.add('management.endpoints.web.exposure.include=health,info');
}

function yamlFiles(file) {
  const k = file('deploy/k8s/deployment.yaml');
  k.add('apiVersion: apps/v1').add('kind: Deployment').add('metadata:').add('  name: billing-api').add('spec:').add('  template:').add('    spec:').add('      containers:').add('        - name: api');
  k.decoy('generic', `          image: ghcr.io/acme/billing-api@sha256:${T.sha256()}`);
  k.add('          env:').add('            - name: DB_PASSWORD').add('              valueFrom:').add('                secretKeyRef: { name: billing-db, key: password }');
  k.add('            - name: PAYMENTS_API_TOKEN');
  // a secret whose name is on the line before: no scanner that reads name = value sees it
  k.secret('generic', `              value: "${T.alnum(40)}"`);
  k.add('            - name: SLACK_TOKEN');
  k.secret('slack', `              value: ${T.xoxb()}`);

  const g = file('.gitlab-ci.yml');
  g.add('stages: [build, release]').add('variables:');
  g.secret('gitlab', `  GITLAB_TOKEN: ${T.glpat()}`);
  g.decoy('gitlab', '  RELEASE_TOKEN: $CI_JOB_TOKEN');
  g.add('release:').add('  stage: release').add('  script:');
  g.secret('gitlab', `    - curl -X POST -F token=${T.glptt()} -F ref=main https://gitlab.acme.dev/api/v4/projects/7/trigger/pipeline`);
  g.decoy('gitlab', '    - docker login -u gitlab-ci-token -p "$CI_JOB_TOKEN" registry.gitlab.com');

  const c = file('deploy/docker-compose.yml');
  c.add('services:').add('  db:').add('    image: postgres:16').add('    environment:');
  c.secret('password', `      POSTGRES_PASSWORD: ${T.password()}`);
  c.add('  db-test:').add('    image: postgres:16').add('    environment:');
  c.decoy('password', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}');
  c.decoy('password', '      MYSQL_ROOT_PASSWORD: example');
  c.add('  cache:').add('    image: redis:7');
  // a password passed as a command argument: nothing names it
  c.secret('password', `    command: ["redis-server", "--requirepass", "${T.alnum(20)}"]`);

  const ids = file('deploy/azure/ids.yaml');
  ids.decoy('azure', `tenant_id: ${T.uuid()}`).decoy('azure', `subscription_id: ${T.uuid()}`).decoy('generic', `client_id: ${T.uuid()}`);
  ids.decoy('generic', `revision: ${T.gitSha()}`);
  ids.decoy('generic', `token_endpoint: https://login.microsoftonline.com/${T.uuid()}/oauth2/v2.0/token`);
}

function jsonFiles(file) {
  const pem = T.pkcs8().replace(/\n/g, '\\n');
  const s = file('deploy/gcp/service-account.json');
  s.add('{').add('  "type": "service_account",').add('  "project_id": "acme-prod",').add(`  "private_key_id": "${T.hex(40)}",`);
  s.secret('google', `  "private_key": "${pem}\\n",`);
  s.add('  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",').add(`  "client_id": "1${T.hex(20).replace(/[a-f]/g, '7')}",`).add('  "token_uri": "https://oauth2.googleapis.com/token"').add('}');

  const o = file('deploy/gcp/client_secret.json');
  o.add('{"web": {');
  o.add(`  "client_id": "${T.hex(12).replace(/[a-f]/g, '4')}-${T.alnum(32).toLowerCase()}.apps.googleusercontent.com",`);
  o.secret('google', `  "client_secret": "${T.gocspx()}",`);
  o.add('  "redirect_uris": ["https://acme.dev/oauth/callback"]').add('}}');

  const a = file('api/appsettings.Production.json');
  a.add('{').add('  "ConnectionStrings": {');
  a.secret('password', `    "Default": "Server=tcp:acme.database.windows.net,1433;Database=billing;User ID=sqladmin;Password=${T.password()};Encrypt=True;",`);
  a.secret('azure', `    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmebilling;AccountKey=${T.azureStorageKey()};EndpointSuffix=core.windows.net",`);
  a.decoy('azure', '    "LocalStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;",');
  a.secret('azure', `    "ServiceBus": "Endpoint=sb://acme-billing.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${T.azureSharedAccessKey()}"`);
  a.add('  },');
  a.secret('azure', `  "ExportUrl": "https://acmebilling.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${T.sasSig()}",`);
  a.decoy('azure', `  "InstrumentationKey": "${T.uuid()}",`);
  a.add('  "AllowedHosts": "*"').add('}');

  const d = file('ops/docker/config.json');
  d.add('{').add('  "auths": {');
  d.secret('password', `    "registry.acme.dev": { "auth": "${T.basicAuth('ci-bot')}" },`);
  d.decoy('password', '    "https://index.docker.io/v1/": { "auth": "" }');
  d.add('  },').add('  "credsStore": "desktop"').add('}');
}

function tomlIni(file) {
  const p = file('tools/pyproject.toml');
  p.add('[tool.poetry]').add('name = "acme-tools"').add('version = "0.9.1"').add('').add('[[tool.poetry.source]]').add('name = "acme"').add('url = "https://pypi.acme.dev/simple"').add('');
  p.add('[tool.poetry.http-basic.acme]').add('username = "ci"');
  p.secret('password', `password = "${T.password()}"`);

  const c = file('tools/.cargo/credentials.toml');
  c.add('[registry]');
  c.secret('generic', `token = "cio${T.alnum(32)}"`);
  c.add('[registries.acme]');
  c.decoy('generic', 'token = "${CARGO_REGISTRIES_ACME_TOKEN}"');

  const l = file('tools/Cargo.lock');
  l.add('[[package]]').add('name = "tokio"').add('version = "1.35.1"').add('source = "registry+https://github.com/rust-lang/crates.io-index"');
  l.decoy('generic', `checksum = "${T.sha256()}"`);

  const i = file('ops/settings.ini');
  i.add('[database]').add('host = db.internal').add('user = reporting');
  i.secret('password', `password = ${T.password()}`);
  i.add('').add('[default]');
  i.secret('aws', `aws_access_key_id = ${T.akia()}`);
  i.secret('aws', `aws_secret_access_key = ${T.awsSecret()}`);
  i.add('region = eu-west-1').add('').add('[smtp]');
  i.decoy('password', 'password = %(SMTP_PASSWORD)s');
  i.add('key_prefix = reporting_cache_v2');
}
