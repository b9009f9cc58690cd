import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  cacheKey
} from "./chunk-PD66MI4J.js";
import {
  errorMessage,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from "./chunk-WWMHRRQY.js";

// src/org/cache.ts
import { spawn } from "node:child_process";
import { join } from "node:path";
function gitEnv() {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "", SSH_ASKPASS: "", GCM_INTERACTIVE: "never", GIT_NO_REPLACE_OBJECTS: "1" };
}
function git(args, cwd, signal) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"], signal });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(e));
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else {
        const lines = Buffer.concat(err).toString("utf8").trim().split("\n");
        reject(new Error(lines.filter((l) => /fatal|error/i.test(l)).pop() ?? lines.pop() ?? `git ${args[0]} exited ${code}`));
      }
    });
  });
}
var Cache = class {
  constructor(dir) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }
  dir;
  mirrorOf(entry) {
    return join(this.dir, `${cacheKey(entry)}.git`);
  }
  /** Clones the mirror, or fetches it (pruning deleted refs); returns its ref tips, sorted. */
  async update(entry, signal) {
    const mirror = this.mirrorOf(entry);
    if (!existsSync(join(mirror, "HEAD"))) {
      const tmp = `${mirror}.tmp-${process.pid}`;
      await git(["-c", "protocol.file.allow=always", "clone", "--mirror", "--quiet", "--", entry.url, tmp], void 0, signal);
      try {
        renameSync(tmp, mirror);
      } catch (err) {
        rmSync(tmp, { recursive: true, force: true });
        if (!existsSync(join(mirror, "HEAD"))) throw err;
      }
    } else {
      await git(["-c", "protocol.file.allow=always", "fetch", "--prune", "--quiet", "--", entry.url, "+refs/*:refs/*"], mirror, signal);
    }
    return tipsOf(mirror);
  }
  stateFile(entry) {
    return join(this.dir, `${cacheKey(entry)}.json`);
  }
  readState(entry) {
    try {
      const s = JSON.parse(readFileSync(this.stateFile(entry), "utf8"));
      return s.version === 1 && Array.isArray(s.tips) && Array.isArray(s.findings) ? s : null;
    } catch {
      return null;
    }
  }
  writeState(entry, state) {
    const file = this.stateFile(entry);
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, JSON.stringify(state));
      renameSync(tmp, file);
    } catch (err) {
      throw new Error(`cache: cannot write ${file}: ${errorMessage(err)}`);
    }
  }
};
async function tipsOf(gitDir) {
  const out = await git(["for-each-ref", "--format=%(objectname) %(objecttype) %(*objecttype)"], gitDir);
  const tips = out.split("\n").filter(Boolean).map((l) => {
    const [sha, type, peeled] = l.split(" ");
    const kind = type === "tag" ? peeled : type;
    return kind === "commit" ? sha : `${sha}:${kind}`;
  });
  return [...new Set(tips)].sort();
}
function commitTips(tips) {
  return tips.filter((t) => !t.includes(":"));
}

export {
  git,
  Cache,
  tipsOf,
  commitTips
};
