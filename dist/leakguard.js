import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  catchInterrupts
} from "./chunks/chunk-E2HIS4J6.js";
import {
  DEFAULT_ARGS,
  LeakguardError,
  errorMessage,
  printable,
  runScanCommand,
  startStagedDiff
} from "./chunks/chunk-WWMHRRQY.js";
import "./chunks/chunk-U72GBBDN.js";

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
    const { runCommands } = await import("./chunks/commands-G2IJ6XQ5.js");
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
  hookInvocation,
  main
};
