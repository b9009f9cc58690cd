import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  LeakguardError
} from "./chunk-WWMHRRQY.js";

// src/config/git-secrets.ts
import { createHash } from "node:crypto";

// src/config/posix-ere.ts
var CLASSES = {
  alpha: "A-Za-z",
  digit: "0-9",
  alnum: "A-Za-z0-9",
  upper: "A-Z",
  lower: "a-z",
  xdigit: "0-9A-Fa-f",
  space: " \\t\\v\\f\\r",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  cntrl: "\\x00-\\x1f\\x7f",
  print: "\\x20-\\x7e",
  graph: "\\x21-\\x7e",
  word: "A-Za-z0-9_"
};
var JS_SPECIAL = /* @__PURE__ */ new Set([..."\\^$.|?*+()[]{}/"]);
var GNU_ESCAPES = { w: "\\w", W: "[^\\w\\n]", s: "[ \\t\\v\\f\\r]", S: "\\S", b: "\\b", B: "\\B" };
var EreError = class extends Error {
};
function ereToJs(ere) {
  let out = "";
  let i = 0;
  while (i < ere.length) {
    const c = ere[i];
    if (c === "\\") {
      if (i + 1 >= ere.length) throw new EreError("ends with a lone backslash");
      out += escapeOutside(ere[i + 1]);
      i += 2;
    } else if (c === "[") {
      const { js, end } = bracket(ere, i);
      out += js;
      i = end;
    } else if (c === "{") {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(ere.slice(i));
      if (m && (m[1] || m[2] && m[3])) {
        out += `{${m[1] || "0"}${m[2]}${m[3]}}`;
        i += m[0].length;
      } else {
        out += "\\{";
        i++;
      }
    } else if (c === "(" && ere[i + 1] === "?") {
      throw new EreError('"(?" is Perl syntax, not POSIX ERE');
    } else {
      out += c === "]" || c === "}" || c === "/" ? `\\${c}` : c;
      i++;
    }
  }
  return out;
}
function escapeOutside(c) {
  if (c === "<" || c === ">") return "\\b";
  if (c === "`") return "^";
  if (c === "'") return "$";
  if (Object.hasOwn(GNU_ESCAPES, c)) return GNU_ESCAPES[c];
  if (/[1-9]/.test(c)) return `\\${c}`;
  return JS_SPECIAL.has(c) ? `\\${c}` : c;
}
function classChar(c) {
  return /[\\\]\[^-]/.test(c) ? `\\${c}` : c;
}
function bracket(ere, start) {
  let i = start + 1;
  let negate = false;
  if (ere[i] === "^") {
    negate = true;
    i++;
  }
  const items = [];
  let first = true;
  for (; ; ) {
    if (i >= ere.length) throw new EreError('unterminated bracket expression "["');
    const c = ere[i];
    if (c === "]" && !first) break;
    first = false;
    if (c === "[" && /[:=.]/.test(ere[i + 1] ?? "")) {
      const kind = ere[i + 1];
      const close = ere.indexOf(`${kind}]`, i + 2);
      if (close < 0) throw new EreError(`unterminated "[${kind}"`);
      const name = ere.slice(i + 2, close);
      items.push(special(kind, name));
      i = close + 2;
      continue;
    }
    items.push({ char: c });
    i++;
  }
  return { js: negate ? `[^${classBody(items)}\\n]` : `[${classBody(items)}]`, end: i + 1 };
}
function special(kind, name) {
  if (kind === ":") {
    const set = CLASSES[name];
    if (!set) throw new EreError(`unknown character class "[:${name}:]"`);
    return { set };
  }
  if ([...name].length !== 1) throw new EreError(`"[${kind}${name}${kind}]" (a multi-character collating element) is not supported`);
  return { char: name };
}
function classBody(items) {
  let out = "";
  for (let k = 0; k < items.length; k++) {
    const a = items[k];
    const dash = items[k + 1];
    const b = items[k + 2];
    if ("char" in a && dash && "char" in dash && dash.char === "-" && b && "char" in b) {
      if (a.char > b.char) throw new EreError(`invalid range "${a.char}-${b.char}"`);
      out += `${classChar(a.char)}-${classChar(b.char)}`;
      k += 2;
    } else {
      out += "char" in a ? classChar(a.char) : a.set;
    }
  }
  return out;
}
function wholeWords(js) {
  return `(?<![A-Za-z0-9_])(?:${js})(?![A-Za-z0-9_])`;
}

// src/config/git-secrets.ts
var REGISTER_AWS_PATTERNS = /* @__PURE__ */ new Set([
  "(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}",
  `("|')?(AWS|aws|Aws)?_?(SECRET|secret|Secret)?_?(ACCESS|access|Access)?_?(KEY|key|Key)("|')?\\s*(:|=>|=)\\s*("|')?[A-Za-z0-9/\\+=]{40}("|')?`,
  `("|')?(AWS|aws|Aws)?_?(ACCOUNT|account|Account)_?(ID|id|Id)?("|')?\\s*(:|=>|=)\\s*("|')?[0-9]{4}\\-?[0-9]{4}\\-?[0-9]{4}("|')?`
]);
var REGISTER_AWS_ALLOWED = /* @__PURE__ */ new Set(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]);
var AWS_PROVIDER = "git secrets --aws-provider";
function gitSecretsRuleId(pattern) {
  return `git-secrets-${createHash("sha256").update(pattern, "utf8").digest("hex").slice(0, 8)}`;
}
function translateGitSecrets(gs, safety) {
  const notes = [];
  const rules = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pattern of gs.patterns) {
    if (REGISTER_AWS_PATTERNS.has(pattern)) {
      if (!seen.has("aws")) notes.push("the AWS patterns of `git secrets --register-aws` are covered by leakguard's own AWS rules (which do not report principal or account IDs: they are not secrets)");
      seen.add("aws");
      continue;
    }
    if (seen.has(pattern) || !pattern.trim()) continue;
    seen.add(pattern);
    rules.push(ruleFor(pattern, translate(pattern, "secrets.patterns", safety, true)));
  }
  const allowed = [];
  for (const [pattern, where] of [...gs.allowed.map((p) => [p, "secrets.allowed"]), ...gs.gitallowed.map((p) => [p, ".gitallowed"])]) {
    if (REGISTER_AWS_ALLOWED.has(pattern) || allowed.includes(pattern)) continue;
    allowed.push(translate(pattern, where, safety, false));
  }
  for (const p of gs.providers) {
    notes.push(
      p.trim() === AWS_PROVIDER ? `secrets.providers "${p}": not needed, leakguard's AWS rules find any AWS key` : `secrets.providers "${p}": not run (leakguard runs no command from configuration): put its patterns in secrets.patterns or the leakguard config`
    );
  }
  return { rules, allowed, notes };
}
function asUserConfig(t) {
  return { ...t.rules.length ? { rules: t.rules } : {}, ...t.allowed.length ? { allow: { regexes: t.allowed } } : {} };
}
function translate(pattern, where, safety, words) {
  let js;
  try {
    js = ereToJs(pattern);
    if (words) js = wholeWords(js);
    new RegExp(js, "gdm");
  } catch (err) {
    const reason = err instanceof EreError ? err.message : err.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
    throw new LeakguardError(`git config ${where} "${pattern}": cannot be translated from POSIX ERE: ${reason}`);
  }
  if (new RegExp(js, "m").test("")) throw new LeakguardError(`git config ${where} "${pattern}": matches the empty string`);
  const problem = safety(js);
  if (problem) throw new LeakguardError(`git config ${where} "${pattern}": ${problem}`);
  return js;
}
function ruleFor(pattern, regex) {
  return {
    id: gitSecretsRuleId(pattern),
    description: `git-secrets pattern ${pattern}`,
    severity: "high",
    regex,
    secretGroup: 0,
    keywords: [],
    allow: { target: "line" },
    tags: ["git-secrets"]
  };
}

export {
  REGISTER_AWS_PATTERNS,
  gitSecretsRuleId,
  translateGitSecrets,
  asUserConfig
};
