#!/usr/bin/env node
// The shim: run the CLI, write its output, set the exit code (a crash is exit code 2).
// Ctrl-C or SIGTERM while the CLI loads is remembered and handed to it (src/cli/interrupt.ts).
const early = [];
const remember = (sig) => early.push(sig);
process.on('SIGINT', remember);
process.on('SIGTERM', remember);
let main;
try {
  ({ main } = await import('../dist/leakguard.js'));
} catch (err) {
  process.stderr.write(
    err && err.code === 'ERR_MODULE_NOT_FOUND'
      ? 'leakguard: not built: run `npm run dist` (dist/ is committed: a checkout has it)\n'
      : `leakguard: cannot load: ${err && err.message}\n`,
  );
  process.exit(2);
}
try {
  const running = main(process.argv.slice(2), undefined, early);
  process.removeListener('SIGINT', remember);
  process.removeListener('SIGTERM', remember);
  process.exitCode = await running;
} catch (err) {
  process.stderr.write(`leakguard: internal error: ${err && err.message}\n`);
  process.exitCode = 2;
}
