/**
 * The modules on the git hooks' start-up path, gathered in one place for the bundler.
 *
 * Every module loaded at start-up is a file Node must resolve, read and link, about half a
 * millisecond each, and a hook's whole budget is start-up. esbuild splits code that a
 * lazily imported module shares with the start-up path into chunks of their own, which
 * cut the path into twenty files. scripts/build.mjs therefore makes every lazily imported
 * module of ours import this one: the start-up path is then shared by all of them alike,
 * and lands in one chunk.
 */
export { DEFAULT_ARGS } from './defaults.js';
export { runScanCommand } from './scan-command.js';
export { startStagedDiff } from '../sources/staged.js';
