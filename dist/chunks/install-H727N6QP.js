import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  HOOKS
} from "./chunk-VUZXSRZD.js";
import {
  simpleGit
} from "./chunk-T6FPEVQE.js";
import "./chunk-SGGDSUA3.js";
import {
  LeakguardError,
  existsSync
} from "./chunk-HHFGDUQN.js";
import "./chunk-U72GBBDN.js";

// src/hooks/install.ts
import { chmod, readFile, rename, rm, writeFile, mkdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
var HOOK_ARGS = {
  "pre-commit": "staged --quiet",
  "commit-msg": 'message --quiet "$1"',
  "pre-push": "history --pre-push --quiet"
};
var MARKER = "# leakguard-hook";
var CHAINED_SUFFIX = ".pre-leakguard";
async function locate(cwd) {
  const git = simpleGit({ baseDir: cwd });
  let root;
  try {
    root = (await git.revparse(["--show-toplevel"])).trim();
  } catch {
    throw new LeakguardError(`not a git repository (or a bare one, which has no commits to hook): ${cwd}`);
  }
  const hooksPath = (await git.raw(["config", "--get", "core.hooksPath"]).catch(() => "")).trim();
  const husky = join(root, ".husky");
  const usesHusky = existsSync(husky) || /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath);
  if (usesHusky) return { root, hooksDir: null, huskyDir: husky };
  if (hooksPath) {
    const expanded = hooksPath.startsWith("~/") ? join(process.env.HOME ?? "", hooksPath.slice(2)) : hooksPath;
    return { root, hooksDir: isAbsolute(expanded) ? expanded : resolve(root, expanded), huskyDir: null };
  }
  const gitPath = (await git.raw(["rev-parse", "--git-path", "hooks"])).trim();
  return { root, hooksDir: resolve(cwd, gitPath), huskyDir: null };
}
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function runner(binPath) {
  return [
    "run_leakguard() {",
    '  if [ -x ./node_modules/.bin/leakguard ]; then ./node_modules/.bin/leakguard "$@"',
    '  elif command -v leakguard >/dev/null 2>&1; then leakguard "$@"',
    `  else node ${shellQuote(binPath)} "$@"; fi`,
    "}"
  ].join("\n");
}
function hookScript(hook, binPath, chained) {
  const lines = ["#!/bin/sh", `${MARKER}: ${hook} (written by \`leakguard install\`; \`leakguard uninstall\` removes it)`, runner(binPath)];
  const chainedPath = `"$(dirname "$0")/${hook}${CHAINED_SUFFIX}"`;
  if (hook === "pre-push") {
    lines.push("input=$(cat)");
    if (chained) lines.push(`printf '%s\\n' "$input" | ${chainedPath} "$@" || exit $?`);
    lines.push(`printf '%s\\n' "$input" | run_leakguard ${HOOK_ARGS[hook]}`);
  } else {
    if (chained) lines.push(`${chainedPath} "$@" || exit $?`);
    lines.push(`run_leakguard ${HOOK_ARGS[hook]}`);
  }
  return lines.join("\n") + "\n";
}
var huskyLines = (hook) => `${MARKER}
leakguard ${HOOK_ARGS[hook]}
`;
async function install(options) {
  const place = await locate(options.cwd);
  const done = [];
  for (const hook of options.hooks) {
    if (place.huskyDir) {
      const file2 = join(place.huskyDir, hook);
      const current = existsSync(file2) ? await readFile(file2, "utf8") : "";
      if (current.includes(MARKER)) {
        done.push(`${hook}: already in ${rel(place.root, file2)} (husky)`);
        continue;
      }
      await mkdir(place.huskyDir, { recursive: true });
      const sep = current && !current.endsWith("\n") ? "\n" : "";
      await writeFile(file2, current + sep + huskyLines(hook));
      await chmod(file2, 493);
      done.push(`${hook}: added to ${rel(place.root, file2)} (husky)`);
      continue;
    }
    const dir = place.hooksDir;
    const file = join(dir, hook);
    let chained = existsSync(file + CHAINED_SUFFIX);
    if (existsSync(file)) {
      const current = await readFile(file, "utf8");
      if (!current.includes(MARKER)) {
        if (!options.force) {
          throw new LeakguardError(
            `${rel(place.root, file)}: a ${hook} hook that is not leakguard's is already there; re-run with --force to keep it as ${hook}${CHAINED_SUFFIX} and run it before leakguard`
          );
        }
        if (chained) throw new LeakguardError(`${rel(place.root, file + CHAINED_SUFFIX)}: already exists; move it away first`);
        await rename(file, file + CHAINED_SUFFIX);
        chained = true;
      }
    }
    await mkdir(dir, { recursive: true });
    await writeFile(file, hookScript(hook, options.binPath, chained));
    await chmod(file, 493);
    done.push(`${hook}: installed ${rel(place.root, file)}${chained ? ` (runs ${hook}${CHAINED_SUFFIX} first)` : ""}`);
  }
  return done;
}
async function uninstall(options) {
  const place = await locate(options.cwd);
  const done = [];
  for (const hook of options.hooks) {
    if (place.huskyDir) {
      const file2 = join(place.huskyDir, hook);
      if (!existsSync(file2)) continue;
      const current = await readFile(file2, "utf8");
      if (!current.includes(MARKER)) continue;
      await writeFile(file2, current.split(huskyLines(hook)).join(""));
      done.push(`${hook}: removed from ${rel(place.root, file2)} (husky)`);
      continue;
    }
    const file = join(place.hooksDir, hook);
    if (!existsSync(file)) continue;
    if (!(await readFile(file, "utf8")).includes(MARKER)) {
      done.push(`${hook}: ${rel(place.root, file)} is not leakguard's: left alone`);
      continue;
    }
    await rm(file);
    if (existsSync(file + CHAINED_SUFFIX)) {
      await rename(file + CHAINED_SUFFIX, file);
      done.push(`${hook}: removed; restored the previous hook`);
    } else done.push(`${hook}: removed ${rel(place.root, file)}`);
  }
  return done;
}
function rel(root, file) {
  const r = relative(root, file);
  return r.startsWith("..") ? file : r;
}
export {
  HOOKS,
  HOOK_ARGS,
  MARKER,
  hookScript,
  install,
  uninstall
};
