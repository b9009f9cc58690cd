import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/node-lazy.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
var crypto;
var zlib;
function nodeCrypto() {
  return crypto ??= load("node:crypto");
}
function nodeZlib() {
  return zlib ??= load("node:zlib");
}

export {
  nodeCrypto,
  nodeZlib
};
