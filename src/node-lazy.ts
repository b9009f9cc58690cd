/**
 * Node built-ins that the pre-commit hook must not pay for at start-up. An ESM import of
 * node:crypto reads every export of the module, which loads WebCrypto as well (about 3 ms
 * of a hook's budget); required on first use instead, they cost nothing until a finding
 * is hashed or a checksum checked.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let crypto: typeof import('node:crypto') | undefined;
let zlib: typeof import('node:zlib') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= load('node:crypto') as typeof import('node:crypto'));
}

export function nodeZlib(): typeof import('node:zlib') {
  return (zlib ??= load('node:zlib') as typeof import('node:zlib'));
}
