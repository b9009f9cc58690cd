import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  CatFile,
  GIT_CONFIG_ARGS,
  LOG_PIN_ARGS,
  PACK_WINDOW_ARGS,
  contentIncludes,
  gitEnv,
  gitOutput
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/git/tree-reader.ts
var MAX_ENTRIES = 5e5;
var TreeReader = class {
  cat;
  roots = /* @__PURE__ */ new Map();
  trees = /* @__PURE__ */ new Map();
  entries = 0;
  constructor(cwd) {
    this.cat = new CatFile(cwd);
  }
  /** The content of `path` in `commit`, or null when it is not a file there. */
  async read(commit, path) {
    const id = await this.blobId(commit, path);
    if (id === null) return null;
    const blob = await this.cat.readObject(id);
    return blob?.type === "blob" ? blob.data : null;
  }
  async blobId(commit, path) {
    let tree = this.roots.get(commit);
    if (tree === void 0) {
      const obj = await this.cat.readObject(`${commit}^{tree}`);
      tree = obj?.type === "tree" ? obj.id : null;
      if (this.roots.size > 1e5) this.roots.clear();
      this.roots.set(commit, tree);
    }
    const parts = Buffer.from(path, "utf8").toString("latin1").split("/");
    for (let i = 0; tree !== null && i < parts.length; i++) {
      const entry = (await this.tree(tree))?.get(parts[i]);
      if (!entry) return null;
      const last = i === parts.length - 1;
      if (last) return entry.mode.startsWith("10") || entry.mode.startsWith("12") ? entry.id : null;
      if (entry.mode !== "40000") return null;
      tree = entry.id;
    }
    return null;
  }
  async tree(id) {
    const known = this.trees.get(id);
    if (known) return known;
    const obj = await this.cat.readObject(id);
    if (obj?.type !== "tree") return null;
    const table = parseTree(obj.data, id.length / 2);
    if (this.entries + table.size > MAX_ENTRIES) {
      this.trees.clear();
      this.entries = 0;
    }
    this.trees.set(id, table);
    this.entries += table.size;
    return table;
  }
  close() {
    this.cat.close();
  }
};
function parseTree(data, idBytes) {
  const table = /* @__PURE__ */ new Map();
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(32, i);
    const nul = data.indexOf(0, space + 1);
    if (space === -1 || nul === -1 || nul + 1 + idBytes > data.length) break;
    const mode = data.toString("latin1", i, space);
    const name = data.toString("latin1", space + 1, nul);
    table.set(name, { mode, id: data.toString("hex", nul + 1, nul + 1 + idBytes) });
    i = nul + 1 + idBytes;
  }
  return table;
}

// src/git/present.ts
import { spawn } from "node:child_process";
function needleOf(secret) {
  if (!secret.includes("\n")) return secret;
  let best = "";
  for (const raw of secret.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.length > best.length) best = line;
  }
  return best;
}
async function needlesAt(rev, needles, cwd) {
  const matcher = new Matcher([...new Set(needles)].filter((n) => n.length > 0));
  if (matcher.done()) return matcher.found;
  const tree = await gitOutput([...PACK_WINDOW_ARGS, "ls-tree", "-r", "-z", "--full-tree", rev], { cwd });
  const ids = /* @__PURE__ */ new Set();
  for (const entry of tree.toString("latin1").split("\0")) {
    const m = /^\d+ blob ([0-9a-f]{40,64})\t/.exec(entry);
    if (m) ids.add(m[1]);
  }
  if (ids.size) await scanBlobs([...ids], matcher, cwd);
  return matcher.found;
}
async function scanBlobs(ids, matcher, cwd) {
  const child = spawn("git", [...GIT_CONFIG_ARGS, ...PACK_WINDOW_ARGS, "cat-file", "--batch"], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "ignore"] });
  const exited = new Promise((resolve) => child.on("close", () => resolve()));
  child.on("error", () => {
  });
  child.stdin.on("error", () => {
  });
  child.stdin.end(ids.join("\n") + "\n");
  let header = Buffer.alloc(0);
  let left = 0;
  for await (const raw of child.stdout) {
    let chunk = raw;
    while (chunk.length) {
      if (left === 0) {
        const nl = chunk.indexOf(10);
        if (nl === -1) {
          header = Buffer.concat([header, chunk]);
          break;
        }
        const line = Buffer.concat([header, chunk.subarray(0, nl)]).toString("latin1").split(" ");
        header = Buffer.alloc(0);
        chunk = chunk.subarray(nl + 1);
        if (line[1] !== "blob" || line[2] === void 0) continue;
        left = Number(line[2]) + 1;
        matcher.start();
        continue;
      }
      const take = Math.min(left, chunk.length);
      matcher.feed(chunk.subarray(0, left === take ? take - 1 : take));
      chunk = chunk.subarray(take);
      left -= take;
    }
    if (matcher.done()) {
      child.kill();
      break;
    }
  }
  await exited;
}
var K = 16;
var FILTER_BITS = 22;
var Matcher = class {
  found = /* @__PURE__ */ new Set();
  long = /* @__PURE__ */ new Map();
  short = [];
  filter = new Uint8Array(1 << FILTER_BITS - 3);
  maxLen;
  left;
  tail = Buffer.alloc(0);
  /** B^(K-1) mod 2^32, to drop the oldest byte from the hash */
  top;
  constructor(needles) {
    let maxLen = 0;
    const forms = needles.flatMap((text) => {
      const le = Buffer.from(text, "utf16le");
      return [Buffer.from(text, "utf8"), le, Buffer.from(le).swap16()].map((bytes) => ({ text, bytes }));
    });
    for (const { text, bytes } of forms) {
      maxLen = Math.max(maxLen, bytes.length);
      if (bytes.length < K) {
        this.short.push({ text, bytes });
        continue;
      }
      const h = hash(bytes, 0);
      const idx = h & (1 << FILTER_BITS) - 1;
      this.filter[idx >>> 3] |= 1 << (idx & 7);
      const list = this.long.get(h);
      if (list) list.push({ text, bytes });
      else this.long.set(h, [{ text, bytes }]);
    }
    this.maxLen = maxLen;
    this.left = needles.length;
    let top = 1;
    for (let i = 0; i < K - 1; i++) top = Math.imul(top, B);
    this.top = top;
  }
  done() {
    return this.left === 0;
  }
  /** a new blob begins */
  start() {
    this.tail = Buffer.alloc(0);
  }
  feed(piece) {
    if (piece.length === 0 || this.done()) return;
    const buf = this.tail.length ? Buffer.concat([this.tail, piece]) : piece;
    for (const n of this.short) if (!this.found.has(n.text) && buf.includes(n.bytes)) this.hit(n.text);
    if (this.long.size && buf.length >= K) this.scan(buf);
    this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - (this.maxLen - 1))));
  }
  scan(buf) {
    const mask = (1 << FILTER_BITS) - 1;
    let h = hash(buf, 0);
    for (let i = 0; ; i++) {
      const idx = h & mask;
      if (this.filter[idx >>> 3] & 1 << (idx & 7)) {
        for (const n of this.long.get(h) ?? []) {
          if (!this.found.has(n.text) && i + n.bytes.length <= buf.length && buf.compare(n.bytes, 0, n.bytes.length, i, i + n.bytes.length) === 0) this.hit(n.text);
        }
      }
      if (i + K >= buf.length) return;
      h = Math.imul(h - Math.imul(buf[i], this.top), B) + buf[i + K] | 0;
    }
  }
  hit(text) {
    this.found.add(text);
    this.left--;
  }
};
var B = 257;
function hash(buf, at) {
  let h = 0;
  for (let i = at; i < at + K; i++) h = Math.imul(h, B) + buf[i] | 0;
  return h;
}

// src/git/exposure.ts
async function defaultBranch(cwd) {
  const remote = (await gitOutput(["for-each-ref", "--format=%(objectname)", "refs/remotes/origin/HEAD"], { cwd })).toString("latin1").trim();
  if (/^[0-9a-f]{40,64}$/.test(remote)) return remote;
  try {
    return (await gitOutput(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { cwd })).toString("latin1").trim() || null;
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
  const targets = findings.filter((f) => f.file !== null && f.commit);
  if (targets.length === 0) return found;
  const line = await firstParentLine(head, [], cwd);
  const onLine = new Map(line.map((c, i) => [c.sha, i]));
  const offLine = [];
  const cat = new TreeReader(cwd);
  const holds = (f) => async (sha) => {
    const data = await cat.read(sha, f.file);
    return data ? contentIncludes(data, f.secret) : false;
  };
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
    const args = [...PACK_WINDOW_ARGS, "--literal-pathspecs", "log", ...LOG_PIN_ARGS, head, "--format=%x00%H", "--name-only", "-z", "--no-renames", "--", ...paths.slice(i, i + PATHS_PER_LOG)];
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
  const history = findings.filter((f) => f.history);
  const found = await needlesAt(rev, new Set(history.map((f) => needleOf(f.secret))), cwd);
  return new Set(history.filter((f) => found.has(needleOf(f.secret))));
}
export {
  defaultBranch,
  markExposure
};
