import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  CatFile,
  readBlobs
} from "./chunk-IYDZYGJM.js";
import {
  simpleGit
} from "./chunk-T6FPEVQE.js";
import "./chunk-SGGDSUA3.js";
import {
  PACK_WINDOW_ARGS,
  gitOutput
} from "./chunk-HHFGDUQN.js";
import "./chunk-U72GBBDN.js";

// src/git/exposure.ts
var MAX_READ = 64 * 1024 * 1024;
async function defaultBranch(cwd) {
  const git = simpleGit({ baseDir: cwd });
  const remote = (await git.raw(["for-each-ref", "--format=%(objectname)", "refs/remotes/origin/HEAD"])).trim();
  if (/^[0-9a-f]{40,64}$/.test(remote)) return remote;
  try {
    return (await git.raw(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])).trim() || null;
  } catch {
    return null;
  }
}
async function markExposure(findings, cwd) {
  if (findings.length === 0) return;
  const head = await defaultBranch(cwd);
  const present = head ? await presentAt(head, findings, cwd) : /* @__PURE__ */ new Set();
  const removed = findings.filter((f) => f.history && !present.has(f));
  const removedIn = head ? await removals(head, removed, cwd) : /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.history) continue;
    f.history = present.has(f) ? { ...f.history, status: "present", removedIn: null } : { ...f.history, status: "removed", removedIn: removedIn.get(f) ?? null };
  }
}
async function removals(head, findings, cwd) {
  const found = /* @__PURE__ */ new Map();
  const targets = findings.filter((f) => f.file !== null && !f.file.includes("\n") && f.commit);
  if (targets.length === 0) return found;
  const line = await firstParentLine(head, [], cwd);
  const onLine = new Map(line.map((c, i) => [c.sha, i]));
  const offLine = [];
  const cat = new CatFile(cwd);
  const holds = (f) => async (sha) => (await cat.read(`${sha}:${f.file}`))?.includes(f.secret) ?? false;
  try {
    for (const f of targets) {
      const has = holds(f);
      const intro = onLine.get(f.commit.sha);
      if (intro === void 0) {
        offLine.push(f);
        continue;
      }
      const gone = await firstWithout(line.slice(0, intro + 1), has);
      if (gone) found.set(f, await throughMerge(gone, has, cwd));
    }
    if (offLine.length) {
      const touching = await commitsTouching(head, [...new Set(offLine.map((f) => f.file))], cwd);
      for (const f of offLine) {
        const list = touching.get(f.file) ?? [];
        const intro = list.indexOf(f.commit.sha);
        if (intro <= 0) continue;
        const gone = await firstWithout(list.slice(0, intro + 1).map((sha) => ({ sha, parents: [] })), holds(f));
        if (gone) found.set(f, gone.sha);
      }
    }
  } finally {
    cat.close();
  }
  return found;
}
async function firstParentLine(tip, exclude, cwd) {
  const out = (await gitOutput([...PACK_WINDOW_ARGS, "rev-list", "--first-parent", "--parents", tip, ...exclude.map((e) => `^${e}`), "--"], { cwd })).toString("latin1");
  return out.split("\n").filter(Boolean).map((l) => {
    const [sha, ...parents] = l.split(" ");
    return { sha, parents };
  });
}
async function firstWithout(commits, has) {
  let lo = 0;
  let hi = commits.length - 1;
  if (hi <= 0 || await has(commits[0].sha)) return null;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    if (await has(commits[mid].sha)) hi = mid;
    else lo = mid;
  }
  return commits[lo];
}
async function throughMerge(gone, has, cwd, depth = 0) {
  if (gone.parents.length < 2 || depth > 20) return gone.sha;
  const [first, ...merged] = gone.parents;
  for (const side of merged) {
    if (await has(side)) continue;
    const sideLine = await firstParentLine(side, [first], cwd);
    const fork = sideLine.at(-1)?.parents[0];
    if (!fork || !await has(fork)) return gone.sha;
    const removedOnSide = await firstWithout([...sideLine, { sha: fork, parents: [] }], has);
    return removedOnSide ? throughMerge(removedOnSide, has, cwd, depth + 1) : gone.sha;
  }
  return gone.sha;
}
async function commitsTouching(head, paths, cwd) {
  const wanted = new Set(paths);
  const touching = /* @__PURE__ */ new Map();
  for (let i = 0; i < paths.length; i += PATHS_PER_LOG) {
    const args = [...PACK_WINDOW_ARGS, "--literal-pathspecs", "log", head, "--format=%x00%H", "--name-only", "-z", "--no-renames", "--", ...paths.slice(i, i + PATHS_PER_LOG)];
    const out = (await gitOutput(args, { cwd })).toString("utf8").split("\0");
    let sha = "";
    for (let k = 0; k < out.length; k++) {
      const token = out[k];
      if (k > 0 && out[k - 1] === "" && /^[0-9a-f]{40,64}$/.test(token)) sha = token;
      else if (token) {
        const path = token.startsWith("\n") ? token.slice(1) : token;
        if (!wanted.has(path)) continue;
        let list = touching.get(path);
        if (!list) touching.set(path, list = []);
        list.push(sha);
      }
    }
  }
  return touching;
}
var PATHS_PER_LOG = 200;
async function presentAt(rev, findings, cwd) {
  const byPath = /* @__PURE__ */ new Map();
  for (const f of findings) {
    for (const path of f.history?.files ?? []) {
      if (path.includes("\n")) continue;
      let list = byPath.get(path);
      if (!list) byPath.set(path, list = []);
      list.push(f);
    }
  }
  const paths = [...byPath.keys()];
  const present = /* @__PURE__ */ new Set();
  let i = 0;
  for await (const blob of readBlobs(paths.map((p) => `${rev}:${p}`), { cwd, maxSize: MAX_READ })) {
    const path = paths[i++];
    if (!blob.data) continue;
    for (const f of byPath.get(path)) if (blob.data.includes(f.secret)) present.add(f);
  }
  return present;
}
export {
  defaultBranch,
  markExposure
};
