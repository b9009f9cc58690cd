import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  textFormatter
} from "./chunk-5NRU6M34.js";

// src/formatters/json.ts
var JSON_VERSION = 1;
function findingToJson(f) {
  const out = {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: f.secret,
    match: f.match,
    fingerprint: f.fingerprint,
    secretHash: f.secretHash,
    entropy: f.entropy,
    tags: f.tags
  };
  if (f.context) out.context = f.context;
  if (f.related) out.related = f.related;
  if (f.decoded) out.decoded = f.decoded;
  if (f.aws) out.aws = f.aws;
  if (f.commit) {
    const { sha, author, email, date, message } = f.commit;
    out.commit = { sha, author, email, date, message };
  }
  if (f.gitTag !== void 0) out.gitTag = f.gitTag;
  if (f.history) {
    out.occurrences = f.history.occurrences;
    out.files = f.history.files;
    if (f.history.status) out.status = f.history.status;
    if (f.history.removedIn !== void 0) out.removedIn = f.history.removedIn;
  }
  return out;
}
function suppressedToJson(f) {
  return { ...findingToJson(f), suppression: f.suppression };
}
var jsonFormatter = {
  name: "json",
  format(result) {
    const body = {
      version: JSON_VERSION,
      findings: result.findings.map(findingToJson),
      errors: result.errors,
      // what was skipped (binaries, large files) or left out unscanned (submodules, LFS objects)
      ...result.notes.length ? { notes: result.notes } : {},
      stats: result.stats,
      ...result.suppressed ? { suppressed: result.suppressed.map(suppressedToJson) } : {}
    };
    return JSON.stringify(body, null, 2) + "\n";
  }
};

// src/formatters/index.ts
var LAZY = {
  text: async () => textFormatter,
  json: async () => jsonFormatter,
  sarif: async () => (await import("./sarif-XE7UG27W.js")).sarifFormatter,
  junit: async () => (await import("./junit-UWSGH66A.js")).junitFormatter,
  csv: async () => (await import("./csv-5RYUUBBA.js")).csvFormatter,
  github: async () => (await import("./github-73B5NA3H.js")).githubFormatter,
  gitlab: async () => (await import("./gitlab-UMMSPWWM.js")).gitlabFormatter,
  markdown: async () => (await import("./markdown-SBR576LF.js")).markdownFormatter,
  html: async () => (await import("./html-7NL4IRNG.js")).htmlFormatter
};
var FORMAT_NAMES = Object.keys(LAZY);
async function builtinFormatter(name) {
  return Object.hasOwn(LAZY, name) ? LAZY[name]() : void 0;
}

export {
  jsonFormatter,
  FORMAT_NAMES,
  builtinFormatter
};
