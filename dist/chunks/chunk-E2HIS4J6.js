import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/cli/interrupt.ts
var controller = new AbortController();
var received;
var installed = false;
var scanning = false;
var SIGNALS = ["SIGINT", "SIGTERM"];
var NUMBER = { SIGINT: 2, SIGTERM: 15 };
function catchInterrupts(scan, early = []) {
  if (scan) scanning = true;
  if (!installed) {
    installed = true;
    for (const sig of SIGNALS) process.on(sig, () => onSignal(sig));
  }
  for (const sig of early) if (sig === "SIGINT" || sig === "SIGTERM") onSignal(sig);
}
var own = 0;
function onSignal(sig) {
  if (!scanning || own++ > 0) process.exit(128 + NUMBER[sig]);
  received ??= sig;
  controller.abort();
}
var interruptSignal = controller.signal;
function noteInterrupt(sig) {
  received ??= sig;
  controller.abort();
}
function interruptedMessage() {
  if (!received) return void 0;
  return `interrupted: the report holds what was found before ${received === "SIGINT" ? "Ctrl-C" : received}`;
}

export {
  catchInterrupts,
  interruptSignal,
  noteInterrupt,
  interruptedMessage
};
