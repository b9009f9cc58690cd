// Checksums and value-shape validators: the revoked public examples validate, a changed
// character does not, generated tokens round-trip, and the generic value checks drop the
// non-secrets the issue names (UUIDs, integrity hashes, go.sum hashes, data URIs, env reads).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base62, bech32Problem, crc32, crc32Portable, crc32Base62Problem, withBech32, withCrc32Base62, withFineGrainedChecksum, fineGrainedPatProblem } from '../../src/engine/checksums.js';
import { VALIDATORS } from '../../src/engine/validators.js';
import { genericSecretProblem, passwordProblem } from '../../src/engine/value-shapes.js';
import { placeholderReason } from '../../src/engine/placeholders.js';
import { ROOT, randomString } from '../helpers.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/token-checksums.json'), 'utf8')) as {
  valid: Record<string, string[]>;
  invalid: Record<string, string[]>;
};
const ctx = { match: '', line: '' };

describe('CRC32 / base62 checksums (GitHub classic, npm)', () => {
  it('the portable table agrees with zlib', () => {
    const native = (zlib as { crc32?: (s: string) => number }).crc32;
    for (const s of ['', 'a', 'zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ', 'ünïcödé ✓']) {
      if (native) expect(crc32Portable(s)).toBe(native(s) >>> 0);
      expect(crc32(s)).toBe(crc32Portable(s));
    }
    // the standard check value of CRC-32/ISO-HDLC
    expect(crc32Portable('123456789')).toBe(0xcbf43926);
  });

  it('base62 uses 0-9A-Za-z and pads to 6 characters', () => {
    expect(base62(0)).toBe('000000');
    expect(base62(61)).toBe('00000z');
    expect(base62(62)).toBe('000010');
    expect(base62(0xffffffff)).toBe('4gfFC3');
  });

  it.each(Object.entries(golden.valid).flatMap(([v, ts]) => ts.map((t) => [v, t])))('%s accepts the revoked example %s', (name, token) => {
    expect(VALIDATORS[name]!(token, ctx)).toBeNull();
  });

  it.each(Object.entries(golden.invalid).flatMap(([v, ts]) => ts.map((t) => [v, t])))('%s rejects the altered token %s', (name, token) => {
    expect(VALIDATORS[name]!(token, ctx)).toMatch(/checksum/);
  });

  it('generated tokens round-trip for every prefix, and one changed character breaks them', () => {
    for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_']) {
      const token = withCrc32Base62(prefix, randomString(ALNUM, 30));
      expect(crc32Base62Problem(token)).toBeNull();
      const i = prefix.length + 3;
      const altered = token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
      expect(crc32Base62Problem(altered)).toMatch(/^bad checksum/);
    }
  });

  it('a wrong length or alphabet is reported as such', () => {
    expect(crc32Base62Problem('ghp_abc')).toMatch(/36 base62/);
  });
});

describe('fine-grained PAT checksum', () => {
  it('generated tokens round-trip', () => {
    const head = `github_pat_11${randomString(ALNUM, 20)}_${randomString(ALNUM, 43)}`;
    const token = withFineGrainedChecksum(head, randomString(ALNUM, 8));
    expect(token).toHaveLength(93);
    expect(fineGrainedPatProblem(token)).toBeNull();
    expect(fineGrainedPatProblem(token.slice(0, 20) + (token[20] === 'x' ? 'y' : 'x') + token.slice(21))).toMatch(/^bad checksum/);
  });
});

describe('jwt validator', () => {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  it('accepts a signed token and rejects alg none, non-JSON parts', () => {
    const sig = randomString(ALNUM, 43);
    expect(VALIDATORS.jwt!(`${b64({ alg: 'HS256' })}.${b64({ sub: '1' })}.${sig}`, ctx)).toBeNull();
    expect(VALIDATORS.jwt!(`ghs_123_${b64({ alg: 'RS256' })}.${b64({ sub: '1' })}.${sig}`, ctx)).toBeNull();
    expect(VALIDATORS.jwt!(`${b64({ alg: 'none' })}.${b64({ sub: '1' })}.${sig}`, ctx)).toMatch(/unsigned/);
    expect(VALIDATORS.jwt!(`${b64({ typ: 'JWT' })}.${b64({ sub: '1' })}.${sig}`, ctx)).toMatch(/alg/);
    expect(VALIDATORS.jwt!(`eyJ${sig}.${b64({ sub: '1' })}.${sig}`, ctx)).toMatch(/header/);
  });
});

describe('basic-auth-base64 validator', () => {
  const enc = (s: string) => Buffer.from(s).toString('base64');
  it('needs user:password with a real-looking password', () => {
    expect(VALIDATORS['basic-auth-base64']!(enc(`deploy:${randomString(ALNUM, 12)}`), ctx)).toBeNull();
    expect(VALIDATORS['basic-auth-base64']!(enc('user:password'), ctx)).toMatch(/stand-in/);
    expect(VALIDATORS['basic-auth-base64']!(enc('no colon here'), ctx)).toMatch(/user:password/);
    expect(VALIDATORS['basic-auth-base64']!(Buffer.from([0, 1, 2, 200, 201]).toString('base64'), ctx)).toMatch(/printable/);
  });
});

describe('generic secret values', () => {
  it.each([
    ['123e4567-e89b-42d3-a456-426614174000', /UUID/],
    [`sha512-${randomString(ALNUM, 86)}==`, /integrity/],
    ['sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', /integrity/],
    [`h1:${randomString(ALNUM, 43)}=`, /go\.sum/],
    ['data:image/png;base64,iVBORw0KGgo', /data URI/],
    ['https://example.com/a/b?c=1', /URL/],
    ['1.24.3-beta.2', /version/],
    ['MY_SERVICE_API_KEY_V2', /identifier/],
    ['prod-db-credentials-v2', /identifier/],
    ['AbstractTokenProvider', /words/],
    ['2024-01-01T00:00:00Z', /date/],
    ['12345678901234567890', /mix/],
  ])('%s is not a secret (%s)', (value, why) => {
    expect(genericSecretProblem(value)).toMatch(why);
  });

  it('keeps random tokens', () => {
    expect(genericSecretProblem(randomString(ALNUM, 24) + '7a')).toBeNull();
    expect(genericSecretProblem('9f86d081884c7d659a2feaa0c55ad015')).toBeNull();
  });
});

describe('password values', () => {
  it.each([
    ['changeme', true, /stand-in/],
    ['abc', true, /short/],
    ['$2b$12$KIXQJZ1x9y8w7v6u5t4s3r2q1p0o9n8m7l6k5j4i3h2g1f0e9d8c7', true, /hash/],
    [':password', true, /bind/],
    ['%s', false, /short|format/],
    ['{password}', true, /format/],
    ['Enter your password here', true, /prose/],
    ['self.password', false, /attribute/],
    ['get_password(user)', false, /call/],
    ['request.form["password"]', false, /attribute|call/],
    ['hunter', false, /bare word/],
  ])('%j (quoted %s) is not a password', (value, quoted, why) => {
    expect(passwordProblem(value, { quoted })).toMatch(why);
  });

  it('keeps real-looking passwords, quoted or not, and passphrases', () => {
    expect(passwordProblem('s3cr3t-Value!', { quoted: false })).toBeNull();
    expect(passwordProblem('hunter22', { quoted: false })).toBeNull();
    expect(passwordProblem('hunter', { quoted: true })).toBeNull();
    expect(passwordProblem('correct horse battery staple', { quoted: true })).toBeNull();
  });
});

describe('placeholders: environment and template references', () => {
  it.each(['process.env.API_KEY', 'os.environ["TOKEN"]', 'os.getenv("X")', 'System.getenv("SECRET")', 'ENV["TOKEN"]', 'ENV.fetch("X")', '$env:API_KEY', '${X}', '{{ x }}', '%(password)s', '@db.password@', 'import.meta.env.VITE_KEY'])(
    '%s is a reference',
    (value) => {
      expect(placeholderReason(value)).not.toBeNull();
    },
  );

  it('keeps base64 with the zero-byte runs of real keys', () => {
    expect(placeholderReason('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW')).toBeNull();
    expect(placeholderReason('AKIAAAAAAAAAAAAAAAAAAA')).toMatch(/repeated/);
  });
});

describe('unquoted values that are code', () => {
  it('PowerShell cmdlets and trailing punctuation are not passwords', () => {
    expect(passwordProblem('ConvertTo-SecureString', { quoted: false })).toMatch(/Verb-Noun/);
    expect(passwordProblem('confirm_password:', { quoted: false })).toMatch(/bare word/);
    expect(placeholderReason('${T.password()}`);')).toMatch(/template/);
  });
});

describe('Bech32 checksum (age keys)', () => {
  it('accepts the BIP-173 valid test vectors and rejects altered ones', () => {
    for (const s of ['A12UEL5L', 'a12uel5l', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', '11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j']) {
      expect(bech32Problem(s)).toBeNull();
    }
    expect(bech32Problem('a12uel5m')).toMatch(/bad checksum/);
    expect(bech32Problem('A12uEL5L')).toMatch(/mixed case/);
  });

  it('round-trips generated age keys', () => {
    const data = randomString('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 52);
    const key = withBech32('age-secret-key-', data).toUpperCase();
    expect(key).toMatch(/^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/);
    expect(VALIDATORS['bech32-checksum']!(key, ctx)).toBeNull();
    expect(VALIDATORS['bech32-checksum']!(key.slice(0, -1) + (key.endsWith('Q') ? 'P' : 'Q'), ctx)).toMatch(/bad checksum/);
  });
});

describe('encrypted values', () => {
  it.each(['ENC(2dfRFqV/cS6TzRd+JyO=)', 'ENC[AES256_GCM,data:Tr7o=,iv:1=,tag:2=,type:str]', '$ANSIBLE_VAULT;1.1;AES256', 'vault:v1:8SDd3WHDOjf7mq69CyCqYjBXAiQQAVZRkFM13ok481zoCmHnSeDX9vyf7w=='])('%s is neither a password nor a generic secret', (v) => {
    expect(passwordProblem(v, { quoted: true })).toMatch(/encrypted/);
    expect(genericSecretProblem(v)).toMatch(/encrypted/);
  });
});

describe('made-up values', () => {
  it('values built from short ascending runs are placeholders; random ones are not', () => {
    expect(placeholderReason('abc123def456')).toMatch(/short runs/);
    expect(placeholderReason('xyz789abc123ghi')).toMatch(/short runs/);
    expect(placeholderReason('q7Lm2Vx9Tk4Rw8Pz')).toBeNull();
  });

  it('two or three words are a label; four or more may be a passphrase', () => {
    expect(passwordProblem('reset requested', { quoted: true })).toMatch(/words/);
    expect(passwordProblem('correct horse battery staple', { quoted: true })).toBeNull();
  });
});

describe('identifiers and interpolation in generic values', () => {
  it.each(['basicAuthBase64', 'withCrc32Base62', 'TokenRefreshInterval2'])('%s is an identifier', (v) => {
    expect(genericSecretProblem(v)).toMatch(/identifier/);
  });
  it('interpolation anywhere in a value is a template', () => {
    expect(placeholderReason('django-insecure-${T.alnum(20)}')).toMatch(/interpolation/);
    expect(placeholderReason('prefix{{ vault_token }}')).toMatch(/interpolation/);
  });
});

describe('code paths in generic values', () => {
  it('dotted identifiers are code, random dotted tokens are not', () => {
    expect(genericSecretProblem('type2.declaration.readonlyToken')).toMatch(/code expression/);
    expect(genericSecretProblem('this.config.API_TOKEN')).toMatch(/identifier|code expression/);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect(genericSecretProblem(`${b64({ alg: 'HS256' })}.${b64({ sub: '1234567890' })}.${randomString(ALNUM, 43)}`)).toBeNull();
  });
});
