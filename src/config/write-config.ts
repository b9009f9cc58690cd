/**
 * Adding rules and allow regexes to a user's leakguard config file without disturbing it
 * (`leakguard import`): a YAML file is edited as a document, so its comments and layout
 * stay; a JSON file (or package.json's `leakguard` key) is rewritten with 2-space
 * indentation. A JavaScript config is code: it cannot be edited, and says so. Entries
 * already there (same rule id, same regex) are not added again.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { LeakguardError, errorMessage } from '../errors.js';
import type { RuleSpec } from '../types.js';

export interface Additions {
  rules: RuleSpec[];
  allowRegexes: string[];
}

/** Adds to the config file at `path` (created as YAML when missing); returns what was new. */
export async function addToConfig(path: string, label: string, add: Additions): Promise<Additions> {
  const name = basename(path);
  if (/\.[cm]?js$/.test(name)) throw new LeakguardError(`${label}: a JavaScript config cannot be edited: add the rules yourself (run with --config FILE.yaml to write a YAML config instead)`);
  const text = existsSync(path) ? await readFile(path, 'utf8') : '';
  if (name === 'package.json' || name.endsWith('.json')) return editJson(path, label, text, add, name === 'package.json');
  return editYaml(path, label, text, add);
}

function newOnes(add: Additions, ids: ReadonlySet<string>, regexes: ReadonlySet<string>): Additions {
  return { rules: add.rules.filter((r) => !ids.has(r.id)), allowRegexes: add.allowRegexes.filter((r) => !regexes.has(r)) };
}

async function editYaml(path: string, label: string, text: string, add: Additions): Promise<Additions> {
  const doc = text.trim() ? parseDocument(text) : new Document({});
  if (doc.errors.length) throw new LeakguardError(`${label}: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new LeakguardError(`${label}: must be a mapping`);
  const rules = doc.get('rules');
  const ids = new Set(isSeq(rules) ? rules.items.map((r) => (isMap(r) ? String(r.get('id')) : '')) : []);
  const allow = doc.getIn(['allow', 'regexes']);
  const regexes = new Set(isSeq(allow) ? allow.items.map((r) => String((r as { value?: unknown }).value ?? r)) : []);
  const fresh = newOnes(add, ids, regexes);
  for (const r of fresh.rules) {
    if (isSeq(doc.get('rules'))) doc.addIn(['rules'], doc.createNode(r));
    else doc.set('rules', doc.createNode([r]));
  }
  for (const re of fresh.allowRegexes) {
    if (isSeq(doc.getIn(['allow', 'regexes']))) doc.addIn(['allow', 'regexes'], re);
    else doc.setIn(['allow', 'regexes'], doc.createNode([re]));
  }
  if (fresh.rules.length || fresh.allowRegexes.length) await save(path, label, doc.toString({ lineWidth: 0 }));
  return fresh;
}

async function editJson(path: string, label: string, text: string, add: Additions, packageJson: boolean): Promise<Additions> {
  let data: Record<string, unknown>;
  try {
    data = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch (err) {
    throw new LeakguardError(`${label}: ${errorMessage(err)}`);
  }
  const config = (packageJson ? ((data.leakguard ??= {}) as Record<string, unknown>) : data) as {
    rules?: Array<{ id?: string }>;
    allow?: { regexes?: string[] };
  };
  const fresh = newOnes(add, new Set((config.rules ?? []).map((r) => String(r.id))), new Set(config.allow?.regexes ?? []));
  if (fresh.rules.length) config.rules = [...(config.rules ?? []), ...fresh.rules];
  if (fresh.allowRegexes.length) config.allow = { ...config.allow, regexes: [...(config.allow?.regexes ?? []), ...fresh.allowRegexes] };
  if (fresh.rules.length || fresh.allowRegexes.length) await save(path, label, JSON.stringify(data, null, 2) + '\n');
  return fresh;
}

async function save(path: string, label: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (err) {
    throw new LeakguardError(`${label}: cannot write: ${errorMessage(err)}`);
  }
}
