import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  formatBaseline
} from "./chunk-YP74OR2J.js";
import "./chunk-UNUI2DOM.js";
import "./chunk-74QMUCHR.js";
import {
  DEFAULT_ARGS,
  LeakguardError,
  errorMessage,
  findRepoRoot,
  resolveCwd,
  scanRun
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/cli/baseline-command.ts
import { readFile, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
async function baselineCommand(a, io) {
  const cwd = resolveCwd(a.C, io);
  const command = a.history ? "history" : "scan";
  const args = { ...DEFAULT_ARGS, ...a, ...a.history ? { revs: a.targets ?? [] } : { paths: a.targets ?? [] } };
  const run = await scanRun(command, args, io, cwd, { explain: false });
  if (!run) return 0;
  const file = a.output ?? relative(cwd, resolve(findRepoRoot(cwd) ?? cwd, BASELINE_FILE));
  const { baselineSalt } = await import("./baseline-CLA23EVH.js");
  const { newSalt, saltedForms } = await import("./salted-DIGQGJVZ.js");
  const { fingerprintsOf } = await import("./finding-YC76FG3I.js");
  const previous = await readFile(resolve(cwd, file), "utf8").catch(() => "");
  const salt = baselineSalt(previous) ?? newSalt();
  const all = run.result.findings.flatMap((f) => fingerprintsOf(f));
  const forms = await saltedForms(all, salt, new Set(all.map((fp) => fp.slice(0, fp.indexOf(":")))));
  const text = formatBaseline(run.result.findings, run.repoPath, { salt, forms });
  try {
    await writeFile(resolve(cwd, file), text);
  } catch (err) {
    throw new LeakguardError(`--output: ${file}: cannot write: ${errorMessage(err)}`);
  }
  const n = run.result.findings.length;
  const entries = text.split("\n").length - 2;
  io.stderr(`leakguard: baseline: ${n} finding${n === 1 ? "" : "s"} (${entries} fingerprint${entries === 1 ? "" : "s"}) recorded in ${file}
`);
  for (const e of run.result.errors) io.stderr(`leakguard: error: ${e.file ? `${e.file}: ` : ""}${e.message}
`);
  return run.result.errors.length ? 2 : 0;
}
export {
  baselineCommand
};
