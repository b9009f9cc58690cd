import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  GitStopped,
  LeakguardError
} from "./chunk-HWRS3BVT.js";

// src/git/spawn.ts
import { spawn } from "node:child_process";
var GIT_CONFIG_ARGS = [
  "-c",
  "core.quotepath=off",
  "-c",
  "color.ui=never",
  "-c",
  "color.diff=never",
  "-c",
  "diff.noprefix=false",
  "-c",
  "diff.mnemonicPrefix=false",
  "-c",
  "diff.relative=false",
  "-c",
  "diff.suppressBlankEmpty=false",
  "-c",
  "diff.interHunkContext=0",
  "-c",
  "diff.algorithm=myers",
  "-c",
  "diff.submodule=short",
  "-c",
  "diff.orderFile=/dev/null",
  // git's default: larger blobs are "binary" to git (leakguard reads them itself)
  "-c",
  "core.bigFileThreshold=512m",
  "-c",
  "log.showRoot=true",
  "-c",
  "log.showSignature=false",
  "-c",
  "log.follow=false",
  "-c",
  "log.decorate=false",
  "-c",
  "log.diffMerges=separate",
  "-c",
  "i18n.logOutputEncoding=UTF-8",
  "-c",
  "core.pager=cat"
];
var PATCH_ARGS = ["--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", "--full-index"];
var LOG_PIN_ARGS = ["--encoding=UTF-8", "--no-notes", "--no-decorate"];
var UNSAFE_ENV = ["GIT_EXTERNAL_DIFF", "GIT_DIFF_OPTS", "GIT_DIFF_PATH_COUNTER", "GIT_DIFF_PATH_TOTAL", "GIT_REPLACE_REF_BASE", "GIT_NOTES_REF", "GIT_NOTES_DISPLAY_REF"];
function gitEnv() {
  const env = { ...process.env };
  for (const name of UNSAFE_ENV) delete env[name];
  return {
    ...env,
    GIT_PAGER: "cat",
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    // git's own messages in English: gitError() reads them
    LC_ALL: "C",
    GIT_NO_REPLACE_OBJECTS: "1",
    // a path that cannot exist (a file under /dev/null): no grafts
    GIT_GRAFT_FILE: "/dev/null/leakguard-no-grafts"
  };
}
var PACK_WINDOW_ARGS = ["-c", "core.packedGitLimit=128m", "-c", "core.packedGitWindowSize=32m"];
async function* streamGit(args, options) {
  const child = spawn("git", [...GIT_CONFIG_ARGS, ...args], {
    cwd: options.cwd,
    env: gitEnv(),
    stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
  });
  const stderr = [];
  let stderrBytes = 0;
  child.stderr.on("data", (b) => {
    if (stderrBytes < 64 * 1024) stderr.push(b);
    stderrBytes += b.length;
  });
  const exited = new Promise((resolve) => {
    child.on("error", (error2) => resolve({ code: null, error: error2 }));
    child.on("close", (code2, signal2) => resolve({ code: code2, signal: signal2 }));
  });
  if (options.input !== void 0) {
    child.stdin.on("error", () => {
    });
    child.stdin.end(options.input);
  }
  const onAbort = () => child.kill();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk;
    finished = true;
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    if (!finished) child.kill();
  }
  const { code, signal, error } = await exited;
  if (options.signal?.aborted) return;
  if (error) throw new LeakguardError(`cannot run git: ${error.message}`);
  if (signal && finished) throw new GitStopped(args.find((a) => !a.startsWith("-") && !a.includes("=")) ?? "git", signal);
  if (code !== 0) throw gitError(args, Buffer.concat(stderr).toString("utf8"), options.cwd);
}
async function gitOutput(args, options) {
  const chunks = [];
  for await (const c of streamGit(args, options)) chunks.push(c);
  return Buffer.concat(chunks);
}
function gitError(args, stderr, cwd) {
  const line = stderr.split("\n").find((l) => l.trim()) ?? "failed";
  if (/not a git repository|unknown option .cached/i.test(line)) return new LeakguardError(`not a git repository: ${cwd}`);
  return new LeakguardError(`git ${args[0]}: ${line.replace(/^(fatal|error): /, "")}`);
}
function prefetch(chunks) {
  const first = chunks.next();
  first.catch(() => {
  });
  return {
    async *[Symbol.asyncIterator]() {
      const r = await first;
      if (r.done) return;
      yield r.value;
      yield* chunks;
    }
  };
}

export {
  GIT_CONFIG_ARGS,
  PATCH_ARGS,
  LOG_PIN_ARGS,
  gitEnv,
  PACK_WINDOW_ARGS,
  streamGit,
  gitOutput,
  gitError,
  prefetch
};
