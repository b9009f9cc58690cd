/**
 * The public API: load a config, pick a source, scan, format. The CLI is built on exactly
 * these pieces.
 *
 *   import { loadConfig, scan, FilesSource, PathFilter, loadFormatter, type Formatter } from 'leakguard';
 */
export { loadConfig, type Config, type LoadOptions } from './config/load.js';
export { runScan as scan, type RunOptions } from './scan.js';
export { scanFragment, buildRuleSet, type RuleSet, type Candidate } from './engine/engine.js';
export { compileRule, type Rule } from './engine/rule.js';
/** Token checksums, for generating valid-looking fake tokens (tests, corpora) */
export { withCrc32Base62, withFineGrainedChecksum } from './engine/checksums.js';
export { PathFilter, type Source } from './sources/source.js';
export { FilesSource } from './sources/files.js';
export { StagedSource } from './sources/staged.js';
export { HistorySource } from './sources/history.js';
export { MessageSource } from './sources/message.js';
export { redactFinding, redactResult, redact } from './findings/redact.js';
export { FORMAT_NAMES, builtinFormatter, type Formatter, type FormatOptions, type RuleInfo } from './formatters/index.js';
export { formatters } from './formatters/all.js';
export { loadFormatter } from './formatters/load.js';
export { applySuppressions, type SuppressOptions } from './findings/suppress.js';
export { parseIgnoreFile, formatIgnoreEntry, IGNORE_FILE } from './findings/ignore-file.js';
export { parseBaseline, formatBaseline, BASELINE_FILE } from './findings/baseline.js';
export { main } from './cli/main.js';
export type * from './types.js';
