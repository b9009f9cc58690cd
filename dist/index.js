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
} from "./chunks/chunk-2WEQQRRZ.js";
import "./chunks/chunk-ATRH4UCP.js";
import {
  BASELINE_FILE,
  formatBaseline,
  parseBaseline
} from "./chunks/chunk-ZYNG3XBZ.js";
import {
  csvFormatter
} from "./chunks/chunk-D7KT2ZFX.js";
import {
  githubFormatter
} from "./chunks/chunk-6TYSZNNK.js";
import {
  gitlabFormatter
} from "./chunks/chunk-SIM7YTJH.js";
import {
  markdownFormatter
} from "./chunks/chunk-WEIGJYWS.js";
import {
  htmlFormatter
} from "./chunks/chunk-YZU6RC2C.js";
import {
  loadFormatter
} from "./chunks/chunk-ZOHEIZUP.js";
import {
  FORMAT_NAMES,
  builtinFormatter,
  jsonFormatter
} from "./chunks/chunk-FEY3S36H.js";
import {
  textFormatter
} from "./chunks/chunk-5NRU6M34.js";
import "./chunks/chunk-A2R2TMDW.js";
import {
  applySuppressions
} from "./chunks/chunk-XVKNQTO5.js";
import {
  IGNORE_FILE,
  formatIgnoreEntry,
  parseIgnoreFile
} from "./chunks/chunk-EXZ5RCST.js";
import {
  StagedSource,
  startStagedDiff
} from "./chunks/chunk-BKI6RNM6.js";
import {
  HistorySource
} from "./chunks/chunk-2AQ6WKBE.js";
import {
  FilesSource
} from "./chunks/chunk-T6UX5YU4.js";
import "./chunks/chunk-CHRXSDLD.js";
import "./chunks/chunk-O6PTFGLF.js";
import "./chunks/chunk-6CHV4EWA.js";
import "./chunks/chunk-JJRVKFH7.js";
import "./chunks/chunk-CR2FYILF.js";
import "./chunks/chunk-ENOZ723B.js";
import {
  MessageSource
} from "./chunks/chunk-JGKCRB5E.js";
import {
  PathFilter
} from "./chunks/chunk-C2HXGN7L.js";
import {
  sarifFormatter
} from "./chunks/chunk-NJPWHH6J.js";
import {
  junitFormatter
} from "./chunks/chunk-MIX43QNX.js";
import {
  compileRule,
  loadConfig,
  withCrc32Base62,
  withFineGrainedChecksum
} from "./chunks/chunk-VN26XYKV.js";
import {
  buildRuleSet,
  scanFragment
} from "./chunks/chunk-TSTTUUZP.js";
import "./chunks/chunk-KNET3OEV.js";
import "./chunks/chunk-VA4KEGOX.js";
import "./chunks/chunk-EQJNLXLZ.js";
import "./chunks/chunk-3NFHWOJD.js";
import {
  LeakguardError,
  errorMessage
} from "./chunks/chunk-IE2RY4AB.js";
import "./chunks/chunk-NBPJRJHV.js";
import {
  printable
} from "./chunks/chunk-JTGSKFO5.js";
import "./chunks/chunk-Y6BKULSA.js";
import "./chunks/chunk-U72GBBDN.js";

// src/formatters/all.ts
var formatters = new Map(
  [textFormatter, jsonFormatter, sarifFormatter, junitFormatter, csvFormatter, githubFormatter, gitlabFormatter, markdownFormatter, htmlFormatter].map((f) => [f.name, f])
);

// src/cli/io.ts
function processIo() {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
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

// src/cli/main.ts
async function main(argv, io = processIo()) {
  try {
    const hook = hookInvocation(argv);
    if (hook) {
      if (hook.command === "staged") hook.args.stagedDiff = startStagedDiff(io.cwd);
      return await runScanCommand(hook.command, hook.args, io);
    }
    const { runCommands } = await import("./chunks/commands-SOYEXWCO.js");
    return await runCommands(argv, io);
  } catch (err) {
    return reportError(err, io, argv.includes("--debug"));
  }
}
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
