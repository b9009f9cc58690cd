import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  DEFAULT_ARGS
} from "./chunk-NPMGFAIF.js";
import {
  resolveCwd,
  scanRun
} from "./chunk-2WEQQRRZ.js";
import "./chunk-ATRH4UCP.js";
import {
  BASELINE_FILE,
  formatBaseline
} from "./chunk-ZYNG3XBZ.js";
import "./chunk-FEY3S36H.js";
import "./chunk-5NRU6M34.js";
import "./chunk-A2R2TMDW.js";
import "./chunk-EXZ5RCST.js";
import "./chunk-C2HXGN7L.js";
import {
  findRepoRoot
} from "./chunk-VN26XYKV.js";
import "./chunk-TSTTUUZP.js";
import "./chunk-KNET3OEV.js";
import "./chunk-VA4KEGOX.js";
import "./chunk-EQJNLXLZ.js";
import "./chunk-3NFHWOJD.js";
import {
  LeakguardError,
  errorMessage
} from "./chunk-IE2RY4AB.js";
import "./chunk-NBPJRJHV.js";
import "./chunk-JTGSKFO5.js";
import "./chunk-Y6BKULSA.js";
import "./chunk-U72GBBDN.js";

// src/cli/baseline-command.ts
import { writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
async function baselineCommand(a, io) {
  const cwd = resolveCwd(a.C, io);
  const command = a.history ? "history" : "scan";
  const args = { ...DEFAULT_ARGS, ...a, ...a.history ? { revs: a.targets ?? [] } : { paths: a.targets ?? [] } };
  const run = await scanRun(command, args, io, cwd, { explain: false });
  if (!run) return 0;
  const file = a.output ?? relative(cwd, resolve(findRepoRoot(cwd) ?? cwd, BASELINE_FILE));
  const text = formatBaseline(run.result.findings, run.repoPath);
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
