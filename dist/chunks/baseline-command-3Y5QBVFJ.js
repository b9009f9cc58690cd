import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  DEFAULT_ARGS
} from "./chunk-NPMGFAIF.js";
import {
  resolveCwd,
  scanRun
} from "./chunk-LM5IMEAZ.js";
import "./chunk-CDREP44S.js";
import {
  BASELINE_FILE,
  formatBaseline
} from "./chunk-JXHSPWBR.js";
import "./chunk-NSX45STC.js";
import "./chunk-56OFXAZQ.js";
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
import "./chunk-GDYWKFCI.js";
import {
  LeakguardError,
  errorMessage
} from "./chunk-HWRS3BVT.js";
import "./chunk-UA2LDIQP.js";
import "./chunk-XS4D3LTJ.js";
import "./chunk-Y6BKULSA.js";
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
  const { baselineSalt } = await import("./baseline-HTADOY7G.js");
  const { newSalt, saltedForms } = await import("./salted-XXKZV4OB.js");
  const { fingerprintsOf } = await import("./finding-45JEAAU4.js");
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
