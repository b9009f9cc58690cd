// Fake credentials for the corpus, one generator per kind, built on scripts/fakes.mjs.
// Random every run; valid formats and checksums; never real.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALNUM, B64, B64URL, DIGITS, HEX, LOWER, UPPER, fake, rand } from '../fakes.mjs';

const B36 = LOWER + DIGITS;
const lines64 = (s) => s.match(/.{1,64}/g).join('\n');

export const T = {
  akia: () => fake.awsKeyId('AKIA'),
  asia: () => fake.awsKeyId('ASIA'),
  awsSecret: () => fake.awsSecret(),
  ghp: () => fake.crcToken('ghp_'),
  ghpBad: () => fake.badCrcToken('ghp_'),
  gho: () => fake.crcToken('gho_'),
  ghs: () => fake.crcToken('ghs_'),
  githubPat: () => fake.githubFineGrained(),
  npm: () => fake.crcToken('npm_'),
  npmBad: () => fake.badCrcToken('npm_'),
  glpat: () => `glpat-${rand(B64URL, 20)}`,
  glptt: () => `glptt-${rand(HEX, 40)}`,
  gldt: () => `gldt-${rand(B64URL, 20)}`,
  xoxb: () => `xoxb-${rand(DIGITS, 12)}-${rand(DIGITS, 13)}-${rand(ALNUM, 24)}`,
  xoxp: () => `xoxp-${rand(DIGITS, 12)}-${rand(DIGITS, 12)}-${rand(DIGITS, 13)}-${rand(HEX, 32)}`,
  xapp: () => `xapp-1-A${rand(UPPER + DIGITS, 10)}-${rand(DIGITS, 13)}-${rand(HEX, 64)}`,
  slackHook: () => `https://hooks.slack.com/services/T${rand(UPPER + DIGITS, 8)}/B${rand(UPPER + DIGITS, 10)}/${rand(ALNUM, 24)}`,
  skLive: () => `sk_live_51${rand(ALNUM, 97)}`,
  rkLive: () => `rk_live_51${rand(ALNUM, 97)}`,
  skTest: () => `sk_test_51${rand(ALNUM, 97)}`,
  pkLive: () => `pk_live_51${rand(ALNUM, 97)}`,
  whsec: () => `whsec_${rand(ALNUM, 32)}`,
  aiza: () => `AIza${rand(B64URL, 35)}`,
  gocspx: () => `GOCSPX-${rand(B64URL, 28)}`,
  azureStorageKey: () => `${rand(B64, 86)}==`,
  azureSharedAccessKey: () => `${rand(B64, 43)}=`,
  azureAdSecret: () => `${rand(ALNUM, 3)}8Q~${rand(ALNUM + '_~.', 34)}`,
  sasSig: () => `${rand(ALNUM, 20)}%2B${rand(ALNUM, 21)}%3D`,
  sendgrid: () => `SG.${rand(B64URL, 22)}.${rand(B64URL, 43)}`,
  openai: () => `sk-proj-${rand(B64URL, 74)}T3BlbkFJ${rand(B64URL, 74)}`,
  openaiLegacy: () => `sk-${rand(ALNUM, 20)}T3BlbkFJ${rand(ALNUM, 20)}`,
  anthropic: () => `sk-ant-api03-${rand(B64URL, 93)}AA`,
  hf: () => `hf_${rand(UPPER + LOWER, 34)}`,
  mailgun: () => `key-${rand(HEX, 32)}`,
  mailchimp: () => `${rand(HEX, 32)}-us${1 + Math.floor(Math.random() * 20)}`,
  shpat: () => `shpat_${rand(HEX, 32)}`,
  square: () => `EAAA${rand(B64URL, 60)}`,
  braintree: () => `access_token$production$${rand(B36, 16)}$${rand(HEX, 32)}`,
  herokuV2: () => `HRKU-AA${rand(B64URL, 58)}`,
  dop: () => `dop_v1_${rand(HEX, 64)}`,
  nrak: () => `NRAK-${rand(UPPER + DIGITS, 27)}`,
  sntryu: () => `sntryu_${rand(HEX, 64)}`,
  atlassian: () => `ATATT3xFfGF0${rand(B64URL, 171)}=${rand('0123456789ABCDEF', 8)}`,
  discordWebhook: () => `https://discord.com/api/webhooks/${rand(DIGITS, 18)}/${rand(B64URL, 68)}`,
  telegram: () => `${rand(DIGITS, 10)}:AA${rand(B64URL, 33)}`,
  cloudflareToken: () => rand(B64URL, 40),
  hvs: () => `hvs.CAESI${rand(B64URL, 90)}`,
  tfc: () => `${rand(ALNUM, 14)}.atlasv1.${rand(B64URL, 67)}`,
  dapi: () => `dapi${rand(HEX, 32)}`,
  linear: () => `lin_api_${rand(ALNUM, 40)}`,
  notion: () => `ntn_${rand(DIGITS, 11)}${rand(ALNUM, 35)}`,
  postman: () => `PMAK-${rand(HEX, 24)}-${rand(HEX, 34)}`,
  okta: () => `00${rand(B64URL, 40)}`,
  mapbox: () => `sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNs${rand(B64URL, 20)}.${rand(B64URL, 22)}`,
  pypi: () => `pypi-AgEIcHlwaS5vcmc${rand(B64URL, 150)}`,
  dckr: () => `dckr_pat_${rand(B64URL, 27)}`,
  twilioAuth: () => rand(HEX, 32),
  grafana: () => `glsa_${rand(ALNUM, 32)}_${rand(HEX, 8)}`,
  jwt: (claims) => fake.jwt(claims),
  uuid: () => fake.uuid(),
  hex: (n) => rand(HEX, n),
  b64: (n) => rand(B64, n),
  b64url: (n) => rand(B64URL, n),
  alnum: (n) => rand(ALNUM, n),
  password: () => `${rand(ALNUM, 4)}${'!#%*-_'[Math.floor(Math.random() * 6)]}${rand(ALNUM, 5)}${rand(DIGITS, 2)}`,
  basicAuth: (user) => Buffer.from(`${user}:${rand(ALNUM, 12)}`).toString('base64'),
  gitSha: () => rand(HEX, 40),
  sha256: () => rand(HEX, 64),
  integrity: () => `sha512-${rand(B64, 86)}==`,
  pkcs8: () => fake.pkcs8Pem(),
  pkcs1: () => fake.privateKeyPem('rsa'),
  ecPem: () => fake.privateKeyPem('ec'),
  encryptedPkcs8: () => fake.encryptedPkcs8Pem(),
  pgpBody: () => `lQOYBG${rand(B64, 58)}\n${lines64(rand(B64, 640))}\n=${rand(B64, 4)}`,
  /** an OpenSSH key made by ssh-keygen (with a passphrase when given) */
  openssh: (passphrase = '') => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-key-'));
    try {
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-C', 'deploy@ci', '-f', join(dir, 'k')]);
      return { key: readFileSync(join(dir, 'k'), 'utf8').trim(), pub: readFileSync(join(dir, 'k.pub'), 'utf8').trim() };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
