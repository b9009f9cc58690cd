/**
 * Ctrl-C (SIGINT) and SIGTERM during a scan: the first one stops the scan (the sources kill
 * their git processes through the abort signal) and the report of what was found so far is
 * still written, with an `interrupted` error; a second one ends the process at once.
 * The handlers are installed when the CLI starts, before anything slow, so that an early
 * signal is not the default "die silently with no report". Outside a scanning command the
 * first signal ends the process as usual (exit 128 + signal number).
 */
const controller = new AbortController();
let received: NodeJS.Signals | undefined;
let installed = false;
let scanning = false;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const NUMBER: Record<(typeof SIGNALS)[number], number> = { SIGINT: 2, SIGTERM: 15 };

/**
 * Installs the handlers (once per process). `scan`: the command will scan, so the first
 * signal only stops the scan. `early`: signals bin/leakguard.js caught while the CLI loaded.
 */
export function catchInterrupts(scan: boolean, early: readonly NodeJS.Signals[] = []): void {
  if (scan) scanning = true;
  if (!installed) {
    installed = true;
    for (const sig of SIGNALS) process.on(sig, () => onSignal(sig));
  }
  for (const sig of early) if (sig === 'SIGINT' || sig === 'SIGTERM') onSignal(sig);
}

/** Signals this process received itself (a git child stopped by the group's Ctrl-C is not one: the same Ctrl-C still arrives here after it). */
let own = 0;

function onSignal(sig: (typeof SIGNALS)[number]): void {
  if (!scanning || own++ > 0) process.exit(128 + NUMBER[sig]);
  received ??= sig;
  controller.abort();
}

/** Aborted by the first SIGINT or SIGTERM of a scanning command. */
export const interruptSignal: AbortSignal = controller.signal;

/** Records an interruption seen another way: a git child stopped by the same signal (Ctrl-C reaches the whole process group). */
export function noteInterrupt(sig: NodeJS.Signals): void {
  received ??= sig;
  controller.abort();
}

/** The error a report carries when the scan was cut short. */
export function interruptedMessage(): string | undefined {
  if (!received) return undefined;
  return `interrupted: the report holds what was found before ${received === 'SIGINT' ? 'Ctrl-C' : received}`;
}
