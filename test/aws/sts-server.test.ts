// The test STS server must itself be right before it can judge leakguard's requests: its
// SigV4 implementation reproduces AWS's published get-vanilla signature.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { sigV4Signature, type SignedParts } from './sts-server.js';

const vanilla = JSON.parse(readFileSync(join(ROOT, 'test/golden/sigv4-get-vanilla.json'), 'utf8')) as {
  request: SignedParts;
  secretAccessKey: string;
  signature: string;
};

describe('test STS server SigV4', () => {
  it('reproduces the AWS test suite get-vanilla signature', () => {
    expect(sigV4Signature(vanilla.request, vanilla.secretAccessKey)).toBe(vanilla.signature);
  });
  it('gives another signature for another secret', () => {
    expect(sigV4Signature(vanilla.request, vanilla.secretAccessKey.replace('w', 'W'))).not.toBe(vanilla.signature);
  });
});
