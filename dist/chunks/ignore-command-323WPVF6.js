import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FINGERPRINT_RE,
  IGNORE_FILE,
  IGNORE_FILE_HEADER,
  checkGlob,
  formatIgnoreEntry,
  ignoreFileSalt,
  parseIgnoreFile,
  saltLine
} from "./chunk-UNUI2DOM.js";
import {
  newSalt,
  saltedFingerprint
} from "./chunk-74QMUCHR.js";
import {
  LeakguardError,
  existsSync,
  findRepoRoot,
  resolveCwd
} from "./chunk-WWMHRRQY.js";
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
