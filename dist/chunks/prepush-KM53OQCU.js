import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  gitOutput
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/sources/prepush.ts
var ZERO = /^0+$/;
var OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
async function prePushRevs(input, cwd, remote) {
  const include = [];
  const exclude = [];
  const objects = [];
  const pushed = [];
  const remoteShas = [];
  for (const line of input.split("\n")) {
    const [localRef, localSha, , remoteSha] = line.trim().split(/\s+/);
    if (!localRef || !localSha || !remoteSha || !OID.test(localSha) || ZERO.test(localSha)) continue;
    pushed.push({ ref: localRef, oid: localSha });
    if (!ZERO.test(remoteSha) && OID.test(remoteSha)) remoteShas.push(remoteSha);
  }
  if (pushed.length === 0) return null;
  const types = await objectTypes([...pushed.map((p) => p.oid), ...remoteShas], cwd);
  for (const p of pushed) {
    const type = types.get(p.oid);
    if (type !== "commit") objects.push(p);
    if (type === "commit" || type === "tag") include.push(p.oid);
  }
  for (const sha of remoteShas) if (types.get(sha) !== void 0) exclude.push(`^${sha}`);
  const tracking = remote ? await trackingRefs(remote, cwd) : [];
  return { revs: include.length ? [...include, ...exclude, ...tracking.length ? ["--not", ...tracking] : []] : [], objects };
}
async function objectTypes(oids, cwd) {
  const out = await gitOutput(["cat-file", "--batch-check=%(objectname) %(objecttype)"], { cwd, input: oids.join("\n") + "\n" });
  const types = /* @__PURE__ */ new Map();
  for (const line of out.toString("latin1").split("\n")) {
    const [oid, type] = line.split(" ");
    if (oid && type && type !== "missing") types.set(oid.toLowerCase(), type);
  }
  for (const oid of oids) if (!types.has(oid) && types.has(oid.toLowerCase())) types.set(oid, types.get(oid.toLowerCase()));
  return types;
}
async function trackingRefs(remote, cwd) {
  const name = (await configValues(`remote.${remote}.url`, cwd)).length ? remote : await remoteWithUrl(remote, cwd);
  if (name === null) return [];
  const specs = await configValues(`remote.${name}.fetch`, cwd);
  const out = [];
  for (const spec of specs) {
    const s = spec.trim().replace(/^\+/, "");
    if (!s || s.startsWith("^")) continue;
    const colon = s.indexOf(":");
    const dst = colon === -1 ? "" : s.slice(colon + 1);
    if (!dst.startsWith("refs/remotes/") || /[?[\\\s]/.test(dst)) continue;
    if (dst.includes("*")) out.push(`--glob=${dst}`);
    else if (await refExists(dst, cwd)) out.push(dst);
  }
  return out;
}
async function remoteWithUrl(url, cwd) {
  let out;
  try {
    out = (await gitOutput(["config", "-z", "--get-regexp", "^remote\\..*\\.url$"], { cwd })).toString("utf8");
  } catch {
    return null;
  }
  for (const entry of out.split("\0")) {
    const nl = entry.indexOf("\n");
    if (nl !== -1 && entry.slice(nl + 1) === url) return entry.slice("remote.".length, nl - ".url".length);
  }
  return null;
}
async function configValues(key, cwd) {
  try {
    return (await gitOutput(["config", "--get-all", key], { cwd })).toString("utf8").split("\n").filter(Boolean);
  } catch {
    return [];
  }
}
async function refExists(ref, cwd) {
  const out = await gitOutput(["for-each-ref", "--format=%(refname)", ref], { cwd });
  return out.toString("utf8").split("\n").includes(ref);
}
export {
  prePushRevs
};
