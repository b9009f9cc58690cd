/**
 * Finding a formatter the way ESLint finds one: a built-in name (`sarif`), a path to a
 * module (`./my-formatter.mjs`, resolved from the working directory), or an installed
 * package (`leakguard-formatter-NAME`, then `NAME`, resolved from the working directory).
 *
 * The module's default export (or, failing that, its `formatter` export) must be a
 * Formatter object (`{ name?, format(result, options) }`) or a bare `format` function.
 * Every failure is one line naming the flag and the value: it cannot be found, cannot be
 * loaded, exports no formatter, or its `format` threw or returned something not a string.
 */
import { noJavaScript } from '../config/no-js.js';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LeakguardError, errorMessage } from '../errors.js';
import type { Formatter } from './formatter.js';
import { FORMAT_NAMES, builtinFormatter } from './index.js';

export const PACKAGE_PREFIX = 'leakguard-formatter-';

/**
 * The formatter named by `spec`. `flag` names the option in error messages
 * (`--format`, `--report sarif=x.sarif`).
 */
export async function loadFormatter(spec: string, cwd: string, flag = '--format'): Promise<Formatter> {
  const builtin = await builtinFormatter(spec);
  if (builtin) return builtin;
  const where = `${flag}: ${spec}`;
  if (!spec.trim()) throw new LeakguardError(`${flag}: a format name is required (built-in: ${FORMAT_NAMES.join(', ')})`);
  const file = looksLikePath(spec) ? resolvePath(spec, cwd, where) : resolvePackage(spec, cwd);
  if (!file) {
    throw new LeakguardError(
      `${where}: unknown format: not built in (${FORMAT_NAMES.join(', ')}), not a file, and no package ${PACKAGE_PREFIX}${spec} or ${spec} is installed`,
    );
  }
  if (noJavaScript()) {
    throw new LeakguardError(`${where}: a formatter module is not loaded when LEAKGUARD_NO_JS is set (code from the checked-out tree): use a built-in format (${FORMAT_NAMES.join(', ')})`);
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (err) {
    throw new LeakguardError(`${where}: cannot load: ${firstLine(errorMessage(err))}`);
  }
  const formatter = formatterOf(mod, spec);
  if (!formatter) {
    throw new LeakguardError(`${where}: does not export a formatter (expected a default export: a function (result, options) => string, or an object with a format method)`);
  }
  return checked(formatter, where);
}

function looksLikePath(spec: string): boolean {
  return spec.startsWith('.') || isAbsolute(spec) || /\.[cm]?js$/.test(spec) || (spec.includes('/') && !spec.startsWith('@')) || spec.includes('\\');
}

function resolvePath(spec: string, cwd: string, where: string): string {
  const file = resolve(cwd, spec);
  if (!existsSync(file)) throw new LeakguardError(`${where}: no such file`);
  return file;
}

/** Node's resolution from `cwd`, for `leakguard-formatter-NAME` then `NAME` (null when neither is installed). */
function resolvePackage(spec: string, cwd: string): string | null {
  const names = spec.startsWith('@') || spec.startsWith(PACKAGE_PREFIX) ? [spec] : [PACKAGE_PREFIX + spec, spec];
  const require = createRequire(join(cwd, '__leakguard__.js'));
  for (const name of names) {
    try {
      return require.resolve(name);
    } catch (err) {
      // an ESM-only package (exports with an `import` condition only) is not require()-resolvable
      const esm = (err as NodeJS.ErrnoException).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' ? esmEntry(name, cwd) : null;
      if (esm) return esm;
    }
  }
  return null;
}

/** The `import` entry of an ESM-only package, found in the nearest node_modules. */
function esmEntry(name: string, cwd: string): string | null {
  for (let d = resolve(cwd); ; d = dirname(d)) {
    const dir = join(d, 'node_modules', name);
    if (existsSync(join(dir, 'package.json'))) {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports?: unknown };
      let entry: unknown = pkg.exports;
      if (entry && typeof entry === 'object' && '.' in entry) entry = (entry as Record<string, unknown>)['.'];
      while (entry && typeof entry === 'object') {
        const e = entry as Record<string, unknown>;
        entry = e.import ?? e.node ?? e.default;
      }
      return typeof entry === 'string' ? join(dir, entry) : null;
    }
    if (dirname(d) === d) return null;
  }
}

function formatterOf(mod: Record<string, unknown>, spec: string): Formatter | null {
  for (let candidate of [mod.default, mod.formatter]) {
    // a CommonJS module compiled from ESM: module.exports = { default: ... }
    if (candidate && typeof candidate === 'object' && !('format' in candidate) && 'default' in candidate) {
      candidate = (candidate as { default: unknown }).default;
    }
    if (typeof candidate === 'function') return { name: spec, format: candidate as Formatter['format'] };
    if (candidate && typeof candidate === 'object' && typeof (candidate as Formatter).format === 'function') {
      const f = candidate as Formatter;
      return { name: typeof f.name === 'string' && f.name ? f.name : spec, format: f.format.bind(f) };
    }
  }
  return null;
}

/** A custom formatter's failures become one-line errors, like every other user error. */
function checked(formatter: Formatter, where: string): Formatter {
  return {
    name: formatter.name,
    async format(result, options) {
      let out: unknown;
      try {
        out = await formatter.format(result, options);
      } catch (err) {
        throw new LeakguardError(`${where}: the formatter failed: ${firstLine(errorMessage(err))}`);
      }
      if (typeof out !== 'string') throw new LeakguardError(`${where}: the formatter returned ${out === null ? 'null' : typeof out}, not a string`);
      return out;
    },
  };
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim())?.trim() ?? s;
}
