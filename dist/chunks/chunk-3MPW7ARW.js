import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  MAX_DECODE_DEPTH
} from "./chunk-4ZEJ4JV7.js";
import {
  SEVERITIES
} from "./chunk-EQJNLXLZ.js";
import {
  LeakguardError
} from "./chunk-HWRS3BVT.js";

// src/cli/scan-options.ts
function parseRedaction(redact, percent) {
  if (percent === void 0 || percent === null) return redact === false ? null : void 0;
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
async function checkGitDate(flag, value, cwd) {
  const bad = () => new LeakguardError(`${flag}: "${value}" is not a date git understands (e.g. 2024-01-31, "2 weeks ago", yesterday, @1700000000)`);
  if (!value.trim() || /[\0\n]/.test(value)) throw bad();
  const { gitOutput } = await import("./spawn-K52F4DXZ.js");
  try {
    await gitOutput(["-c", `leakguard.date=${value}`, "config", "--type=expiry-date", "--get", "leakguard.date"], { cwd });
  } catch {
    throw bad();
  }
}

export {
  parseRedaction,
  parseDecodeDepth,
  parseExitCode,
  DEFAULT_FAIL_ON,
  parseFailOn,
  parseReports,
  checkGitDate
};
