import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  simpleGit
} from "./chunk-T6FPEVQE.js";
import "./chunk-SGGDSUA3.js";
import "./chunk-HHFGDUQN.js";
import "./chunk-U72GBBDN.js";

// src/sources/prepush.ts
var ZERO = /^0+$/;
async function prePushRevs(input, cwd) {
  const git = simpleGit({ baseDir: cwd });
  const include = [];
  const exclude = [];
  for (const line of input.split("\n")) {
    const [, localSha, , remoteSha] = line.trim().split(/\s+/);
    if (!localSha || !remoteSha || !/^[0-9a-f]+$/i.test(localSha) || ZERO.test(localSha)) continue;
    include.push(localSha);
    if (!ZERO.test(remoteSha) && await hasCommit(git, remoteSha)) exclude.push(`^${remoteSha}`);
  }
  if (include.length === 0) return null;
  return [...include, ...exclude, "--not", "--remotes"];
}
async function hasCommit(git, sha) {
  if (!/^[0-9a-f]+$/i.test(sha)) return false;
  try {
    await git.raw(["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
export {
  prePushRevs
};
