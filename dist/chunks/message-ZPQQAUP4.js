import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  errorMessage,
  newStats
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/sources/message.ts
import { readFile } from "node:fs/promises";
var SCISSORS = /^\S -{24} >8 -{24}$/;
var DIFF_START = /^diff (--git|--cc|--combined) /;
var DIFF_LINE = /^(diff (--git|--cc|--combined) |index |--- |\+\+\+ |@@|old mode |new mode |deleted file mode |new file mode |similarity index |dissimilarity index |rename from |rename to |copy from |copy to |Binary files |[ +\-\\]|$)/;
function messageText(raw) {
  const out = [];
  let afterScissors = false;
  let inDiff = false;
  for (const rawLine of raw.split("\n")) {
    const line = rawLine.replace(/\r$/, "");
    if (afterScissors) {
      if (DIFF_START.test(line)) inDiff = true;
      else if (inDiff && !DIFF_LINE.test(line)) inDiff = false;
      if (inDiff) {
        out.push("");
        continue;
      }
    } else if (SCISSORS.test(line)) afterScissors = true;
    out.push(line);
  }
  return out.join("\n");
}
var MessageSource = class {
  constructor(file, display) {
    this.file = file;
    this.display = display;
  }
  file;
  display;
  stats = newStats();
  errors = [];
  notes = [];
  async *fragments() {
    let raw;
    try {
      raw = await readFile(this.file);
    } catch (err) {
      this.errors.push({ file: this.display, message: errorMessage(err).replace(/^[A-Z]+: /, "") });
      return;
    }
    this.stats.files = 1;
    this.stats.bytes = raw.length;
    yield { text: messageText(raw.toString("utf8")), path: null, startLine: 1, origin: "message" };
  }
};
export {
  MessageSource,
  messageText
};
