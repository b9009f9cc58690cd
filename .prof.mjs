import { readdirSync, readFileSync } from 'node:fs';
const dir = '/tmp/lead-prof';
const f = readdirSync(dir).sort().pop();
const p = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const self = new Map();
for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) || 0) + (p.timeDeltas[i] || 0));
const byUrl = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  const key = (n.callFrame.url || n.callFrame.functionName || '(native)').replace('file:///work/main/', '') + (process.argv[2] ? ' ' + n.callFrame.functionName : '');
  byUrl.set(key, (byUrl.get(key) || 0) + t);
}
const total = [...byUrl.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(1), 'start', p.startTime, 'end', p.endTime, (p.endTime - p.startTime) / 1000);
for (const [k, t] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((t / 1000).toFixed(1).padStart(6), k);
