#!/usr/bin/env node
// Generates the labelled accuracy corpus: test/corpus/files/** (realistic files in many
// formats with planted FAKE credentials and decoys) and test/corpus/labels.jsonl (one JSON
// object per labelled line: {"file", "line", "rule_family", "is_secret"}). Every credential
// is random, in its real format (prefixes, lengths, checksums), and was never valid.
// Labels: is_secret true = a scanner should report this line; false = a decoy (reporting it
// is a false positive); unlabelled lines are negatives too. Multi-line secrets (private
// keys) are labelled on their first line.
//   node scripts/corpus/gen-corpus.mjs          (rewrites test/corpus/)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFiles } from './corpus-files.mjs';
import { buildMoreFiles } from './corpus-files-2.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'test/corpus');

/** A file being written: lines with optional labels. */
export class CorpusFile {
  constructor(path, eol = '\n') {
    this.path = path;
    this.eol = eol;
    this.lines = [];
    this.labels = [];
  }
  /** unlabelled text (may hold several lines) */
  add(text) {
    for (const l of text.split('\n')) this.lines.push(l);
    return this;
  }
  /** a line holding a secret the scanner should report */
  secret(family, text) {
    return this.labelled(family, text, true);
  }
  /** a line holding a decoy: reporting it is a false positive */
  decoy(family, text) {
    return this.labelled(family, text, false);
  }
  labelled(family, text, isSecret) {
    this.labels.push({ file: this.path, line: this.lines.length + 1, rule_family: family, is_secret: isSecret });
    return this.add(text);
  }
}

function main() {
  rmSync(join(out, 'files'), { recursive: true, force: true });
  const files = [];
  const file = (path, eol) => {
    const f = new CorpusFile(path, eol);
    files.push(f);
    return f;
  };
  buildFiles(file);
  buildMoreFiles(file);
  const labels = [];
  for (const f of files) {
    const path = join(out, 'files', f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.lines.join(f.eol) + f.eol);
    labels.push(...f.labels);
  }
  writeFileSync(join(out, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const pos = labels.filter((l) => l.is_secret).length;
  console.log(`${files.length} files, ${labels.length} labels (${pos} secrets, ${labels.length - pos} decoys)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
