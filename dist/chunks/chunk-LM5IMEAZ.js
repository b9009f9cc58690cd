import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-CDREP44S.js";
import {
  enrichAws
} from "./chunk-Z6V4756R.js";
import {
  parseDecodeDepth,
  parseExitCode,
  parseFailOn,
  parseRedaction,
  parseReports
} from "./chunk-3MPW7ARW.js";
import {
  builtinFormatter
} from "./chunk-MGG2IAAJ.js";
import {
  summary
} from "./chunk-JQAHVL5I.js";
import {
  PathFilter
} from "./chunk-P7I356N5.js";
import {
  captureGroups,
  findRepoRoot,
  loadConfig
} from "./chunk-FGXG2XXO.js";
import {
  scanFragment
} from "./chunk-SLZ3O6QT.js";
import {
  severityRank
} from "./chunk-EQJNLXLZ.js";
import {
  existsSync,
  readFileSync,
  statSync
} from "./chunk-GDYWKFCI.js";
import {
  GitStopped,
  LeakguardError,
  errorMessage
} from "./chunk-HWRS3BVT.js";
import {
  compareFindings,
  toFinding
} from "./chunk-UA2LDIQP.js";
import {
  printable
} from "./chunk-XS4D3LTJ.js";

// src/cli/scan-command.ts
import { dirname, join as join3, resolve as resolve6 } from "node:path";
import { fileURLToPath } from "node:url";

// src/findings/known-prefix.ts
var MAX_ALTERNATIVES = 64;
function literalPrefixes(source, secretGroup) {
  const start = groupStart(source, secretGroup);
  if (start < 0) return [];
  const p = new Parser(source, start);
  const alts = p.alternatives();
  const texts = [...new Set(alts.map((a) => a.text).filter((t) => t !== ""))];
  return texts.sort((a, b) => b.length - a.length);
}
function groupStart(source, group) {
  if (group === 0) return 0;
  let count = 0;
  for (const g of captureGroups(source)) if (++count === group || g.name === group) return g.inner;
  return -1;
}
var Parser = class {
  constructor(s, i) {
    this.s = s;
    this.i = i;
  }
  s;
  i;
  /** alternatives up to the closing `)` of the current group (consumed) or the end */
  alternatives() {
    const all = [];
    for (; ; ) {
      all.push(...this.sequence());
      if (this.s[this.i] === "|") {
        this.i++;
        continue;
      }
      if (this.s[this.i] === ")") this.i++;
      return all;
    }
  }
  /** one branch: literal atoms appended while every prefix is open; the rest of the branch skipped */
  sequence() {
    let alts = [{ text: "", open: true }];
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      if (this.zeroWidth()) continue;
      const atom = this.atom();
      const min = this.quantifier();
      if (!atom || min === 0 || !alts.some((a) => a.open)) {
        alts = alts.map((a) => ({ ...a, open: false }));
        if (!atom) this.skipAtom();
        continue;
      }
      const next = [];
      for (const a of alts) {
        if (!a.open) next.push(a);
        else for (const b of atom) next.push({ text: a.text + b.text, open: b.open && min === 1 });
      }
      alts = next.length > MAX_ALTERNATIVES ? alts.map((a) => ({ ...a, open: false })) : next;
    }
    return alts;
  }
  /** skips `\b`, `^` and lookarounds: they take no characters */
  zeroWidth() {
    const s = this.s;
    if (s.startsWith("\\b", this.i) || s[this.i] === "^") {
      this.i += s[this.i] === "^" ? 1 : 2;
      return true;
    }
    if (/^\(\?<?[=!]/.test(s.slice(this.i, this.i + 4))) {
      this.i += s[this.i + 2] === "<" ? 4 : 3;
      this.skipGroupRest();
      return true;
    }
    return false;
  }
  /** the alternatives one atom can take, or null when it is not fixed text (not consumed then) */
  atom() {
    const s = this.s;
    const c = s[this.i];
    if (c === "\\") {
      const e = s[this.i + 1] ?? "";
      if (!/[^A-Za-z0-9]/.test(e)) return null;
      this.i += 2;
      return [{ text: e, open: true }];
    }
    if (c === "[") {
      const m = /^\[([^\]\\^-]{1,8})\]/.exec(s.slice(this.i));
      if (!m) return null;
      this.i += m[0].length;
      return [...new Set(m[1])].map((ch) => ({ text: ch, open: true }));
    }
    if (c === "(") {
      const named = /^\(\?<[A-Za-z_][A-Za-z0-9_]*>/.exec(s.slice(this.i));
      if (named) this.i += named[0].length;
      else if (s.startsWith("(?:", this.i)) this.i += 3;
      else if (s[this.i + 1] === "?") return null;
      else this.i += 1;
      return this.alternatives();
    }
    if (".$*+?{}|)".includes(c)) return null;
    this.i++;
    return [{ text: c, open: true }];
  }
  /** the minimum repeat of the atom just read (1 without a quantifier); consumes the quantifier */
  quantifier() {
    const s = this.s;
    const c = s[this.i];
    let min = 1;
    if (c === "?" || c === "*") {
      min = 0;
      this.i++;
    } else if (c === "+") {
      min = 2;
      this.i++;
    } else if (c === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.i));
      if (m) {
        const n = Number(m[1]);
        min = n === 0 ? 0 : n === 1 && m[2] === void 0 ? 1 : 2;
        this.i += m[0].length;
      }
    }
    if (s[this.i] === "?" && c !== void 0 && "?*+{".includes(c)) this.i++;
    return min;
  }
  /** moves past an atom that is not fixed text (a class, an escape, `.`, a group) */
  skipAtom() {
    const s = this.s;
    const c = s[this.i];
    if (c === "\\") this.i += 2;
    else if (c === "[") {
      let j = this.i + 1;
      if (s[j] === "^") j++;
      if (s[j] === "]") j++;
      for (; j < s.length && s[j] !== "]"; j++) if (s[j] === "\\") j++;
      this.i = j + 1;
    } else if (c === "(") {
      this.i++;
      this.skipGroupRest();
    } else this.i++;
    this.quantifier();
  }
  /** moves past the `)` closing the group whose opening was just consumed */
  skipGroupRest() {
    const s = this.s;
    let depth = 1;
    let inClass = false;
    for (; this.i < s.length && depth > 0; this.i++) {
      const c = s[this.i];
      if (c === "\\") this.i++;
      else if (inClass) inClass = c !== "]";
      else if (c === "[") inClass = true;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
    }
  }
};

// src/findings/redact.ts
var NO_POLICY = { identifiers: /* @__PURE__ */ new Set(), prefixes: /* @__PURE__ */ new Map(), redactIds: false };
function redactionPolicy(rules, redactIds = false) {
  const identifiers = /* @__PURE__ */ new Set();
  const prefixes = /* @__PURE__ */ new Map();
  for (const r of rules) {
    if (r.spec.identifier) identifiers.add(r.id);
    let group = 0;
    try {
      group = r.secretGroup;
    } catch {
      continue;
    }
    const p = literalPrefixes(r.spec.regex, group);
    if (p.length) prefixes.set(r.id, p);
  }
  return { identifiers, prefixes, redactIds };
}
var MAX_STARS = 16;
var SHORT = 16;
var TAIL = 4;
var MIN_HIDDEN = 8;
function redact(secret, redaction, prefixes = []) {
  if (redaction === null) return secret;
  const chars = [...secret];
  const len = chars.length;
  if (redaction !== void 0) {
    const shown = Math.floor(len * (100 - redaction) / 100);
    return chars.slice(0, shown).join("") + "*".repeat(Math.max(1, Math.min(MAX_STARS, len - shown)));
  }
  if (len < SHORT) return lengthClass(len);
  const prefix = prefixes.find((p) => secret.startsWith(p) && [...p].length + MIN_HIDDEN <= len);
  const head = prefix ? [...prefix].length : 0;
  const rest = len - head;
  const tail = rest - TAIL >= Math.max(MIN_HIDDEN, rest / 2) ? TAIL : 0;
  return `${chars.slice(0, head).join("")}\u2026${chars.slice(len - tail).join("")}`;
}
function lengthClass(len) {
  return len < 8 ? "[1-7 chars]" : "[8-15 chars]";
}
function shownWhole(ruleId, policy) {
  return !policy.redactIds && policy.identifiers.has(ruleId);
}
function redactPart(secret, ruleId, redaction, policy) {
  return shownWhole(ruleId, policy) ? secret : redact(secret, redaction, policy.prefixes.get(ruleId));
}
function redactFinding(f, redaction, policy = NO_POLICY) {
  if (redaction === null) return f;
  const secret = redactPart(f.secret, f.ruleId, redaction, policy);
  const related = f.related?.map((r) => ({ ...r, secret: redactPart(r.secret, r.ruleId, redaction, policy) }));
  const parts = [[f.secret, secret], ...(f.related ?? []).map((r, i) => [r.secret, related[i].secret])];
  const match = parts.filter(([raw, shown]) => raw !== shown).sort((a, b) => b[0].length - a[0].length).reduce((m, [raw, shown]) => m.split(raw).join(shown), f.match);
  return { ...f, secret, match, ...related ? { related } : {} };
}
function redactResult(result, redaction, policy = NO_POLICY) {
  if (redaction === null) return result;
  const all = [...result.findings, ...result.suppressed ?? []];
  const secrets = /* @__PURE__ */ new Map();
  for (const f of all) {
    for (const [s, id] of [[f.secret, f.ruleId], ...(f.related ?? []).map((r) => [r.secret, r.ruleId])]) {
      if (!shownWhole(id, policy)) secrets.set(s, redactPart(s, id, redaction, policy));
    }
  }
  const ordered = [...secrets].sort((a, b) => b[0].length - a[0].length);
  const message = (text) => ordered.reduce((t, [s, r]) => t.includes(s) ? t.split(s).join(r) : t, text);
  const one = (f) => {
    const r = { ...f, ...redactFinding(f, redaction, policy) };
    if (f.commit && ordered.some(([s]) => f.commit.message.includes(s))) r.commit = { ...f.commit, message: message(f.commit.message) };
    return r;
  };
  return { ...result, findings: result.findings.map(one), ...result.suppressed ? { suppressed: result.suppressed.map(one) } : {} };
}

// src/cli/report-output.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
async function formatter(spec, cwd, flag) {
  const builtin = await builtinFormatter(spec);
  if (builtin) return builtin;
  const { loadFormatter } = await import("./load-I76BHXCF.js");
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
  if (a.output || outputs.main.name !== "text") errorLines(report, io);
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
var MAX_ERROR_LINES = 20;
function errorLines(report, io) {
  for (const e of report.errors.slice(0, MAX_ERROR_LINES)) io.stderr(`leakguard: error: ${e.file ? `${printable(e.file)}: ` : ""}${printable(e.message)}
`);
  if (report.errors.length > MAX_ERROR_LINES) io.stderr(`leakguard: ... and ${report.errors.length - MAX_ERROR_LINES} more errors (in the report)
`);
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
  try {
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
  } catch (err) {
    if (!(err instanceof GitStopped) || !options.onGitStopped) throw err;
    options.onGitStopped(err);
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
      const { FilesSource } = await import("./files-TPHE7WCB.js");
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
      const { StagedSource } = await import("./staged-W5BISGP6.js");
      return new StagedSource(ctx.cwd, ctx.filter, a.stagedDiff, ctx.maxFileSize);
    }
    case "message": {
      const { MessageSource } = await import("./message-VJWJTW4F.js");
      return new MessageSource(resolve3(ctx.cwd, a.file), a.file);
    }
    case "history": {
      const { HistorySource } = await import("./history-VQFFBZE2.js");
      let revs = [...a.revs ?? [], ...(a._ ?? []).slice(1).map(String)];
      let pushed = null;
      if (a.prePush) {
        const { prePushRevs } = await import("./prepush-6UX6TKL7.js");
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
      const { checkGitDate } = await import("./scan-options-QS2K7RQ4.js");
      if (a.since !== void 0) await checkGitDate("--since", String(a.since), ctx.cwd);
      if (a.until !== void 0) await checkGitDate("--until", String(a.until), ctx.cwd);
      const options = {
        cwd: ctx.cwd,
        revs,
        since: a.since,
        until: a.until,
        maxCommits: a.maxCommits,
        paths: ctx.filter,
        jobs: a.jobs,
        binary: a.binary ?? false,
        skipMerges: a.skipMerges ?? false,
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
  const { submodulesAtHead, RecursiveHistory } = await import("./submodules-OMTZM4YL.js");
  const { HistorySource } = await import("./history-VQFFBZE2.js");
  const { addNote } = await import("./source-TNROX4M2.js");
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
  const { LfsObjects } = await import("./lfs-U5ORZRBN.js");
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
    const { parseIgnoreFile } = await import("./ignore-file-FBGSIKYB.js");
    const label = display(cwd, ignorePath);
    const text = await read(ignorePath, label);
    let entries = parseIgnoreFile(text, label);
    if (entries.some((e) => e.path !== void 0)) {
      const { default: picomatch } = await import("./picomatch-NDLLURJ6.js");
      entries = parseIgnoreFile(text, label, (glob) => picomatch(glob, { dot: true }));
    }
    loaded.ignore = { label, entries };
    const { ignoreFileSalt } = await import("./ignore-file-FBGSIKYB.js");
    (loaded.salts ??= {}).ignore = ignoreFileSalt(text, label);
  }
  if (baselineFile !== void 0) {
    const { parseBaseline } = await import("./baseline-HTADOY7G.js");
    const path = resolve4(cwd, baselineFile);
    if (!existsSync(path)) throw new LeakguardError(`--baseline: ${baselineFile}: no such file (create it with \`leakguard baseline\`)`);
    const text = await read(path, `--baseline: ${baselineFile}`);
    loaded.baseline = { label: baselineFile, fingerprints: parseBaseline(text, baselineFile) };
    const { baselineSalt } = await import("./baseline-HTADOY7G.js");
    (loaded.salts ??= {}).baseline = baselineSalt(text);
  }
  return loaded;
}
async function withSaltedForms(loaded, findings) {
  const { ruleOf, saltedForms } = await import("./salted-XXKZV4OB.js");
  const { fingerprintsOf } = await import("./finding-45JEAAU4.js");
  const all = findings.flatMap((f) => fingerprintsOf(f));
  const out = { ...loaded };
  const ignoreSalt = loaded.salts?.ignore;
  if (loaded.ignore && ignoreSalt) {
    const rules = new Set(loaded.ignore.entries.map((e) => ruleOf(e.fingerprint)));
    if (rules.size) out.ignore = { ...loaded.ignore, salted: await saltedForms(all, ignoreSalt, rules) };
  }
  const baselineSalt = loaded.salts?.baseline;
  if (loaded.baseline && baselineSalt) {
    const rules = new Set([...loaded.baseline.fingerprints].map(ruleOf));
    if (rules.size) out.baseline = { ...loaded.baseline, salted: await saltedForms(all, baselineSalt, rules) };
  }
  return out;
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
    const { applySuppressions } = await import("./suppress-57VM5UBL.js");
    const salted = loaded.salts ? await withSaltedForms(loaded, result.findings) : loaded;
    const { findings, suppressed } = applySuppressions(result.findings, { ...salted, repoPath });
    result.findings = findings;
    if (result.suppressed) result.suppressed = [...result.suppressed, ...suppressed].sort(compareFindings);
  }
  return { result, config, startedAt, repoPath };
}
function withDecodeDepth(config, depth) {
  return depth === void 0 || depth === config.ruleSet.decodeDepth ? config : { ...config, ruleSet: { ...config.ruleSet, decodeDepth: depth } };
}
async function interruptible(source, config, options, ctx) {
  const { interruptSignal, interruptedMessage, noteInterrupt } = await import("./interrupt-V5NOIFP5.js");
  const rank = source.rank;
  const bar = progress(ctx.io, rank !== void 0 && !ctx.quiet);
  let stopped;
  let result;
  try {
    result = await runScan(source, config, {
      ...options,
      signal: interruptSignal,
      onGitStopped: (err) => {
        if (err.signal === "SIGINT" || err.signal === "SIGTERM" || err.signal === "SIGHUP") noteInterrupt(err.signal);
        else stopped = err;
      },
      ...rank ? { history: { rank } } : {},
      onFragment: () => bar.update(source.stats.commits, source.total)
    });
  } finally {
    bar.end();
  }
  const interrupted = interruptedMessage();
  if (interrupted) result.errors.push({ file: null, message: interrupted });
  else if (stopped) result.errors.push({ file: null, message: `${stopped.message}: the report holds what was found before` });
  else if (rank && result.findings.length) {
    const { markExposure } = await import("./exposure-5NVFPL6G.js");
    try {
      if (source.exposure) await source.exposure(result.findings, markExposure);
      else await markExposure(result.findings, ctx.cwd);
    } catch (err) {
      if (!(err instanceof GitStopped)) throw err;
      if (err.signal === "SIGINT" || err.signal === "SIGTERM" || err.signal === "SIGHUP") noteInterrupt(err.signal);
      result.errors.push({ file: null, message: interruptedMessage() ?? err.message });
      return result;
    }
    const late = interruptedMessage();
    if (late) result.errors.push({ file: null, message: late });
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
  const { Explainer } = await import("./explain-FOAO74DO.js");
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
  const { translateGitSecrets, asUserConfig } = await import("./git-secrets-HKSXXY6D.js");
  const { regexSafetyProblem } = await import("./regex-safety-2ZMMKYKA.js");
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
  const redactIds = a.redactIds ?? run.config.redactIds;
  if (redactIds && redaction === null && a.redactIds) throw new LeakguardError("--redact-ids: not with --no-redact (or --redact=0), which shows everything whole");
  const anything = run.result.findings.length > 0 || (run.result.suppressed?.length ?? 0) > 0;
  const report = anything ? redactResult(run.result, redaction, redactionPolicy(run.config.ruleSet.rules, redactIds)) : run.result;
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
  redactionPolicy,
  redact,
  redactPart,
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
