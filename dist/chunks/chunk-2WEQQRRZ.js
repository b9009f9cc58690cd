import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-ATRH4UCP.js";
import {
  builtinFormatter
} from "./chunk-FEY3S36H.js";
import {
  summary
} from "./chunk-5NRU6M34.js";
import {
  addAnatomy
} from "./chunk-A2R2TMDW.js";
import {
  PathFilter
} from "./chunk-C2HXGN7L.js";
import {
  findRepoRoot,
  loadConfig
} from "./chunk-VN26XYKV.js";
import {
  MAX_DECODE_DEPTH,
  scanFragment
} from "./chunk-TSTTUUZP.js";
import {
  SEVERITIES,
  severityRank
} from "./chunk-EQJNLXLZ.js";
import {
  existsSync,
  readFileSync,
  statSync
} from "./chunk-3NFHWOJD.js";
import {
  LeakguardError,
  errorMessage
} from "./chunk-IE2RY4AB.js";
import {
  compareFindings,
  toFinding
} from "./chunk-NBPJRJHV.js";
import {
  printable
} from "./chunk-JTGSKFO5.js";

// src/cli/scan-command.ts
import { dirname, join as join3, resolve as resolve6 } from "node:path";
import { fileURLToPath } from "node:url";

// src/aws/enrich.ts
async function enrichAws(findings, options) {
  const out = addAnatomy(findings, options.accounts);
  if (!options.verify || !out.some((f) => f.aws)) return out;
  const { verifyFindings } = await import("./verify-UVFCUM5Y.js");
  return verifyFindings(out, options.verify);
}

// src/findings/redact.ts
var MAX_STARS = 16;
function redact(secret, redaction) {
  if (redaction === null) return secret;
  const len = [...secret].length;
  const shown = redaction === void 0 ? Math.min(4, Math.floor(len / 4)) : Math.floor(len * (100 - redaction) / 100);
  const chars = [...secret];
  return chars.slice(0, shown).join("") + "*".repeat(Math.max(1, Math.min(MAX_STARS, len - shown)));
}
function redactFinding(f, redaction) {
  if (redaction === null) return f;
  const secret = redact(f.secret, redaction);
  let match = f.match.split(f.secret).join(secret);
  const related = f.related?.map((r) => {
    const rs = redact(r.secret, redaction);
    match = match.split(r.secret).join(rs);
    return { ...r, secret: rs };
  });
  return { ...f, secret, match, ...related ? { related } : {} };
}
function redactResult(result, redaction) {
  if (redaction === null) return result;
  const all = [...result.findings, ...result.suppressed ?? []];
  const secrets = /* @__PURE__ */ new Map();
  for (const f of all) for (const s of [f.secret, ...(f.related ?? []).map((r) => r.secret)]) secrets.set(s, redact(s, redaction));
  const ordered = [...secrets].sort((a, b) => b[0].length - a[0].length);
  const message = (text) => ordered.reduce((t, [s, r]) => t.includes(s) ? t.split(s).join(r) : t, text);
  const one = (f) => {
    const r = { ...f, ...redactFinding(f, redaction) };
    if (f.commit && ordered.some(([s]) => f.commit.message.includes(s))) r.commit = { ...f.commit, message: message(f.commit.message) };
    return r;
  };
  return { ...result, findings: result.findings.map(one), ...result.suppressed ? { suppressed: result.suppressed.map(one) } : {} };
}

// src/cli/report-output.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/cli/scan-options.ts
function parseRedaction(redact2, percent) {
  if (percent === void 0 || percent === null) return redact2 === false ? null : void 0;
  const text = String(percent).trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 100) throw new LeakguardError(`--redact: "${String(percent)}" is not a percentage (a whole number from 0 to 100)`);
  return n === 0 ? null : n;
}
function parseDecodeDepth(decode, depth) {
  if (depth !== void 0) {
    const text = String(depth).trim();
    const n = Number(text);
    if (typeof depth === "boolean" || !/^\d+$/.test(text) || n > MAX_DECODE_DEPTH) {
      throw new LeakguardError(`--max-decode-depth: "${String(depth)}" must be a whole number from 0 (no decoding) to ${MAX_DECODE_DEPTH}`);
    }
    if (decode === false && n > 0) throw new LeakguardError("--max-decode-depth: cannot be combined with --no-decode");
    return n;
  }
  return decode === false ? 0 : void 0;
}
function parseExitCode(value) {
  if (value === void 0) return 1;
  const n = Number(value);
  if (typeof value === "boolean" || String(value).trim() === "" || !Number.isInteger(n) || n < 0 || n > 255) {
    throw new LeakguardError(`--exit-code: "${String(value)}" must be a whole number from 0 to 255`);
  }
  return n;
}
var DEFAULT_FAIL_ON = "medium";
function parseFailOn(value) {
  if (value === void 0) return DEFAULT_FAIL_ON;
  const s = String(value).toLowerCase();
  if (!SEVERITIES.includes(s)) throw new LeakguardError(`--fail-on: "${String(value)}" is not a severity (${SEVERITIES.join(", ")})`);
  return s;
}
function parseReports(value) {
  const list = value === void 0 ? [] : Array.isArray(value) ? value : [value];
  return list.map((v) => {
    const s = String(v);
    const eq = s.indexOf("=");
    if (eq <= 0 || eq === s.length - 1) throw new LeakguardError(`--report: "${s}" must be FORMAT=FILE (e.g. sarif=leakguard.sarif)`);
    return { format: s.slice(0, eq), file: s.slice(eq + 1) };
  });
}

// src/cli/report-output.ts
async function formatter(spec, cwd, flag) {
  const builtin = await builtinFormatter(spec);
  if (builtin) return builtin;
  const { loadFormatter } = await import("./load-X6BPCQI2.js");
  return loadFormatter(spec, cwd, flag);
}
async function loadOutputs(a, cwd) {
  const main = await formatter(a.format, cwd, "--format");
  const reports = await Promise.all(
    parseReports(a.report).map(async (r) => {
      const label = `--report ${r.format}=${r.file}`;
      return { label, file: r.file, formatter: await formatter(r.format, cwd, label) };
    })
  );
  return { main, reports };
}
async function writeOutputs(report, outputs, ctx) {
  const { a, io } = ctx;
  const base = { color: false, command: ctx.command, prePush: a.prePush ?? false, verbose: a.verbose ?? false, version: VERSION, rules: ctx.rules, startedAt: ctx.startedAt, scope: scopeOf(a, ctx.command), ...ctx.failOn ? { failOn: ctx.failOn } : {} };
  for (const r of outputs.reports) await write(ctx.cwd, r.file, await r.formatter.format(report, base), r.label);
  const clean = report.findings.length === 0 && report.errors.length === 0;
  if (!a.output && a.quiet && clean) return;
  const color = !a.output && (a.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR));
  const text = await outputs.main.format(report, { ...base, color });
  if (a.output) {
    await write(ctx.cwd, a.output, text, `--output: ${a.output}`);
    if (!(a.quiet && clean)) io.stderr(`leakguard: ${summary(report, { command: ctx.command })} (report: ${a.output})
`);
  } else if (!(a.quiet && clean)) io.stdout(text);
}
function scopeOf(a, command) {
  if (command === "history") {
    const revs = [...a.revs ?? [], ...(a._ ?? []).slice(1).map(String)];
    const parts = [a.prePush ? "the pushed commits" : revs.length ? revs.join(" ") : a.branch ? a.branch : "all refs"];
    if (a.branch && revs.length) parts.push(`on ${a.branch}`);
    if (a.since) parts.push(`since ${a.since}`);
    if (a.until) parts.push(`until ${a.until}`);
    if (a.maxCommits) parts.push(`at most ${a.maxCommits} commits`);
    return parts.join(" ");
  }
  if (command === "scan") return (a.paths?.length ? a.paths : ["."]).join(" ");
  return void 0;
}
async function write(cwd, file, text, label) {
  try {
    await writeFile(resolve(cwd, file), text);
  } catch (err) {
    throw new LeakguardError(`${label}: cannot write: ${errorMessage(err)}`);
  }
}

// src/cli/scan-run.ts
import { relative as relative2, resolve as resolve5, sep } from "node:path";

// src/config/git-secrets-read.ts
import { join, resolve as resolve2 } from "node:path";
async function readGitSecrets(cwd, root, env = process.env) {
  const gs = { patterns: [], allowed: [], providers: [], gitallowed: [] };
  if (mayHaveGitSecrets(root, env)) {
    const { execFile } = await import("node:child_process");
    const out = await new Promise((done) => {
      execFile("git", ["config", "-z", "--get-regexp", "^secrets\\.(patterns|allowed|providers)$"], { cwd, env, encoding: "utf8" }, (err, stdout) => done(err ? "" : stdout));
    });
    for (const item of out.split("\0")) {
      const nl = item.indexOf("\n");
      if (nl < 0) continue;
      const key = item.slice(0, nl).toLowerCase();
      const list = key === "secrets.patterns" ? gs.patterns : key === "secrets.allowed" ? gs.allowed : key === "secrets.providers" ? gs.providers : null;
      list?.push(item.slice(nl + 1));
    }
  }
  const file = root ? join(root, ".gitallowed") : null;
  if (file && existsSync(file)) {
    gs.gitallowed = readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith("#"));
  }
  const any = gs.patterns.length + gs.allowed.length + gs.providers.length + gs.gitallowed.length;
  return any ? gs : null;
}
function mayHaveGitSecrets(root, env = process.env) {
  if (process.platform !== "linux") return true;
  if (env.GIT_CONFIG_PARAMETERS || env.GIT_CONFIG_COUNT || env.GIT_CONFIG || env.GIT_DIR) return true;
  const files = [];
  if (!env.GIT_CONFIG_NOSYSTEM) files.push(...env.GIT_CONFIG_SYSTEM ? [env.GIT_CONFIG_SYSTEM] : ["/etc/gitconfig", "/usr/local/etc/gitconfig"]);
  const home = env.HOME ?? "";
  if (env.GIT_CONFIG_GLOBAL) files.push(env.GIT_CONFIG_GLOBAL);
  else files.push(join(home, ".gitconfig"), join(env.XDG_CONFIG_HOME || join(home, ".config"), "git", "config"));
  if (root) {
    const local = localConfigFiles(root);
    if (!local) return true;
    files.push(...local);
  }
  for (const f of files) {
    let text;
    try {
      text = readFileSync(f, "utf8");
    } catch (err) {
      if (err.code === "ENOENT" || err.code === "ENOTDIR") continue;
      return true;
    }
    if (/secrets|include/i.test(text)) return true;
  }
  return false;
}
function localConfigFiles(root) {
  const dotgit = join(root, ".git");
  try {
    if (statSync(dotgit).isDirectory()) return [join(dotgit, "config"), join(dotgit, "config.worktree")];
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotgit, "utf8"));
    if (!m) return null;
    const gitdir = resolve2(root, m[1]);
    const commondir = join(gitdir, "commondir");
    const common = existsSync(commondir) ? resolve2(gitdir, readFileSync(commondir, "utf8").trim()) : gitdir;
    return [join(common, "config"), join(gitdir, "config.worktree"), join(gitdir, "config")];
  } catch {
    return null;
  }
}

// src/findings/dedupe.ts
var FindingSet = class {
  constructor(options) {
    this.options = options;
  }
  options;
  byKey = /* @__PURE__ */ new Map();
  plain = /* @__PURE__ */ new Map();
  /** history: the files each secret was added to */
  filesOf = /* @__PURE__ */ new Map();
  add(f) {
    if (!this.options.history) {
      const key2 = `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}`;
      const prior = this.plain.get(key2);
      if (!prior) this.plain.set(key2, f);
      else this.plain.set(key2, mergeRelated(prior, f));
      return;
    }
    const related = f.related?.length ? `\0${f.related.map((r) => r.fingerprint ?? r.ruleId).sort().join("\0")}` : "";
    const key = `${f.file ?? (f.gitTag !== void 0 ? `\0tag ${f.gitTag}` : "\0message")}\0${f.ruleId}\0${f.secretHash}${related}`;
    if (f.file !== null) {
      let files = this.filesOf.get(f.secretHash);
      if (!files) this.filesOf.set(f.secretHash, files = /* @__PURE__ */ new Set());
      files.add(f.file);
    }
    const sha = f.commit?.sha ?? "";
    const entry = this.byKey.get(key);
    if (!entry) {
      this.byKey.set(key, { finding: f, commits: /* @__PURE__ */ new Set([sha]) });
      return;
    }
    entry.commits.add(sha);
    const rank = this.options.rank ?? (() => 0);
    const current = entry.finding.commit?.sha ?? "";
    if (rank(sha) > rank(current) || sha === current && f.line < entry.finding.line) entry.finding = f;
  }
  findings() {
    if (!this.options.history) return [...this.plain.values()];
    return [...this.byKey.values()].map(({ finding, commits }) => ({
      ...finding,
      history: { occurrences: commits.size, files: [...this.filesOf.get(finding.secretHash) ?? []].sort() }
    }));
  }
};
function mergeRelated(a, b) {
  const extra = (b.related ?? []).filter((r) => !(a.related ?? []).some((q) => q.fingerprint === r.fingerprint && q.line === r.line && q.column === r.column));
  if (extra.length === 0) return a;
  const severity = severityRank(b.severity) > severityRank(a.severity) ? b.severity : a.severity;
  return { ...a, severity, related: [...a.related ?? [], ...extra] };
}

// src/scan.ts
async function runScan(source, config, options = {}) {
  const started = Date.now();
  const set = new FindingSet(options.history ? { history: true, rank: options.history.rank } : { history: false });
  const explain = options.explain;
  const scan = (fragment) => {
    if (explain) for (const f of explain.scan(fragment, config.ruleSet)) set.add(f);
    else for (const c of scanFragment(fragment, config.ruleSet).findings) set.add(toFinding(c, fragment));
  };
  if (source.batches) {
    for await (const batch of source.batches(options.signal)) {
      for (const fragment of batch) scan(fragment);
      options.onFragment?.(source);
      if (options.signal?.aborted) break;
    }
  } else {
    for await (const fragment of source.fragments(options.signal)) {
      scan(fragment);
      options.onFragment?.(source);
      if (options.signal?.aborted) break;
    }
  }
  const findings = set.findings().sort(compareFindings);
  return {
    findings,
    errors: source.errors,
    notes: source.notes,
    stats: { ...source.stats, ms: Math.round(Date.now() - started) },
    ...explain ? { suppressed: explain.suppressed().sort(compareFindings) } : {}
  };
}

// src/cli/sources.ts
import { resolve as resolve3 } from "node:path";
async function makeSource(command, a, io, ctx) {
  switch (command) {
    case "scan": {
      const { FilesSource } = await import("./files-V3NMXS4D.js");
      const lfs = a.lfs ? await lfsStore(ctx.cwd) : void 0;
      return new FilesSource({
        cwd: ctx.cwd,
        paths: a.paths ?? [],
        maxFileSize: ctx.maxFileSize,
        filter: ctx.filter,
        root: ctx.root,
        stdin: io.stdin,
        recurseSubmodules: a.recurseSubmodules ?? false,
        ...lfs ? { lfs } : {}
      });
    }
    case "staged": {
      const { StagedSource } = await import("./staged-ALKBTTA7.js");
      return new StagedSource(ctx.cwd, ctx.filter, a.stagedDiff, ctx.maxFileSize);
    }
    case "message": {
      const { MessageSource } = await import("./message-OD5XQFZI.js");
      return new MessageSource(resolve3(ctx.cwd, a.file), a.file);
    }
    case "history": {
      const { HistorySource } = await import("./history-POPIYUAA.js");
      let revs = [...a.revs ?? [], ...(a._ ?? []).slice(1).map(String)];
      let pushed = null;
      if (a.prePush) {
        const { prePushRevs } = await import("./prepush-Y2RYTNFW.js");
        const remote = a.remote || io.env.PRE_COMMIT_REMOTE_NAME || void 0;
        pushed = await prePushRevs(await readAll(io.stdin), ctx.cwd, remote);
        if (!pushed) return null;
        revs = pushed.revs;
      } else if (a.remote !== void 0) throw new LeakguardError("--remote: only used with --pre-push");
      if (a.maxCommits !== void 0 && (!Number.isInteger(a.maxCommits) || a.maxCommits < 1)) {
        throw new LeakguardError(`--max-commits: must be a positive whole number`);
      }
      if (a.branch) revs = [a.branch, ...revs];
      if (a.jobs !== void 0 && (!Number.isInteger(a.jobs) || a.jobs < 1)) throw new LeakguardError(`--jobs: must be a positive whole number`);
      const options = {
        cwd: ctx.cwd,
        revs,
        since: a.since,
        until: a.until,
        maxCommits: a.maxCommits,
        paths: ctx.filter,
        jobs: a.jobs,
        binary: a.binary ?? false,
        maxBlobSize: ctx.maxFileSize,
        ...a.lfs ? { lfs: await lfsStore(ctx.cwd) } : {}
      };
      if (pushed) return new HistorySource({ ...options, tagged: pushed.objects, commits: pushed.revs.length > 0 });
      const atHead = /* @__PURE__ */ new Set();
      const main = new HistorySource({ ...options, submodulesNoted: atHead });
      return withSubmodules(main, options, a.recurseSubmodules ?? false, atHead);
    }
  }
}
async function withSubmodules(main, options, recurse, atHead) {
  const { submodulesAtHead, RecursiveHistory } = await import("./submodules-PF3DX7TO.js");
  const { HistorySource } = await import("./history-POPIYUAA.js");
  const { addNote } = await import("./source-XWSY33AY.js");
  const audited = [];
  const visit = async (cwd, prefix) => {
    for (const s of await submodulesAtHead(cwd)) {
      const path = prefix + s.path;
      if (!prefix) atHead.add(s.path);
      if (!recurse) addNote(main, path, "submodule: its history is not audited (--recurse-submodules audits it)", true);
      else if (!s.dir) addNote(main, path, "submodule not checked out: its history is not audited", true);
      else {
        const lfs = options.lfs ? await lfsStore(s.dir) : void 0;
        audited.push({ path, dir: s.dir, source: new HistorySource({ ...options, cwd: s.dir, revs: [], lfs }) });
        await visit(s.dir, `${path}/`);
      }
    }
  };
  await visit(options.cwd, "");
  return audited.length ? new RecursiveHistory(main, options.cwd, audited) : main;
}
async function lfsStore(cwd) {
  const { LfsObjects } = await import("./lfs-ALHG74FF.js");
  try {
    return await LfsObjects.open(cwd);
  } catch {
    throw new LeakguardError("--lfs: not a git repository (Git LFS objects live in one)");
  }
}
async function readAll(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString("utf8");
}

// src/cli/progress.ts
var NONE = { update() {
}, end() {
} };
function progress(io, enabled) {
  if (!enabled || !io.stderrIsTTY) return NONE;
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 100 || total === void 0) return;
      last = now;
      const secs = (now - started) / 1e3;
      const rate = done / Math.max(secs, 1e-3);
      const eta = rate > 0 && total > done ? ` \xB7 ${formatDuration((total - done) / rate)} left` : "";
      const pct = total ? Math.floor(done / total * 100) : 100;
      io.stderr(`\r\x1B[Kleakguard: ${done}/${total} commits (${pct}%) \xB7 ${Math.round(rate)} commits/s${eta}`);
      drawn = true;
    },
    end() {
      if (drawn) io.stderr("\r\x1B[K");
    }
  };
}
function formatDuration(s) {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.ceil(s % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

// src/cli/suppression.ts
import { readFile } from "node:fs/promises";
import { join as join2, relative, resolve as resolve4 } from "node:path";
async function loadSuppressions(root, cwd, baselineFile) {
  const ignorePath = join2(root, ".leakguardignore");
  const hasIgnore = existsSync(ignorePath);
  if (!hasIgnore && baselineFile === void 0) return null;
  const loaded = {};
  if (hasIgnore) {
    const { parseIgnoreFile } = await import("./ignore-file-C5ZHHEOL.js");
    const label = display(cwd, ignorePath);
    const text = await read(ignorePath, label);
    let entries = parseIgnoreFile(text, label);
    if (entries.some((e) => e.path !== void 0)) {
      const { default: picomatch } = await import("./picomatch-NDLLURJ6.js");
      entries = parseIgnoreFile(text, label, (glob) => picomatch(glob, { dot: true }));
    }
    loaded.ignore = { label, entries };
  }
  if (baselineFile !== void 0) {
    const { parseBaseline } = await import("./baseline-BAUIH6T4.js");
    const path = resolve4(cwd, baselineFile);
    if (!existsSync(path)) throw new LeakguardError(`--baseline: ${baselineFile}: no such file (create it with \`leakguard baseline\`)`);
    loaded.baseline = { label: baselineFile, fingerprints: parseBaseline(await read(path, `--baseline: ${baselineFile}`), baselineFile) };
  }
  return loaded;
}
async function read(path, label) {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new LeakguardError(`${label}: ${errorMessage(err)}`);
  }
}
function display(cwd, path) {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}

// src/cli/scan-run.ts
async function scanRun(command, a, io, cwd, settings) {
  const root = findRepoRoot(cwd) ?? cwd;
  const extra = a.config === false ? void 0 : await gitSecretsExtra(cwd, root, a, io);
  const config = withDecodeDepth(
    await loadConfig({ cwd, ...typeof a.config === "string" ? { configFile: a.config } : {}, noConfig: a.config === false, ...extra ? { extra } : {} }),
    parseDecodeDepth(a.decode, a.maxDecodeDepth)
  );
  const repoPath = repoPathOf(cwd, root);
  const filter = new PathFilter(config.allowPath, config.ruleSet.rules);
  const sourceFilter = settings.explain ? new PathFilter(void 0, []) : filter;
  const source = await makeSource(command, a, io, { cwd, root, filter: sourceFilter, maxFileSize: config.maxFileSize });
  if (!source) return null;
  const explain = settings.explain ? await explainer(filter, repoPath, command === "history") : void 0;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const result = await interruptible(source, config, { ...explain ? { explain } : {} }, { io, quiet: a.quiet ?? false, cwd });
  const loaded = await loadSuppressions(root, cwd, settings.baseline);
  if (loaded) {
    const { applySuppressions } = await import("./suppress-2KAAO46C.js");
    const { findings, suppressed } = applySuppressions(result.findings, { ...loaded, repoPath });
    result.findings = findings;
    if (result.suppressed) result.suppressed = [...result.suppressed, ...suppressed].sort(compareFindings);
  }
  return { result, config, startedAt, repoPath };
}
function withDecodeDepth(config, depth) {
  return depth === void 0 || depth === config.ruleSet.decodeDepth ? config : { ...config, ruleSet: { ...config.ruleSet, decodeDepth: depth } };
}
async function interruptible(source, config, options, ctx) {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once("SIGINT", onSigint);
  const rank = source.rank;
  const bar = progress(ctx.io, rank !== void 0 && !ctx.quiet);
  let result;
  try {
    result = await runScan(source, config, {
      ...options,
      signal: controller.signal,
      ...rank ? { history: { rank } } : {},
      onFragment: () => bar.update(source.stats.commits, source.total)
    });
  } finally {
    bar.end();
    process.removeListener("SIGINT", onSigint);
  }
  if (controller.signal.aborted) result.errors.push({ file: null, message: "interrupted: the report holds what was found before Ctrl-C" });
  else if (rank && result.findings.length) {
    const { markExposure } = await import("./exposure-HSUFZMCP.js");
    if (source.exposure) await source.exposure(result.findings, markExposure);
    else await markExposure(result.findings, ctx.cwd);
  }
  return result;
}
function repoPathOf(cwd, root) {
  return (f) => {
    if (f.file === null || f.origin !== "file" || cwd === root) return f.file;
    return relative2(root, resolve5(cwd, f.file)).split(sep).join("/");
  };
}
async function explainer(filter, repoPath, history) {
  const { Explainer } = await import("./explain-VGRVJAWH.js");
  return new Explainer((fragment, rule) => {
    if (fragment.origin === "stdin" || fragment.origin === "message") return void 0;
    const path = repoPath({ file: fragment.path, origin: fragment.origin });
    if (path === null) return void 0;
    const { skip, disabled } = filter.check(path);
    if (skip) return `path ${path} matches the config's allow.paths`;
    if (disabled?.has(rule.index)) return `path ${path} matches allow.paths of rule ${rule.id}`;
    return void 0;
  }, history);
}
async function gitSecretsExtra(cwd, root, a, io) {
  const gs = await readGitSecrets(cwd, root);
  if (!gs) return void 0;
  const { translateGitSecrets, asUserConfig } = await import("./git-secrets-GCJKDZXJ.js");
  const { regexSafetyProblem } = await import("./regex-safety-T5UHR5UH.js");
  const translated = translateGitSecrets(gs, (src) => regexSafetyProblem(src));
  if (a.verbose) for (const n of translated.notes) io.stderr(`leakguard: git-secrets: ${n}
`);
  return asUserConfig(translated);
}

// src/cli/scan-command.ts
function verifyOptionsOf(a) {
  if (!a.verify) {
    if (a.verifyTimeout !== void 0) throw new LeakguardError("--verify-timeout: only used with --verify");
    if (a.awsEndpoint !== void 0) throw new LeakguardError("--aws-endpoint: only used with --verify");
    return void 0;
  }
  const t = a.verifyTimeout;
  if (t !== void 0 && (!Number.isInteger(t) || t < 1 || t > 6e5)) {
    throw new LeakguardError("--verify-timeout: must be a whole number of milliseconds from 1 to 600000");
  }
  return { ...t !== void 0 ? { timeoutMs: t } : {}, ...a.awsEndpoint !== void 0 ? { endpoint: checkEndpoint(a.awsEndpoint) } : {} };
}
function checkEndpoint(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new LeakguardError(`--aws-endpoint: "${value}" is not a URL (e.g. https://sts.eu-west-1.amazonaws.com)`);
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol === "https:" || url.protocol === "http:" && loopback) return url.href;
  throw new LeakguardError(`--aws-endpoint: "${value}" must be an https URL (plain http only to 127.0.0.1, localhost or [::1])`);
}
function resolveCwd(dir, io) {
  if (dir === void 0) return io.cwd;
  const abs = resolve6(io.cwd, dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new LeakguardError(`-C: ${dir}: no such directory`);
  return abs;
}
function binPath() {
  for (let d = dirname(fileURLToPath(import.meta.url)); dirname(d) !== d; d = dirname(d)) {
    const bin = join3(d, "bin", "leakguard.js");
    if (existsSync(bin)) return bin;
  }
  return resolve6(process.argv[1] ?? "leakguard");
}
async function runScanCommand(command, a, io) {
  const cwd = resolveCwd(a.C, io);
  const redaction = parseRedaction(a.redact, a.redactPercent);
  const verify = verifyOptionsOf(a);
  const exitCode = parseExitCode(a.exitCode);
  const failOn = parseFailOn(a.failOn);
  parseDecodeDepth(a.decode, a.maxDecodeDepth);
  const outputs = await loadOutputs(a, cwd);
  const run = await scanRun(command, a, io, cwd, { explain: a.explainSuppressed ?? false, baseline: a.baseline });
  if (!run) return 0;
  run.result.findings = await enrichAws(run.result.findings, { accounts: run.config.aws.accounts, ...verify ? { verify } : {} });
  const report = redactResult(run.result, redaction);
  const rules = run.config.ruleSet.rules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, tags: r.tags }));
  await writeOutputs(report, outputs, { a, io, cwd, command, startedAt: run.startedAt, rules, failOn });
  for (const n of report.notes) if (a.verbose || n.unscanned) io.stderr(`note: ${n.file ? `${printable(n.file)}: ` : ""}${printable(n.message)}
`);
  return exitCodeOf(report, exitCode, failOn);
}
function exitCodeOf(result, exitCode, failOn) {
  const failing = result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
  if (failing) return exitCode;
  return result.errors.length ? 2 : 0;
}

export {
  runScan,
  redact,
  redactFinding,
  redactResult,
  readGitSecrets,
  scanRun,
  gitSecretsExtra,
  verifyOptionsOf,
  resolveCwd,
  binPath,
  runScanCommand,
  exitCodeOf
};
