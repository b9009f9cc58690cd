import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  cacheKey
} from "./chunk-XYBOEJQE.js";
import {
  gitOutput
} from "./chunk-MWLPOBSF.js";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from "./chunk-GDYWKFCI.js";
import {
  errorMessage
} from "./chunk-HWRS3BVT.js";

// src/org/cache.ts
import { join } from "node:path";
async function git(args, cwd, signal) {
  const out = await gitOutput(args, { cwd, ...signal ? { signal } : {} });
  if (signal?.aborted) throw new Error("interrupted");
  return out.toString("utf8");
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
      await git(["-c", "protocol.file.allow=always", "clone", "--mirror", "--quiet", "--", entry.url, tmp], this.dir, signal);
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
  Cache,
  tipsOf,
  commitTips
};
