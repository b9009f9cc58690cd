import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  LeakguardError,
  errorMessage,
  nodeCrypto,
  readFileSync
} from "./chunk-WWMHRRQY.js";

// src/org/repos.ts
import { isAbsolute, resolve } from "node:path";
function readRepoList(file, cwd) {
  let text;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (err) {
    throw new LeakguardError(`--repos: ${file}: cannot read: ${errorMessage(err)}`);
  }
  const entries = text.trimStart().startsWith("[") ? fromJson(text, file) : fromLines(text, cwd);
  const seen = /* @__PURE__ */ new Set();
  const unique = entries.filter((e) => seen.has(e.name) ? false : (seen.add(e.name), true));
  if (!unique.length) throw new LeakguardError(`--repos: ${file}: lists no repository`);
  return unique;
}
function fromJson(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LeakguardError(`--repos: ${file}: not valid JSON: ${errorMessage(err)}`);
  }
  if (!Array.isArray(data)) throw new LeakguardError(`--repos: ${file}: expected a JSON array (gh repo list --json nameWithOwner,url,diskUsage)`);
  return data.map((item, i) => {
    const o = item ?? {};
    const url = typeof o.url === "string" ? o.url : typeof o.sshUrl === "string" ? o.sshUrl : null;
    if (!url) throw new LeakguardError(`--repos: ${file}: entry ${i + 1}: no "url"`);
    const name = typeof o.nameWithOwner === "string" ? o.nameWithOwner : displayUrl(url);
    return { name, url, ...typeof o.diskUsage === "number" ? { size: o.diskUsage } : {} };
  });
}
function fromLines(text, cwd) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((l) => {
    const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(l) || /^[^/\s]+@[^/\s]+:/.test(l);
    const url = isUrl ? l : isAbsolute(l) ? l : resolve(cwd, l);
    return { name: isUrl ? displayUrl(l) : l, url };
  });
}
function displayUrl(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
}
function cacheKey(entry) {
  const slug = entry.name.replace(/^[a-z]+:\/\//i, "").replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "").slice(-60) || "repo";
  return `${slug}-${nodeCrypto().createHash("sha256").update(entry.url).digest("hex").slice(0, 10)}`;
}
function parseShard(value, env) {
  if (value === void 0) {
    const i = env.JOB_COMPLETION_INDEX;
    const n = env.JOB_COMPLETIONS;
    if (i === void 0 || n === void 0) return null;
    if (!/^\d+$/.test(i) || !/^\d+$/.test(n) || Number(i) >= Number(n)) throw new LeakguardError(`JOB_COMPLETION_INDEX=${i} / JOB_COMPLETIONS=${n}: expected 0 <= index < completions`);
    return { index: Number(i) + 1, count: Number(n) };
  }
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new LeakguardError(`--shard: ${value}: expected I/N with 1 <= I <= N (e.g. 2/4)`);
  return { index: Number(m[1]), count: Number(m[2]) };
}
function shardOf(entries, index, count) {
  const sorted = [...entries].sort((a, b) => (b.size ?? 1) - (a.size ?? 1) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const load = new Array(count).fill(0);
  const mine = [];
  for (const e of sorted) {
    let best = 0;
    for (let s = 1; s < count; s++) if (load[s] < load[best]) best = s;
    load[best] += e.size ?? 1;
    if (best === index - 1) mine.push(e);
  }
  return mine;
}

export {
  readRepoList,
  displayUrl,
  cacheKey,
  parseShard,
  shardOf
};
