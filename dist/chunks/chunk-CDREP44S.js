import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "leakguard",
  version: "0.1.0",
  description: "Fast, quiet, accurate secret scanner for git: pre-commit hook, CI step and history audit (AWS keys first).",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20.12"
  },
  bin: {
    leakguard: "bin/leakguard.js",
    "git-leakguard": "bin/leakguard.js"
  },
  main: "dist/index.js",
  types: "dist/types/index.d.ts",
  man: [
    "./dist/man/leakguard.1",
    "./dist/man/git-leakguard.1"
  ],
  files: [
    "bin/",
    "dist/",
    "rules/",
    "ci/",
    "README.md",
    "CHANGELOG.md"
  ],
  scripts: {
    dist: "node scripts/build.mjs && tsc -p tsconfig.types.json",
    "dev-setup": "husky",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    bench: "node scripts/build.mjs && node bench/run.mjs",
    accuracy: "node scripts/build.mjs && node scripts/accuracy.mjs",
    "bench:org": "node scripts/build.mjs && node bench/org.mjs"
  },
  devDependencies: {
    "@eslint-community/regexpp": "^4.12.3",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@smithy/hash-node": "^4.5.2",
    "@smithy/signature-v4": "^5.7.5",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    "@types/yargs": "^17.0.35",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    bullmq: "^5.81.5",
    cosmiconfig: "^9.0.2",
    esbuild: "^0.28.2",
    husky: "^9.1.7",
    ioredis: "^5.11.1",
    picomatch: "^4.0.7",
    refa: "^0.12.1",
    saxes: "^6.0.0",
    scslre: "^0.3.0",
    "simple-git": "^3.36.0",
    typescript: "^5.9.3",
    vite: "^7.3.8",
    vitest: "^4.1.12",
    yaml: "^2.9.1",
    yargs: "^17.7.3"
  },
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      import: "./dist/index.js"
    },
    "./package.json": "./package.json"
  }
};

// src/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
