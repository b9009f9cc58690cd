import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  textFormatter
} from "./chunk-JQAHVL5I.js";
import {
  safeJson
} from "./chunk-XS4D3LTJ.js";

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
    return safeJson(body, 2) + "\n";
  }
};

// src/formatters/index.ts
var LAZY = {
  text: async () => textFormatter,
  json: async () => jsonFormatter,
  sarif: async () => (await import("./sarif-JLXGPURY.js")).sarifFormatter,
  junit: async () => (await import("./junit-OQE2XCYG.js")).junitFormatter,
  csv: async () => (await import("./csv-XMLU7KN4.js")).csvFormatter,
  github: async () => (await import("./github-Y372JIWL.js")).githubFormatter,
  gitlab: async () => (await import("./gitlab-QTB4QM5O.js")).gitlabFormatter,
  markdown: async () => (await import("./markdown-Z6TAPQVP.js")).markdownFormatter,
  html: async () => (await import("./html-FHHNO2SD.js")).htmlFormatter
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
