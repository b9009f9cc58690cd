import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  newStats
} from "./chunk-UYD45K2S.js";
import {
  errorMessage
} from "./chunk-IE2RY4AB.js";

// src/sources/message.ts
import { readFile } from "node:fs/promises";
var SCISSORS = /^# -+ >8 -+$/;
function messageText(raw, commentChar = "#") {
  const out = [];
  for (const line of raw.split("\n")) {
    if (SCISSORS.test(line)) break;
    out.push(line.startsWith(commentChar) ? "" : line.replace(/\r$/, ""));
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
  messageText,
  MessageSource
};
