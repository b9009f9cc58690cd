// A reproducible repository with a long history for the benchmarks: a seeded PRNG drives
// `git fast-import`, so the same seed gives the same commits, byte for byte, without
// network. Source-like files in several languages change a few at a time; every 50th
// commit merges a side branch; a few fake AWS keys (random, valid-looking) are added and
// later removed, so the audit has something to find.
import { execFileSync } from 'node:child_process';

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'const let return function value result config client request response error data items index count name path file user token cache update create delete handle parse format render state props query filter map reduce'.split(' ');
const EXTS = ['js', 'ts', 'py', 'go', 'rb', 'json', 'yaml', 'md'];

export function generateRepo(dir, { commits = 3000, seed = 42, files = 300 } = {}) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const line = () => {
    const n = 3 + Math.floor(rand() * 8);
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `  ${words[0]} ${words.slice(1).join('_')} = ${pick(WORDS)}(${Math.floor(rand() * 1000)});`;
  };
  const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const fakeKey = () => 'AKIA' + Array.from({ length: 16 }, () => b32[Math.floor(rand() * 32)]).join('');

  const paths = Array.from({ length: files }, (_, i) => `src/${pick(WORDS)}-${i}/${pick(WORDS)}.${EXTS[i % EXTS.length]}`);
  const content = new Map(paths.map((p) => [p, Array.from({ length: 40 + Math.floor(rand() * 160) }, line)]));
  let out = '';
  const chunks = [];
  const flush = () => {
    chunks.push(out);
    out = '';
  };
  const blob = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let mark = 0;
  let time = 1_500_000_000;
  const commit = (branch, message, changed, from, merge) => {
    mark++;
    time += 3600;
    out += `commit refs/heads/${branch}\nmark :${mark}\nauthor Dev ${mark % 7} <dev${mark % 7}@example.com> ${time} +0000\ncommitter Dev <dev@example.com> ${time} +0000\n${blob(message)}`;
    if (from) out += `from :${from}\n`;
    if (merge) out += `merge :${merge}\n`;
    for (const p of changed) out += `M 100644 inline ${p}\n${blob(content.get(p).join('\n') + '\n')}`;
    out += '\n';
    if (out.length > 1 << 20) flush();
    return mark;
  };

  const edit = (n) => {
    const changed = new Set();
    for (let i = 0; i < n; i++) {
      const p = pick(paths);
      const lines = content.get(p);
      for (let k = 0; k < 1 + Math.floor(rand() * 120); k++) {
        const at = Math.floor(rand() * lines.length);
        if (rand() < 0.5) lines[at] = line();
        else lines.splice(at, 0, line());
      }
      changed.add(p);
    }
    return [...changed];
  };

  let main = commit('main', 'initial import', paths);
  const leaks = [];
  for (let i = 1; i < commits; i++) {
    if (i % 50 === 0) {
      const side = commit('side', `side work ${i}`, edit(2), main);
      main = commit('main', `Merge branch 'side' (${i})`, edit(1), main, side);
      continue;
    }
    if (i % 400 === 7) {
      const p = pick(paths);
      content.get(p).push(`  aws_access_key_id = "${fakeKey()}"`);
      leaks.push(p);
      main = commit('main', `configure deployment ${i}`, [p], main);
      continue;
    }
    if (i % 400 === 207 && leaks.length) {
      const p = leaks.shift();
      content.set(p, content.get(p).filter((l) => !l.includes('aws_access_key_id')));
      main = commit('main', `remove credentials ${i}`, [p], main);
      continue;
    }
    main = commit('main', `change ${i}: ${pick(WORDS)} ${pick(WORDS)}`, edit(1 + Math.floor(rand() * 4)), main);
  }
  flush();
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: chunks.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
}
