/**
 * What a history holds besides commits: annotated tags carry a message (and a tagger),
 * and a tag (annotated or not) may point at a blob or a tree instead of a commit.
 * `git rev-list` walks commits only, so a key in `git tag -a v9 -m "..."` or in a file
 * tagged directly (`git tag blobtag <blob>`) would pass an audit and a push. This module
 * finds the refs whose object is not a commit and turns them into fragments: each tag
 * message in a chain of tags, and the contents of a tagged blob or of every blob of a
 * tagged tree. A finding from a tag names it (`gitTag`); a tagged blob's file is the tag
 * name (`git show v9` shows it), a tree's files are `v9:path/in/tree`.
 */
import { gitOutput } from '../git/spawn.js';
import { readBlobs } from '../git/blobs.js';
import type { CommitInfo, Fragment } from '../types.js';
import { isBinary } from './files.js';
import { addNote, type PathFilter, type Source } from './source.js';

export interface TaggedObject {
  /** the ref as git names it (refs/tags/v9), or a revision the user gave */
  ref: string;
  oid: string;
}

export interface TagScanOptions {
  cwd: string;
  paths: PathFilter;
  /** blobs over this size are skipped with a note (bytes) */
  maxBlobSize: number;
  signal?: AbortSignal | undefined;
}

/** Tag messages are small; a tag object larger than this is read up to it. */
const MAX_TAG = 64 * 1024 * 1024;

/** Every ref whose object is not a commit (an annotated tag, a tag of a blob or a tree). */
export async function nonCommitRefs(cwd: string): Promise<TaggedObject[]> {
  const out = await gitOutput(['for-each-ref', '--format=%(objecttype) %(objectname) %(refname)'], { cwd });
  const found: TaggedObject[] = [];
  for (const line of out.toString('utf8').split('\n')) {
    const m = /^(\w+) ([0-9a-f]+) (.+)$/.exec(line);
    if (m && m[1] !== 'commit') found.push({ ref: m[3]!, oid: m[2]! });
  }
  return found;
}

/** The revisions given (not ranges, not exclusions) that name a tag, a blob or a tree. */
export async function nonCommitRevs(revs: readonly string[], cwd: string): Promise<TaggedObject[]> {
  const names = revs.filter((r) => !r.startsWith('-') && !r.startsWith('^') && !r.includes('..') && !r.includes('\n'));
  if (names.length === 0) return [];
  const types = await batchCheck(names, cwd);
  return names.flatMap((name, i) => {
    const t = types[i];
    return t && t.type !== 'commit' ? [{ ref: name, oid: t.oid }] : [];
  });
}

async function batchCheck(names: readonly string[], cwd: string): Promise<Array<{ oid: string; type: string } | null>> {
  const out = await gitOutput(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { cwd, input: names.join('\n') + '\n' });
  return out
    .toString('utf8')
    .split('\n')
    .slice(0, names.length)
    .map((line) => {
      const [oid, type] = line.split(' ');
      return oid && type && type !== 'missing' && type !== 'ambiguous' && /^[0-9a-f]+$/.test(oid) ? { oid, type } : null;
    });
}

/** `refs/tags/v9` -> `v9`; other refs as they are. */
export function tagName(ref: string): string {
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : ref;
}

interface Parsed {
  object: string;
  type: string;
  tagger: CommitInfo;
  message: string;
}

/** A tag object: its header (object, type, tagger) and its message, without a trailing signature. */
export function parseTag(oid: string, data: Buffer): Parsed {
  const text = data.toString('utf8');
  const end = text.indexOf('\n\n');
  const header = end === -1 ? text : text.slice(0, end);
  const message = end === -1 ? '' : text.slice(end + 2);
  const field = (name: string) => new RegExp(`^${name} (.*)$`, 'm').exec(header)?.[1] ?? '';
  const who = /^(.*?) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(field('tagger'));
  const tagger: CommitInfo = {
    sha: oid,
    author: who?.[1] ?? '',
    email: who?.[2] ?? '',
    date: who ? new Date(Number(who[3]) * 1000).toISOString() : '',
    message: `tag ${field('tag')}: ${message.split('\n', 1)[0] ?? ''}`,
  };
  return { object: field('object'), type: field('type'), tagger, message: withoutSignature(message) };
}

/** A signed tag's signature block (PGP, SSH, X.509) is blanked: it is not the tagger's text. */
function withoutSignature(message: string): string {
  const m = /\n?-----BEGIN (PGP|SSH|SIGNED) [A-Z ]*-----\n[\s\S]*-----END \1 [A-Z ]*-----\n?$/.exec(message);
  if (!m) return message;
  return message.slice(0, m.index) + m[0].replace(/[^\n]/g, '');
}

/**
 * The fragments of tagged objects: each tag's message (following chains of tags), then the
 * tagged blobs and the blobs of tagged trees. Tagged commits are left to the commit walk.
 */
export async function* tagFragments(targets: readonly TaggedObject[], source: Source, options: TagScanOptions): AsyncGenerator<Fragment> {
  const seen = new Set<string>();
  /** non-tag objects to read: the name findings get, and the tag that names them */
  const blobs: Array<{ oid: string; file: string; tag: string; info?: CommitInfo }> = [];
  const trees: Array<{ oid: string; tag: string; info?: CommitInfo }> = [];
  let level: Array<{ oid: string; tag: string; info?: CommitInfo }> = targets.map((t) => ({ oid: t.oid, tag: tagName(t.ref) }));
  while (level.length) {
    const types = await batchCheck(level.map((l) => l.oid), options.cwd);
    const tags: typeof level = [];
    level.forEach((l, i) => {
      const type = types[i]?.type;
      if (type === 'tag' && !seen.has(l.oid)) tags.push(l);
      else if (type === 'blob') blobs.push({ ...l, file: l.tag });
      else if (type === 'tree') trees.push(l);
      seen.add(l.oid);
    });
    const next: typeof level = [];
    for await (const obj of readBlobs(tags.map((t) => t.oid), { cwd: options.cwd, maxSize: MAX_TAG, ...(options.signal ? { signal: options.signal } : {}) })) {
      const t = tags.find((x) => x.oid === obj.id)!;
      if (!obj.data) continue;
      const parsed = parseTag(obj.id, obj.data);
      source.stats.bytes += obj.data.length;
      if (parsed.message.trim()) yield { text: parsed.message, path: null, startLine: 1, origin: 'message', commit: parsed.tagger, gitTag: t.tag };
      if (parsed.type !== 'commit' && /^[0-9a-f]+$/.test(parsed.object)) next.push({ oid: parsed.object, tag: t.tag, info: parsed.tagger });
    }
    level = next;
  }
  for (const tree of trees) blobs.push(...(await treeBlobs(tree, options)));
  yield* blobFragments(blobs, source, options);
}

/** tagFragments in batches of at most 256 (for Source.batches). */
export async function* tagBatches(targets: readonly TaggedObject[], source: Source, options: TagScanOptions): AsyncGenerator<Fragment[]> {
  if (targets.length === 0) return;
  let batch: Fragment[] = [];
  for await (const f of tagFragments(targets, source, options)) {
    batch.push(f);
    if (batch.length >= 256) yield batch.splice(0);
  }
  if (batch.length) yield batch;
}

/** The blobs of a tagged tree (submodules' commits are not in this repository: left out). */
async function treeBlobs(tree: { oid: string; tag: string; info?: CommitInfo }, options: TagScanOptions) {
  const out = await gitOutput(['ls-tree', '-r', '-z', '--full-tree', tree.oid], { cwd: options.cwd });
  const found: Array<{ oid: string; file: string; tag: string; info?: CommitInfo }> = [];
  for (const entry of out.toString('utf8').split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t([\s\S]+)$/.exec(entry);
    if (!m || options.paths.check(m[2]!).skip) continue;
    found.push({ oid: m[1]!, file: `${tree.tag}:${m[2]!}`, tag: tree.tag, ...(tree.info ? { info: tree.info } : {}) });
  }
  return found;
}

async function* blobFragments(blobs: Array<{ oid: string; file: string; tag: string; info?: CommitInfo }>, source: Source, options: TagScanOptions): AsyncGenerator<Fragment> {
  let i = 0;
  for await (const blob of readBlobs(blobs.map((b) => b.oid), { cwd: options.cwd, maxSize: options.maxBlobSize, ...(options.signal ? { signal: options.signal } : {}) })) {
    const b = blobs[i++]!;
    if (!blob.data) {
      addNote(source, b.file, `tagged blob skipped: ${blob.size} bytes is over the size limit (maxFileSize)`);
      continue;
    }
    source.stats.bytes += blob.data.length;
    if (isBinary(blob.data)) {
      addNote(source, b.file, 'tagged binary blob skipped');
      continue;
    }
    const inner = b.file.startsWith(`${b.tag}:`) ? b.file.slice(b.tag.length + 1) : b.file;
    const { disabled } = options.paths.check(inner);
    const f: Fragment = { text: blob.data.toString('utf8'), path: b.file, startLine: 1, origin: 'commit', gitTag: b.tag };
    if (b.info) f.commit = b.info;
    if (disabled) f.disabledRules = disabled;
    yield f;
  }
}
