import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  resolveCwd
} from "./chunk-LM5IMEAZ.js";
import "./chunk-CDREP44S.js";
import {
  FINGERPRINT_RE,
  IGNORE_FILE,
  IGNORE_FILE_HEADER,
  checkGlob,
  formatIgnoreEntry,
  ignoreFileSalt,
  parseIgnoreFile,
  saltLine
} from "./chunk-NSX45STC.js";
import {
  newSalt,
  saltedFingerprint
} from "./chunk-56OFXAZQ.js";
import "./chunk-Z6V4756R.js";
import "./chunk-3MPW7ARW.js";
import "./chunk-MGG2IAAJ.js";
import "./chunk-JQAHVL5I.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-P7I356N5.js";
import {
  findRepoRoot
} from "./chunk-FGXG2XXO.js";
import "./chunk-SLZ3O6QT.js";
import "./chunk-4ZEJ4JV7.js";
import "./chunk-KNET3OEV.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import {
  existsSync
} from "./chunk-GDYWKFCI.js";
import {
  LeakguardError
} from "./chunk-HWRS3BVT.js";
import "./chunk-UA2LDIQP.js";
import "./chunk-XS4D3LTJ.js";
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
  const known = ignoreFileSalt(existing, IGNORE_FILE);
  const salt = known ?? newSalt();
  const added = [];
  for (const fingerprint of new Set(a.fingerprints)) {
    const salted = await saltedFingerprint(fingerprint, salt);
    if (entries.some((e) => (e.fingerprint === fingerprint || e.fingerprint === salted) && e.path === path)) {
      io.stderr(`leakguard: ${IGNORE_FILE}: ${fingerprint}${path ? ` (path ${path})` : ""} is already there
`);
      continue;
    }
    added.push(formatIgnoreEntry({ fingerprint: salted, path, reason }));
  }
  if (added.length === 0) return 0;
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  const prefix = existing === "" ? `${IGNORE_FILE_HEADER}${saltLine(salt)}
` : known ? separator : `${separator}${saltLine(salt)}
`;
  await appendFile(file, prefix + added.join("\n") + "\n");
  io.stderr(`leakguard: ${IGNORE_FILE}: added ${added.length} entr${added.length === 1 ? "y" : "ies"}:
${added.map((l) => `  ${l}
`).join("")}`);
  return 0;
}
export {
  ignoreCommand
};
