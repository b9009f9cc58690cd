import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  isBinary
} from "./chunk-2UT6BXXR.js";
import {
  lfsFragments,
  notesOnce
} from "./chunk-D56TD2KR.js";
import {
  CONTEXT_LINES,
  LOG_FORMAT,
  LOG_PIN_ARGS,
  LeakguardError,
  PACK_WINDOW_ARGS,
  PATCH_ARGS,
  addNote,
  binaryChangeFragments,
  detach,
  gitOutput,
  newStats,
  patchBatches,
  readBlobs,
  streamGit
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/sources/history.ts
import { availableParallelism } from "node:os";

// src/sources/parallel.ts
async function* parallel(items, limit, work, highWater = 256, signal) {
  const buffer = [];
  const source = items[Symbol.asyncIterator]();
  let exhausted = false;
  let pulling = false;
  let running = 0;
  const failed = { yes: false };
  let stopped = false;
  let wakeConsumer;
  let wakeProducers = [];
  const notifyConsumer = () => {
    wakeConsumer?.();
    wakeConsumer = void 0;
  };
  const drain = () => {
    const waiting = wakeProducers;
    wakeProducers = [];
    for (const w of waiting) w();
  };
  const fail = (error) => {
    if (!failed.yes) Object.assign(failed, { yes: true, error });
  };
  const active = () => !stopped && !failed.yes && !signal?.aborted;
  const fill = async () => {
    if (pulling) return;
    pulling = true;
    try {
      while (!exhausted && running < limit && active()) {
        const r = await source.next();
        if (r.done) exhausted = true;
        else if (active()) start(r.value);
      }
    } catch (error) {
      fail(error);
    } finally {
      pulling = false;
      notifyConsumer();
    }
  };
  const start = (item) => {
    running++;
    void (async () => {
      try {
        for await (const r of work(item)) {
          if (stopped || signal?.aborted) break;
          buffer.push(r);
          notifyConsumer();
          if (buffer.length >= highWater) await new Promise((resolve) => wakeProducers.push(resolve));
        }
      } catch (error) {
        fail(error);
      } finally {
        running--;
        void fill();
        notifyConsumer();
      }
    })();
  };
  try {
    void fill();
    for (; ; ) {
      if (failed.yes) throw failed.error;
      if (buffer.length) {
        const batch = buffer.splice(0);
        drain();
        yield* batch;
        continue;
      }
      if (running === 0 && exhausted && !pulling || signal?.aborted) break;
      await new Promise((resolve) => wakeConsumer = resolve);
    }
    if (failed.yes) throw failed.error;
  } finally {
    stopped = true;
    drain();
    void source.return?.();
  }
}

// src/sources/commit-index.ts
var EMPTY = 0;
var CommitIndex = class {
  /** the ids, `width` bytes each, in rank order */
  ids = Buffer.alloc(0);
  /** rank + 1 of the commit in each slot, EMPTY where none */
  table = new Int32Array(1024);
  count = 0;
  /** bytes per id: 20 (SHA-1) or 32 (SHA-256), from the first id added */
  width = 0;
  get size() {
    return this.count;
  }
  /** Adds the next commit (40 or 64 hex digits), once each; returns its rank. */
  add(sha) {
    if (this.width === 0) this.width = sha.length / 2;
    if (sha.length !== this.width * 2) throw new Error(`object id of unexpected length: ${sha}`);
    const rank = this.count;
    if ((rank + 1) * this.width > this.ids.length) {
      const grown = Buffer.alloc(Math.max(1024, this.ids.length * 2));
      this.ids.copy(grown);
      this.ids = grown;
    }
    this.ids.write(sha, rank * this.width, this.width, "hex");
    this.count++;
    if (this.count * 2 > this.table.length) this.rehash();
    else this.place(rank);
    return rank;
  }
  /** The rank of a commit, -1 when it is not in the index. */
  rank(sha) {
    if (this.count === 0 || sha.length !== this.width * 2) return -1;
    const id = Buffer.from(sha, "hex");
    if (id.length !== this.width) return -1;
    const mask = this.table.length - 1;
    for (let slot = id.readUInt32BE(0) & mask; ; slot = slot + 1 & mask) {
      const entry = this.table[slot];
      if (entry === EMPTY) return -1;
      const rank = entry - 1;
      if (this.ids.compare(id, 0, this.width, rank * this.width, (rank + 1) * this.width) === 0) return rank;
    }
  }
  /** The id of the commit of a rank, as hex. */
  sha(rank) {
    return this.ids.toString("hex", rank * this.width, (rank + 1) * this.width);
  }
  place(rank) {
    const mask = this.table.length - 1;
    let slot = this.ids.readUInt32BE(rank * this.width) & mask;
    while (this.table[slot] !== EMPTY) slot = slot + 1 & mask;
    this.table[slot] = rank + 1;
  }
  rehash() {
    this.table = new Int32Array(this.table.length * 2);
    for (let rank = 0; rank < this.count; rank++) this.place(rank);
  }
};

// src/sources/merges.ts
var MERGE_LOG_ARGS = ["--cc", "--no-renames", "-p", "-U0", ...PATCH_ARGS, ...LOG_PIN_ARGS, `--format=${LOG_FORMAT}`];
function mergeBatches(merges, source, options) {
  const chunks = streamGit([...options.gitArgs, "log", "--no-walk=unsorted", "--stdin", ...MERGE_LOG_ARGS, "--"], {
    cwd: options.cwd,
    input: merges.join("\n") + "\n",
    ...options.signal ? { signal: options.signal } : {}
  });
  return patchBatches(chunks, { origin: "commit", paths: options.paths, source, ...options.onCommit ? { onCommit: options.onCommit } : {}, ...options.onBinary ? { onBinary: options.onBinary } : {} });
}

// src/sources/tags.ts
var MAX_TAG = 64 * 1024 * 1024;
async function nonCommitRefs(cwd) {
  const out = await gitOutput(["for-each-ref", "--format=%(objecttype) %(objectname) %(refname)"], { cwd });
  const found = [];
  for (const line of out.toString("utf8").split("\n")) {
    const m = /^(\w+) ([0-9a-f]+) (.+)$/.exec(line);
    if (m && m[1] !== "commit") found.push({ ref: m[3], oid: m[2] });
  }
  return found;
}
async function nonCommitRevs(revs, cwd) {
  const names = revs.filter((r) => !r.startsWith("-") && !r.startsWith("^") && !r.includes("..") && !r.includes("\n"));
  if (names.length === 0) return [];
  const types = await batchCheck(names, cwd);
  return names.flatMap((name, i) => {
    const t = types[i];
    return t && t.type !== "commit" ? [{ ref: name, oid: t.oid }] : [];
  });
}
async function batchCheck(names, cwd) {
  const out = await gitOutput(["cat-file", "--batch-check=%(objectname) %(objecttype)"], { cwd, input: names.join("\n") + "\n" });
  return out.toString("utf8").split("\n").slice(0, names.length).map((line) => {
    const [oid, type] = line.split(" ");
    return oid && type && type !== "missing" && type !== "ambiguous" && /^[0-9a-f]+$/.test(oid) ? { oid, type } : null;
  });
}
function tagName(ref) {
  return ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : ref;
}
function parseTag(oid, data) {
  const text = data.toString("utf8");
  const end = text.indexOf("\n\n");
  const header = end === -1 ? text : text.slice(0, end);
  const message = end === -1 ? "" : text.slice(end + 2);
  const field = (name) => new RegExp(`^${name} (.*)$`, "m").exec(header)?.[1] ?? "";
  const who = /^(.*?) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(field("tagger"));
  const tagger = {
    sha: oid,
    author: who?.[1] ?? "",
    email: who?.[2] ?? "",
    date: who ? new Date(Number(who[3]) * 1e3).toISOString() : "",
    message: `tag ${field("tag")}: ${message.split("\n", 1)[0] ?? ""}`
  };
  return { object: field("object"), type: field("type"), tagger, message: withoutSignature(message) };
}
function withoutSignature(message) {
  const m = /\n?-----BEGIN (PGP|SSH|SIGNED) [A-Z ]*-----\n[\s\S]*-----END \1 [A-Z ]*-----\n?$/.exec(message);
  if (!m) return message;
  return message.slice(0, m.index) + m[0].replace(/[^\n]/g, "");
}
async function* tagFragments(targets, source, options) {
  const seen = /* @__PURE__ */ new Set();
  const blobs = [];
  const trees = [];
  let level = targets.map((t) => ({ oid: t.oid, tag: tagName(t.ref) }));
  while (level.length) {
    const types = await batchCheck(level.map((l) => l.oid), options.cwd);
    const tags = [];
    level.forEach((l, i) => {
      const type = types[i]?.type;
      if (type === "tag" && !seen.has(l.oid)) tags.push(l);
      else if (type === "blob") blobs.push({ ...l, file: l.tag });
      else if (type === "tree") trees.push(l);
      seen.add(l.oid);
    });
    const next = [];
    for await (const obj of readBlobs(tags.map((t) => t.oid), { cwd: options.cwd, maxSize: MAX_TAG, ...options.signal ? { signal: options.signal } : {} })) {
      const t = tags.find((x) => x.oid === obj.id);
      if (!obj.data) continue;
      const parsed = parseTag(obj.id, obj.data);
      source.stats.bytes += obj.data.length;
      if (parsed.message.trim()) yield { text: parsed.message, path: null, startLine: 1, origin: "message", commit: parsed.tagger, gitTag: t.tag };
      if (parsed.type !== "commit" && /^[0-9a-f]+$/.test(parsed.object)) next.push({ oid: parsed.object, tag: t.tag, info: parsed.tagger });
    }
    level = next;
  }
  for (const tree of trees) blobs.push(...await treeBlobs(tree, options));
  yield* blobFragments(blobs, source, options);
}
async function* tagBatches(targets, source, options) {
  if (targets.length === 0) return;
  let batch = [];
  for await (const f of tagFragments(targets, source, options)) {
    batch.push(f);
    if (batch.length >= 256) yield batch.splice(0);
  }
  if (batch.length) yield batch;
}
async function treeBlobs(tree, options) {
  const out = await gitOutput(["ls-tree", "-r", "-z", "--full-tree", tree.oid], { cwd: options.cwd });
  const found = [];
  for (const entry of out.toString("utf8").split("\0")) {
    const m = /^\d+ blob ([0-9a-f]+)\t([\s\S]+)$/.exec(entry);
    if (!m || options.paths.check(m[2]).skip) continue;
    found.push({ oid: m[1], file: `${tree.tag}:${m[2]}`, tag: tree.tag, ...tree.info ? { info: tree.info } : {} });
  }
  return found;
}
async function* blobFragments(blobs, source, options) {
  let i = 0;
  for await (const blob of readBlobs(blobs.map((b) => b.oid), { cwd: options.cwd, maxSize: options.maxBlobSize, ...options.signal ? { signal: options.signal } : {} })) {
    const b = blobs[i++];
    if (!blob.data) {
      addNote(source, b.file, `tagged blob skipped: ${blob.size} bytes is over the size limit (maxFileSize)`);
      continue;
    }
    source.stats.bytes += blob.data.length;
    if (isBinary(blob.data)) {
      addNote(source, b.file, "tagged binary blob skipped");
      continue;
    }
    const inner = b.file.startsWith(`${b.tag}:`) ? b.file.slice(b.tag.length + 1) : b.file;
    const { disabled } = options.paths.check(inner);
    const f = { text: blob.data.toString("utf8"), path: b.file, startLine: 1, origin: "commit", gitTag: b.tag };
    if (b.info) f.commit = b.info;
    if (disabled) f.disabledRules = disabled;
    yield f;
  }
}

// src/sources/history.ts
var LOG_ARGS = ["-p", "--no-diff-merges", `-U${CONTEXT_LINES}`, "-M", ...PATCH_ARGS, ...LOG_PIN_ARGS, `--format=${LOG_FORMAT}`];
function checkRevs(revs) {
  for (const rev of revs) {
    if (rev.startsWith("-") && rev !== "--not" && !/^--(all|branches|tags|remotes|glob)(=|$)/.test(rev)) {
      throw new LeakguardError(`REV: "${rev}" looks like an option, not a revision`);
    }
  }
}
function revListArgs(options) {
  checkRevs(options.revs);
  const args = ["rev-list", "--parents", ...options.revs.length ? options.revs : ["--all"]];
  if (options.since) args.push(`--since=${options.since}`);
  if (options.until) args.push(`--until=${options.until}`);
  if (options.maxCommits !== void 0) args.push(`--max-count=${options.maxCommits}`);
  args.push("--");
  return args;
}
var MERGE_COST = 1.5;
var MIN_BATCH = 150;
var MAX_BATCH = 4e3;
var MAX_BATCH_BYTES = 20 * 1024 * 1024;
var MAX_COMMITS = 5e4;
function batchCap(stats) {
  if (stats.commits < 1e3) return MAX_BATCH;
  return Math.min(MAX_COMMITS, Math.max(MAX_BATCH, Math.floor(MAX_BATCH_BYTES / (stats.bytes / stats.commits))));
}
async function* workItems(list, jobs, cap = () => MAX_BATCH) {
  let c = 0;
  let m = 0;
  const left = () => list.commits.length - c + (list.merges.length - m) * MERGE_COST;
  for (; ; ) {
    while (!list.done && left() < 2 * jobs * MAX_BATCH) await list.more();
    const max = cap();
    const { commits, merges } = list;
    const leftCommits = commits.length - c;
    const leftMerges = merges.length - m;
    if (leftCommits === 0 && leftMerges === 0) {
      await list.more();
      return;
    }
    const share = Math.min(max, Math.max(MIN_BATCH, Math.ceil(left() / (2 * jobs))));
    const takeMerges = leftMerges > 0 && (leftCommits === 0 || m / merges.length <= c / commits.length);
    if (takeMerges) {
      const n = Math.min(leftMerges, Math.ceil(share / MERGE_COST));
      yield { merges: true, shas: merges.slice(m, m + n).map((r) => list.sha(r)) };
      m += n;
    } else {
      const n = Math.min(leftCommits, share);
      yield { merges: false, shas: commits.slice(c, c + n).map((r) => list.sha(r)) };
      c += n;
    }
  }
}
function listCommits(args, options, index) {
  const commits = [];
  const merges = [];
  let done = false;
  let error;
  let waiting = [];
  let listedNow = () => {
  };
  const listed = new Promise((resolve) => listedNow = resolve);
  const wake = () => {
    const w = waiting;
    waiting = [];
    for (const f of w) f();
  };
  const add = (line) => {
    if (!line) return;
    const space = line.indexOf(" ");
    const rank = index.add(space === -1 ? line : line.slice(0, space));
    (space === -1 || line.indexOf(" ", space + 1) === -1 ? commits : merges).push(rank);
  };
  void (async () => {
    try {
      let rest = "";
      for await (const chunk of streamGit(args, options.signal ? { cwd: options.cwd, signal: options.signal } : { cwd: options.cwd })) {
        const lines = (rest + chunk.toString("latin1")).split("\n");
        rest = lines.pop();
        for (const line of lines) add(line);
        wake();
      }
      add(rest);
      listedNow();
    } catch (err) {
      error = err;
    } finally {
      done = true;
      wake();
    }
  })();
  return {
    commits,
    merges,
    sha: (rank) => index.sha(rank),
    listed,
    get done() {
      return done;
    },
    more() {
      if (error !== void 0) return Promise.reject(error);
      if (done) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve)).then(() => {
        if (error !== void 0) throw error;
      });
    }
  };
}
function messageFragment(commit, message) {
  return message ? { text: message, path: null, startLine: 1, origin: "message", commit } : void 0;
}
var HistorySource = class {
  constructor(options) {
    this.options = options;
  }
  options;
  stats = newStats();
  errors = [];
  notes = [];
  /** commits to scan, known once rev-list has answered */
  total;
  index = new CommitIndex();
  /** files git printed as binary, by new blob id and path: each read once, at the oldest commit that added it there */
  blobs = /* @__PURE__ */ new Map();
  lfsNote = notesOnce(this);
  /** `-c` settings of the `git log` processes */
  gitArgs = PACK_WINDOW_ARGS;
  /** Age rank of a commit: higher is older (its index in rev-list's output). */
  rank = (sha) => this.index.rank(sha);
  async *fragments(signal) {
    for await (const batch of this.batches(signal)) yield* batch;
  }
  /** The fragments in batches (see Source.batches). */
  async *batches(signal) {
    if (this.options.commits !== false) {
      for await (const batch of this.commitBatches(signal)) {
        if (this.options.submodulesNoted) this.noteGitlinks(batch, this.options.submodulesNoted);
        const objects = await lfsFragments(batch, this.options.lfs, this.options.maxBlobSize ?? 10 * 1024 * 1024, this.lfsNote);
        yield objects.length ? [...batch, ...objects] : batch;
      }
    }
    if (signal?.aborted) return;
    const { cwd, revs } = this.options;
    const targets = this.options.tagged ?? (revs.length ? await nonCommitRevs(revs, cwd) : await nonCommitRefs(cwd));
    yield* tagBatches(targets, this, { cwd, paths: this.options.paths, maxBlobSize: this.options.maxBlobSize ?? 10 * 1024 * 1024, signal });
  }
  gitlinks = /* @__PURE__ */ new Set();
  /** A submodule's commit in the patches (`+Subproject commit <id>`) that is not at HEAD. */
  noteGitlinks(batch, known) {
    for (const f of batch) {
      if (f.path === null || !f.text.startsWith("Subproject commit ") || known.has(f.path) || this.gitlinks.has(f.path)) continue;
      this.gitlinks.add(detach(f.path));
      addNote(this, f.path, "submodule (in the history, not at HEAD): its history is not audited", true);
    }
  }
  async *commitBatches(signal) {
    const opts = signal ? { cwd: this.options.cwd, signal } : { cwd: this.options.cwd };
    const list = listCommits(revListArgs(this.options), opts, this.index);
    const [shallow, cacheSet] = await Promise.all([
      gitOutput(["rev-parse", "--is-shallow-repository"], opts),
      gitOutput(["config", "--get", "core.deltaBaseCacheLimit"], opts).then(
        (out) => out.length > 0,
        () => false
        // exit 1: not set
      )
    ]);
    if (shallow.toString().trim() === "true") {
      addNote(this, null, "shallow clone: commits before the shallow boundary are not available, and secrets they added are reported at the boundary commit (git fetch --unshallow for a full audit)");
    }
    const jobs = Math.max(1, this.options.jobs ?? Math.min(4, availableParallelism()));
    this.gitArgs = cacheSet ? [...PACK_WINDOW_ARGS] : [...PACK_WINDOW_ARGS, "-c", `core.deltaBaseCacheLimit=${Math.floor(96 / jobs)}m`];
    const mergeOptions = { cwd: this.options.cwd, paths: this.options.paths, signal, onCommit: messageFragment, onBinary: this.onBinary, gitArgs: this.gitArgs };
    void list.listed.then(() => this.total = this.index.size);
    yield* parallel(workItems(list, jobs, () => batchCap(this.stats)), jobs, (w) => w.merges && !this.options.skipMerges ? mergeBatches(w.shas, this, mergeOptions) : this.batch(w.shas, signal), 64, signal);
    if (this.blobs.size && !signal?.aborted) {
      const binaries = binaryChangeFragments([...this.blobs.values()], {
        cwd: this.options.cwd,
        maxSize: this.options.maxBlobSize ?? 10 * 1024 * 1024,
        strings: this.options.binary ?? false,
        paths: this.options.paths,
        origin: "commit",
        source: this,
        signal
      });
      let ready = [];
      for await (const f of binaries) {
        ready.push(f);
        if (ready.length >= 64) yield ready.splice(0);
      }
      if (ready.length) yield ready;
    }
  }
  /** A file git printed as binary: kept for binaryChangeFragments, with the oldest commit that added its blob. */
  onBinary = (path, commit, blob, oldBlobs) => {
    if (!blob) return true;
    const key = `${blob}\0${path}`;
    const prior = this.blobs.get(key);
    if (prior && this.rank(prior.commit?.sha ?? "") >= this.rank(commit?.sha ?? "")) return true;
    if (!this.options.paths.check(path).skip) this.blobs.set(detach(key), { path: detach(path), commit, blob: detach(blob), oldBlobs: oldBlobs.map(detach) });
    return true;
  };
  batch(shas, signal) {
    const chunks = streamGit([...this.gitArgs, "log", "--no-walk=unsorted", "--stdin", ...LOG_ARGS, "--"], {
      cwd: this.options.cwd,
      input: shas.join("\n") + "\n",
      ...signal ? { signal } : {}
    });
    return patchBatches(chunks, {
      origin: "commit",
      paths: this.options.paths,
      source: this,
      onCommit: messageFragment,
      onBinary: this.onBinary
    });
  }
};
export {
  HistorySource,
  batchCap,
  checkRevs,
  listCommits,
  revListArgs,
  workItems
};
