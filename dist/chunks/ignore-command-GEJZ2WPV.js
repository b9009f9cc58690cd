import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  resolveCwd
} from "./chunk-2WEQQRRZ.js";
import "./chunk-ATRH4UCP.js";
import "./chunk-FEY3S36H.js";
import "./chunk-5NRU6M34.js";
import "./chunk-A2R2TMDW.js";
import {
  FINGERPRINT_RE,
  IGNORE_FILE,
  IGNORE_FILE_HEADER,
  checkGlob,
  formatIgnoreEntry,
  parseIgnoreFile
} from "./chunk-EXZ5RCST.js";
import "./chunk-C2HXGN7L.js";
import {
  findRepoRoot
} from "./chunk-VN26XYKV.js";
import "./chunk-TSTTUUZP.js";
import "./chunk-KNET3OEV.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import {
  existsSync
} from "./chunk-3NFHWOJD.js";
import {
  LeakguardError
} from "./chunk-IE2RY4AB.js";
import "./chunk-NBPJRJHV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";

// src/cli/ignore-command.ts
import { appendFile, readFile } from "node:fs/promises";
import { join } from "node:path";
async function ignoreCommand(a, io) {
  const cwd = resolveCwd(a.C, io);
  const file = join(findRepoRoot(cwd) ?? cwd, IGNORE_FILE);
  for (const fp of a.fingerprints) {
    if (!FINGERPRINT_RE.test(fp)) throw new LeakguardError(`ignore: "${fp}" is not a fingerprint (rule-id:16 hex digits, as reports show it)`);
  }
  const path = a.path === void 0 ? void 0 : checkGlob(a.path, "--path");
  const reason = a.reason?.trim();
  if (reason !== void 0 && /[\r\n]/.test(reason)) throw new LeakguardError("--reason: must be one line");
  const existing = existsSync(file) ? await readFile(file, "utf8") : "";
  const entries = parseIgnoreFile(existing, IGNORE_FILE);
  const added = [];
  for (const fingerprint of new Set(a.fingerprints)) {
    if (entries.some((e) => e.fingerprint === fingerprint && e.path === path)) {
      io.stderr(`leakguard: ${IGNORE_FILE}: ${fingerprint}${path ? ` (path ${path})` : ""} is already there
`);
      continue;
    }
    added.push(formatIgnoreEntry({ fingerprint, path, reason }));
  }
  if (added.length === 0) return 0;
  const prefix = existing === "" ? IGNORE_FILE_HEADER : existing.endsWith("\n") ? "" : "\n";
  await appendFile(file, prefix + added.join("\n") + "\n");
  io.stderr(`leakguard: ${IGNORE_FILE}: added ${added.length} entr${added.length === 1 ? "y" : "ies"}:
${added.map((l) => `  ${l}
`).join("")}`);
  return 0;
}
export {
  ignoreCommand
};
