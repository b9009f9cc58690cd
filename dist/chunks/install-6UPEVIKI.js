import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  HOOKS
} from "./chunk-VUZXSRZD.js";
import {
  LeakguardError,
  existsSync,
  gitOutput
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/hooks/install.ts
import { chmod, readFile, rename, rm, writeFile, mkdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
var HOOK_ARGS = {
  "pre-commit": "staged --quiet",
  "commit-msg": 'message --quiet "$1"',
  "pre-push": 'history --pre-push --remote="$1" --quiet'
};
var MARKER = "# leakguard-hook";
var CHAINED_SUFFIX = ".pre-leakguard";
async function locate(cwd) {
  const git = async (args) => (await gitOutput(args, { cwd })).toString("utf8");
  let root;
  try {
    root = (await git(["rev-parse", "--show-toplevel"])).trim();
  } catch {
    throw new LeakguardError(`not a git repository (or a bare one, which has no commits to hook): ${cwd}`);
  }
  const hooksPath = (await git(["config", "--get", "core.hooksPath"]).catch(() => "")).trim();
  const husky = join(root, ".husky");
  const usesHusky = existsSync(husky) || /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath);
  if (usesHusky) return { root, hooksDir: null, huskyDir: husky };
  if (hooksPath) {
    const expanded = hooksPath.startsWith("~/") ? join(process.env.HOME ?? "", hooksPath.slice(2)) : hooksPath;
    return { root, hooksDir: isAbsolute(expanded) ? expanded : resolve(root, expanded), huskyDir: null };
  }
  const gitPath = (await git(["rev-parse", "--git-path", "hooks"])).trim();
  return { root, hooksDir: resolve(cwd, gitPath), huskyDir: null };
}
async function inWorkTree(cwd) {
  const out = await gitOutput(["rev-parse", "--is-inside-work-tree"], { cwd }).catch(() => Buffer.alloc(0));
  return out.toString("utf8").trim() === "true";
}
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function missingLine(hook) {
  const again = hook === "pre-push" ? "push" : "commit";
  return `echo 'leakguard: not installed here (no node_modules/.bin/leakguard, none on PATH): run \`npm install\`, then ${again} again' >&2`;
}
function runner(hook, binPath) {
  return [
    "run_leakguard() {",
    '  if [ -x ./node_modules/.bin/leakguard ]; then ./node_modules/.bin/leakguard "$@"',
    '  elif command -v leakguard >/dev/null 2>&1; then leakguard "$@"',
    `  elif [ -f ${shellQuote(binPath)} ] && command -v node >/dev/null 2>&1; then node ${shellQuote(binPath)} "$@"`,
    `  else ${missingLine(hook)}; return 1; fi`,
    "}"
  ].join("\n");
}
function hookScript(hook, binPath, chained) {
  const lines = ["#!/bin/sh", `${MARKER}: ${hook} (written by \`leakguard install\`; \`leakguard uninstall\` removes it)`, runner(hook, binPath)];
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
function huskyLines(hook) {
  return [
    MARKER,
    `lg=./node_modules/.bin/leakguard; [ -x "$lg" ] || lg=leakguard; command -v "$lg" >/dev/null 2>&1 || { ${missingLine(hook)}; exit 1; }`,
    `"$lg" ${HOOK_ARGS[hook]} || exit $?`,
    ""
  ].join("\n");
}
function huskyInsert(current, block) {
  const lines = current.split("\n");
  let at = 0;
  while (at < lines.length && (lines[at].startsWith("#!") || /^\.\s.*husky\.sh/.test(lines[at]))) at++;
  const head = lines.slice(0, at).join("\n");
  const tail = lines.slice(at).join("\n");
  return (head ? head + "\n" : "") + block + tail + (tail && !tail.endsWith("\n") ? "\n" : "");
}
function withoutHuskyLines(current, hook) {
  const lines = current.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === MARKER) {
      const end = lines.slice(i + 1, i + 4).findIndex((l) => l.includes(` ${HOOK_ARGS[hook]}`));
      if (end >= 0) {
        i += end + 1;
        continue;
      }
    }
    out.push(lines[i]);
  }
  return out.join("\n");
}
async function install(options) {
  const place = await locate(options.cwd);
  const done = [];
  for (const hook of options.hooks) {
    if (place.huskyDir) {
      const file2 = join(place.huskyDir, hook);
      const current = existsSync(file2) ? await readFile(file2, "utf8") : "";
      if (current.includes(MARKER)) continue;
      await mkdir(place.huskyDir, { recursive: true });
      await writeFile(file2, huskyInsert(current, huskyLines(hook)));
      await chmod(file2, 493);
      done.push(`${hook}: ${current ? "added to" : "created"} ${rel(place.root, file2)} (husky)`);
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
    const script = hookScript(hook, options.binPath, chained);
    if (existsSync(file) && await readFile(file, "utf8") === script) continue;
    await mkdir(dir, { recursive: true });
    await writeFile(file, script);
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
      const rest = withoutHuskyLines(current, hook);
      if (rest === current) continue;
      if (rest.trim() === "") {
        await rm(file2);
        done.push(`${hook}: removed ${rel(place.root, file2)} (husky)`);
      } else {
        await writeFile(file2, rest);
        done.push(`${hook}: removed from ${rel(place.root, file2)} (husky)`);
      }
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
  huskyLines,
  inWorkTree,
  install,
  uninstall
};
