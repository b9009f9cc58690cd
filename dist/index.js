import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  DEFAULT_ARGS
} from "./chunks/chunk-NPMGFAIF.js";
import {
  redact,
  redactFinding,
  redactResult,
  runScan,
  runScanCommand
} from "./chunks/chunk-LM5IMEAZ.js";
import "./chunks/chunk-CDREP44S.js";
import {
  BASELINE_FILE,
  formatBaseline,
  parseBaseline
} from "./chunks/chunk-JXHSPWBR.js";
import {
  IGNORE_FILE,
  formatIgnoreEntry,
  parseIgnoreFile
} from "./chunks/chunk-NSX45STC.js";
import "./chunks/chunk-56OFXAZQ.js";
import {
  catchInterrupts
} from "./chunks/chunk-SOF3MLQS.js";
import "./chunks/chunk-Z6V4756R.js";
import "./chunks/chunk-3MPW7ARW.js";
import {
  junitFormatter
} from "./chunks/chunk-D7VR2ZSQ.js";
import {
  csvFormatter
} from "./chunks/chunk-LBT7RUOZ.js";
import {
  githubFormatter
} from "./chunks/chunk-EOG67OWV.js";
import {
  gitlabFormatter
} from "./chunks/chunk-O5C5AILP.js";
import {
  markdownFormatter
} from "./chunks/chunk-DHQ6MEFQ.js";
import {
  htmlFormatter
} from "./chunks/chunk-W5J7FFAJ.js";
import {
  loadFormatter
} from "./chunks/chunk-EF4DH2AA.js";
import {
  FORMAT_NAMES,
  builtinFormatter,
  jsonFormatter
} from "./chunks/chunk-MGG2IAAJ.js";
import {
  textFormatter
} from "./chunks/chunk-JQAHVL5I.js";
import "./chunks/chunk-A2R2TMDW.js";
import {
  applySuppressions
} from "./chunks/chunk-WZC46DWP.js";
import {
  StagedSource,
  startStagedDiff
} from "./chunks/chunk-TQ76LZHG.js";
import {
  HistorySource
} from "./chunks/chunk-UBFSF6FT.js";
import {
  FilesSource
} from "./chunks/chunk-DMII6CPG.js";
import "./chunks/chunk-VGNDAFUL.js";
import "./chunks/chunk-J5ICDM4W.js";
import "./chunks/chunk-7PJ6VWAO.js";
import "./chunks/chunk-JJRVKFH7.js";
import "./chunks/chunk-CR2FYILF.js";
import "./chunks/chunk-MWLPOBSF.js";
import {
  MessageSource
} from "./chunks/chunk-WBB5WVQR.js";
import {
  PathFilter
} from "./chunks/chunk-P7I356N5.js";
import {
  sarifFormatter
} from "./chunks/chunk-TLAWSM4O.js";
import {
  compileRule,
  loadConfig,
  withCrc32Base62,
  withFineGrainedChecksum
} from "./chunks/chunk-FGXG2XXO.js";
import {
  buildRuleSet,
  scanFragment
} from "./chunks/chunk-SLZ3O6QT.js";
import "./chunks/chunk-4ZEJ4JV7.js";
import "./chunks/chunk-KNET3OEV.js";
import "./chunks/chunk-VA4KEGOX.js";
import "./chunks/chunk-EQJNLXLZ.js";
import "./chunks/chunk-GDYWKFCI.js";
import {
  LeakguardError,
  errorMessage
} from "./chunks/chunk-HWRS3BVT.js";
import "./chunks/chunk-UA2LDIQP.js";
import {
  printable
} from "./chunks/chunk-XS4D3LTJ.js";
import "./chunks/chunk-Y6BKULSA.js";
import "./chunks/chunk-U72GBBDN.js";

// src/formatters/all.ts
var formatters = new Map(
  [textFormatter, jsonFormatter, sarifFormatter, junitFormatter, csvFormatter, githubFormatter, gitlabFormatter, markdownFormatter, htmlFormatter].map((f) => [f.name, f])
);

// src/cli/io.ts
function processIo() {
  return {
    stdout: (t) => void guarded(process.stdout, onStdoutError).write(t),
    stderr: (t) => void guarded(process.stderr, onStderrError).write(t),
    get stdin() {
      return process.stdin;
    },
    get stdoutIsTTY() {
      return process.stdout.isTTY === true;
    },
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    get columns() {
      return process.stdout.columns;
    },
    env: process.env,
    cwd: process.cwd()
  };
}
var guardedStreams = /* @__PURE__ */ new WeakSet();
function guarded(stream, onError) {
  if (!guardedStreams.has(stream)) {
    guardedStreams.add(stream);
    stream.on("error", onError);
  }
  return stream;
}
function onStdoutError(err) {
  if (err.code !== "EPIPE") {
    try {
      process.stderr.write(`leakguard: standard output: cannot write: ${describeWriteError(err)}
`);
    } catch {
    }
  }
  process.exit(2);
}
function onStderrError() {
}
function describeWriteError(err) {
  return err.message.replace(/^[A-Z]+: /, "").replace(/, write$/, "");
}

// src/cli/main.ts
async function main(argv, io = processIo(), early = []) {
  catchInterrupts(argv.some((a) => SCANNING.has(a)), early);
  try {
    const hook = hookInvocation(argv);
    if (hook) {
      if (hook.command === "staged") hook.args.stagedDiff = startStagedDiff(io.cwd);
      return await runScanCommand(hook.command, hook.args, io);
    }
    const { runCommands } = await import("./chunks/commands-BXPLBDBT.js");
    return await runCommands(argv, io);
  } catch (err) {
    return reportError(err, io, argv.includes("--debug"));
  }
}
var SCANNING = /* @__PURE__ */ new Set(["scan", "staged", "history", "message", "baseline"]);
function hookInvocation(argv) {
  const quiet = argv.includes("--quiet");
  const [command, arg, ...rest] = argv.filter((a) => a !== "--quiet");
  if (rest.length) return prePushInvocation(argv, quiet);
  const args = { ...DEFAULT_ARGS, ...quiet ? { quiet } : {} };
  if (command === "staged" && arg === void 0) return { command, args };
  if (command === "message" && arg !== void 0 && !arg.startsWith("-")) return { command, args: { ...args, file: arg } };
  if (command === "history" && arg === "--pre-push") return { command, args: { ...args, prePush: true } };
  return null;
}
function prePushInvocation(argv, quiet) {
  const [command, flag, remote, ...rest] = argv.filter((a) => a !== "--quiet");
  if (command !== "history" || flag !== "--pre-push" || rest.length || !remote?.startsWith("--remote=")) return null;
  const name = remote.slice("--remote=".length);
  return { command, args: { ...DEFAULT_ARGS, ...quiet ? { quiet } : {}, prePush: true, ...name ? { remote: name } : {} } };
}
function reportError(err, io, debug) {
  if (err instanceof LeakguardError) {
    io.stderr(`leakguard: ${printable(err.message)}
`);
    if (debug && err.stack) io.stderr(err.stack + "\n");
    if (/^(Unknown argument|Not enough non-option|Missing required|Invalid values|Unknown command|a command is required|Did you mean)/i.test(err.message)) {
      io.stderr("Run `leakguard --help` for usage.\n");
    }
    return 2;
  }
  io.stderr(`leakguard: internal error: ${errorMessage(err)}${debug ? "" : " (run with --debug for details)"}
`);
  if (debug && err instanceof Error && err.stack) io.stderr(err.stack + "\n");
  return 2;
}
export {
  BASELINE_FILE,
  FORMAT_NAMES,
  FilesSource,
  HistorySource,
  IGNORE_FILE,
  MessageSource,
  PathFilter,
  StagedSource,
  applySuppressions,
  buildRuleSet,
  builtinFormatter,
  compileRule,
  formatBaseline,
  formatIgnoreEntry,
  formatters,
  loadConfig,
  loadFormatter,
  main,
  parseBaseline,
  parseIgnoreFile,
  redact,
  redactFinding,
  redactResult,
  runScan as scan,
  scanFragment,
  withCrc32Base62,
  withFineGrainedChecksum
};
