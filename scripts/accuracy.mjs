#!/usr/bin/env node
// Measured accuracy: scans a labelled corpus with the built scanner (dist/index.js, all
// built-in rules, no user config) and prints precision, recall and F1, overall and per rule
// family. A corpus is a folder with files/ and labels.jsonl (one JSON object a line:
// {"file", "line", "rule_family", "is_secret"}; is_secret null = don't care).
// Scoring is by line: a finding (and each part paired into it) predicts its line; a
// predicted line labelled true is a true positive, one labelled false or not labelled is a
// false positive; a line labelled true and not predicted is a false negative. Recall per
// family uses the label's family; precision per family uses the finding's rule, mapped to
// the corpus's family names.
//   node scripts/accuracy.mjs [--corpus DIR] [--families leakguard|credsweeper] [--json] [--verbose]
//   node scripts/accuracy.mjs --history REPO... : noise on real histories (accuracy-history.mjs)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { familyOf, schemeFor } from './accuracy-families.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { corpus: 'test/corpus', families: undefined, json: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') args.corpus = argv[++i];
    else if (a === '--families') args.families = argv[++i];
    else if (a === '--json') args.json = true;
    else if (a === '--verbose') args.verbose = true;
    else throw new Error(`unknown argument: ${a} (usage: accuracy [--corpus DIR] [--families leakguard|credsweeper] [--json] [--verbose])`);
  }
  return args;
}

/** Scans DIR/files with the built-in rules; returns predicted lines: "file:line" -> Set of rule ids. */
export async function predict(filesDir) {
  const { loadConfig, scan, FilesSource, PathFilter } = await import(join(root, 'dist/index.js'));
  const config = await loadConfig({ cwd: filesDir, noConfig: true });
  const source = new FilesSource({ cwd: filesDir, root: filesDir, paths: ['.'], maxFileSize: config.maxFileSize, filter: new PathFilter(undefined, config.ruleSet.rules) });
  const result = await scan(source, config);
  if (result.errors.length) throw new Error(`scan errors: ${JSON.stringify(result.errors)}`);
  const predicted = new Map();
  const add = (file, line, ruleId) => {
    const key = `${file}:${line}`;
    if (!predicted.has(key)) predicted.set(key, new Set());
    predicted.get(key).add(ruleId);
  };
  for (const f of result.findings) {
    add(f.file, f.line, f.ruleId);
    for (const r of f.related ?? []) add(f.file, r.line, r.ruleId);
  }
  return predicted;
}

/**
 * Lines with several labels: true when any label is true, else false when any is false, else
 * don't care; a true line counts once overall and once in each of its true families.
 */
function byLine(labels) {
  const lines = new Map();
  for (const l of labels) {
    const key = `${l.file}:${l.line}`;
    const e = lines.get(key) ?? lines.set(key, { file: l.file, line: l.line, truth: null, families: new Set() }).get(key);
    if (l.is_secret === true) {
      e.truth = true;
      e.families.add(l.rule_family);
    } else if (l.is_secret === false && e.truth !== true) e.truth = false;
  }
  return lines;
}

export function score(labels, predicted, scheme) {
  const lines = byLine(labels);
  const families = new Map();
  const get = (name) => families.get(name) ?? families.set(name, { tp: 0, fp: 0, fn: 0 }).get(name);
  const overall = { tp: 0, fp: 0, fn: 0 };
  const misses = [];
  const falseAlarms = [];
  for (const [key, e] of lines) {
    if (e.truth !== true || predicted.has(key)) continue;
    overall.fn++;
    for (const f of e.families) get(f).fn++;
    misses.push({ file: e.file, line: e.line, rule_family: [...e.families].join('+') });
  }
  for (const [key, ruleIds] of predicted) {
    const e = lines.get(key);
    if (e && e.truth === null) continue;
    if (e?.truth === true) {
      overall.tp++;
      for (const f of e.families) get(f).tp++;
    } else {
      overall.fp++;
      for (const f of new Set([...ruleIds].map((id) => familyOf(id, scheme)))) get(f).fp++;
      falseAlarms.push({ key, ruleIds: [...ruleIds], label: e ? 'labelled not secret' : 'unlabelled' });
    }
  }
  const metrics = (c) => {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
    return { ...c, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const perFamily = Object.fromEntries([...families].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, metrics(c)]));
  return { overall: metrics(overall), families: perFamily, misses, falseAlarms };
}

export async function evaluate(corpusDir, familiesOption) {
  const labels = readFileSync(join(corpusDir, 'labels.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const scheme = familiesOption ?? schemeFor(labels);
  const predicted = await predict(join(corpusDir, 'files'));
  return { scheme, labels: labels.length, ...score(labels, predicted, scheme) };
}

function table(result) {
  const pct = (x) => x.toFixed(3);
  const row = (name, m) => `${name.padEnd(24)} ${String(m.tp + m.fn).padStart(5)} ${String(m.tp).padStart(5)} ${String(m.fp).padStart(5)} ${String(m.fn).padStart(5)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`;
  const lines = [`${'family'.padEnd(24)} ${'pos'.padStart(5)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}  prec.  recall  f1`];
  for (const [name, m] of Object.entries(result.families)) lines.push(row(name, m));
  lines.push(row('OVERALL', result.overall));
  return lines.join('\n');
}

async function main() {
  if (process.argv.includes('--history')) {
    // real histories instead of a labelled corpus: scripts/accuracy-history.mjs
    const { historyMain } = await import('./accuracy-history.mjs');
    process.exitCode = await historyMain(process.argv.slice(2));
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const corpus = resolve(root, args.corpus);
  const result = await evaluate(corpus, args.families);
  if (args.json) {
    process.stdout.write(JSON.stringify(result, null, 1) + '\n');
    return;
  }
  console.log(`corpus ${args.corpus}: ${result.labels} labels, families: ${result.scheme}\n`);
  console.log(table(result));
  if (args.verbose) {
    console.log('\nfalse negatives (labelled secret, not reported):');
    for (const m of result.misses) console.log(`  ${m.file}:${m.line}  ${m.rule_family}`);
    console.log('\nfalse positives (reported, labelled not secret or not labelled):');
    for (const f of result.falseAlarms) console.log(`  ${f.key}  ${f.ruleIds.join(',')}  ${f.label}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(`accuracy: ${err.message}`);
    process.exitCode = 2;
  });
}
