import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FORMAT_NAMES,
  LeakguardError,
  builtinFormatter,
  errorMessage,
  existsSync,
  noJavaScript,
  readFileSync
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/formatters/load.ts
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var PACKAGE_PREFIX = "leakguard-formatter-";
async function loadFormatter(spec, cwd, flag = "--format") {
  const builtin = await builtinFormatter(spec);
  if (builtin) return builtin;
  const where = `${flag}: ${spec}`;
  if (!spec.trim()) throw new LeakguardError(`${flag}: a format name is required (built-in: ${FORMAT_NAMES.join(", ")})`);
  const file = looksLikePath(spec) ? resolvePath(spec, cwd, where) : resolvePackage(spec, cwd);
  if (!file) {
    throw new LeakguardError(
      `${where}: unknown format: not built in (${FORMAT_NAMES.join(", ")}), not a file, and no package ${PACKAGE_PREFIX}${spec} or ${spec} is installed`
    );
  }
  if (noJavaScript()) {
    throw new LeakguardError(`${where}: a formatter module is not loaded when LEAKGUARD_NO_JS is set (code from the checked-out tree): use a built-in format (${FORMAT_NAMES.join(", ")})`);
  }
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (err) {
    throw new LeakguardError(`${where}: cannot load: ${firstLine(errorMessage(err))}`);
  }
  const formatter = formatterOf(mod, spec);
  if (!formatter) {
    throw new LeakguardError(`${where}: does not export a formatter (expected a default export: a function (result, options) => string, or an object with a format method)`);
  }
  return checked(formatter, where);
}
function looksLikePath(spec) {
  return spec.startsWith(".") || isAbsolute(spec) || /\.[cm]?js$/.test(spec) || spec.includes("/") && !spec.startsWith("@") || spec.includes("\\");
}
function resolvePath(spec, cwd, where) {
  const file = resolve(cwd, spec);
  if (!existsSync(file)) throw new LeakguardError(`${where}: no such file`);
  return file;
}
function resolvePackage(spec, cwd) {
  const names = spec.startsWith("@") || spec.startsWith(PACKAGE_PREFIX) ? [spec] : [PACKAGE_PREFIX + spec, spec];
  const require2 = createRequire(join(cwd, "__leakguard__.js"));
  for (const name of names) {
    try {
      return require2.resolve(name);
    } catch (err) {
      const esm = err.code === "ERR_PACKAGE_PATH_NOT_EXPORTED" ? esmEntry(name, cwd) : null;
      if (esm) return esm;
    }
  }
  return null;
}
function esmEntry(name, cwd) {
  for (let d = resolve(cwd); ; d = dirname(d)) {
    const dir = join(d, "node_modules", name);
    if (existsSync(join(dir, "package.json"))) {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      let entry = pkg.exports;
      if (entry && typeof entry === "object" && "." in entry) entry = entry["."];
      while (entry && typeof entry === "object") {
        const e = entry;
        entry = e.import ?? e.node ?? e.default;
      }
      return typeof entry === "string" ? join(dir, entry) : null;
    }
    if (dirname(d) === d) return null;
  }
}
function formatterOf(mod, spec) {
  for (let candidate of [mod.default, mod.formatter]) {
    if (candidate && typeof candidate === "object" && !("format" in candidate) && "default" in candidate) {
      candidate = candidate.default;
    }
    if (typeof candidate === "function") return { name: spec, format: candidate };
    if (candidate && typeof candidate === "object" && typeof candidate.format === "function") {
      const f = candidate;
      return { name: typeof f.name === "string" && f.name ? f.name : spec, format: f.format.bind(f) };
    }
  }
  return null;
}
function checked(formatter, where) {
  return {
    name: formatter.name,
    async format(result, options) {
      let out;
      try {
        out = await formatter.format(result, options);
      } catch (err) {
        throw new LeakguardError(`${where}: the formatter failed: ${firstLine(errorMessage(err))}`);
      }
      if (typeof out !== "string") throw new LeakguardError(`${where}: the formatter returned ${out === null ? "null" : typeof out}, not a string`);
      return out;
    }
  };
}
function firstLine(s) {
  return s.split("\n").find((l) => l.trim())?.trim() ?? s;
}
export {
  PACKAGE_PREFIX,
  loadFormatter
};
