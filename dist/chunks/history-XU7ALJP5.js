import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  printableRuns,
  readBlobs
} from "./chunk-IYDZYGJM.js";
import {
  LOG_FORMAT,
  LeakguardError,
  PACK_WINDOW_ARGS,
  addNote,
  detach,
  gitOutput,
  newStats,
  patchBatches,
  streamGit
} from "./chunk-HHFGDUQN.js";
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
var MERGE_LOG_ARGS = ["--cc", "--no-renames", "-p", "-U0", "--full-index", "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", `--format=${LOG_FORMAT}`];
function mergeBatches(merges, source, options) {
  const chunks = streamGit([...options.gitArgs, "log", "--no-walk=unsorted", "--stdin", ...MERGE_LOG_ARGS, "--"], {
    cwd: options.cwd,
    input: merges.join("\n") + "\n",
    ...options.signal ? { signal: options.signal } : {}
  });
  return patchBatches(chunks, { origin: "commit", paths: options.paths, source, ...options.onCommit ? { onCommit: options.onCommit } : {} });
}

// src/sources/history.ts
var LOG_ARGS = ["-p", "-U0", "-M", "--full-index", "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", `--format=${LOG_FORMAT}`];
function checkRevs(revs) {
  for (const rev of revs) {
    if (rev.startsWith("-") && rev !== "--not" && !/^--(all|branches|tags|remotes)(=|$)/.test(rev)) {
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
  blobs = /* @__PURE__ */ new Map();
  /** `-c` settings of the `git log` processes */
  gitArgs = PACK_WINDOW_ARGS;
  /** Age rank of a commit: higher is older (its index in rev-list's output). */
  rank = (sha) => this.index.rank(sha);
  async *fragments(signal) {
    for await (const batch of this.batches(signal)) yield* batch;
  }
  /** The fragments in batches (see Source.batches). */
  async *batches(signal) {
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
    const mergeOptions = { cwd: this.options.cwd, paths: this.options.paths, signal, onCommit: messageFragment, gitArgs: this.gitArgs };
    void list.listed.then(() => this.total = this.index.size);
    yield* parallel(workItems(list, jobs, () => batchCap(this.stats)), jobs, (w) => w.merges ? mergeBatches(w.shas, this, mergeOptions) : this.batch(w.shas, signal), 64, signal);
    if (this.options.binary && this.blobs.size && !signal?.aborted) {
      const binaries = [];
      for await (const f of this.binaries(signal)) binaries.push(f);
      yield binaries;
    }
  }
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
      onBinary: (path, commit, blob) => {
        if (!this.options.binary || !blob) return false;
        const prior = this.blobs.get(blob);
        if (prior && this.rank(prior.commit?.sha ?? "") >= this.rank(commit?.sha ?? "")) return true;
        if (!this.options.paths.check(path).skip) this.blobs.set(detach(blob), { path: detach(path), commit });
        return true;
      }
    });
  }
  /** Printable strings of the binary blobs met in the patches, each blob once, at the commit that added it. */
  async *binaries(signal) {
    const max = this.options.maxBlobSize ?? 10 * 1024 * 1024;
    for await (const blob of readBlobs([...this.blobs.keys()], { cwd: this.options.cwd, maxSize: max, ...signal ? { signal } : {} })) {
      const where = this.blobs.get(blob.id);
      if (!blob.data) {
        addNote(this, where.path, `binary blob ${blob.id.slice(0, 12)} skipped: ${blob.size} bytes is over the size limit`);
        continue;
      }
      const { disabled } = this.options.paths.check(where.path);
      for (const run of printableRuns(blob.data)) {
        const f = { text: run.text, path: where.path, startLine: 1, startColumn: run.offset + 1, origin: "commit" };
        if (where.commit) f.commit = where.commit;
        if (disabled) f.disabledRules = disabled;
        yield f;
      }
    }
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
