/**
 * A faithful-enough GitHub Actions runner for this repository's composite action.yml, for
 * the tests: it evaluates `if:` conditions and `${{ }}` expressions (contexts github,
 * inputs, steps; always(), success(), hashFiles(); ==, !=, &&, ||, !, parentheses, with
 * GitHub's loose comparison), runs each `run:` step as the runner does (bash --noprofile
 * --norc -eo pipefail, the step's env, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY/GITHUB_EVENT_PATH
 * files), parses step outputs, and records `uses:` steps (setup-node, the SARIF upload)
 * with their resolved condition instead of running them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Value = string | number | boolean | null | Record<string, unknown>;

export interface StepRecord {
  name: string;
  ran: boolean;
  uses?: string;
  with?: Record<string, string>;
  continueOnError?: boolean;
  code?: number;
  stdout?: string;
  stderr?: string;
}

export interface RunContext {
  actionPath: string;
  workspace: string;
  eventName: string;
  event: Record<string, unknown>;
  repository: string;
  inputs: Record<string, string>;
  runnerTemp: string;
  env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  steps: StepRecord[];
  outputs: Record<string, string>;
  /** the job's result: failure when a step without continue-on-error failed */
  failed: boolean;
  summaryFile: string;
}

function tokenize(raw: string): string[] {
  const src = raw.trim();
  const re = /\s*(\(|\)|!=|==|&&|\|\||!|,|'(?:[^']|'')*'|[A-Za-z_][\w-]*(?:\.[\w-]+)*|\d+(?:\.\d+)?)/y;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while (re.lastIndex < src.length && (m = re.exec(src))) out.push(m[1]!);
  if (src.slice(re.lastIndex).trim()) throw new Error(`cannot parse expression: ${src}`);
  return out;
}

function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

function toNumber(v: Value): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  return NaN;
}

function looseEquals(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && a !== null && b !== null) return a === b;
  return toNumber(a) === toNumber(b);
}

export function evaluate(expr: string, ctx: Record<string, unknown>, fns: Record<string, (...a: Value[]) => Value>): Value {
  const t = tokenize(expr);
  let i = 0;
  const peek = () => t[i];
  const next = () => t[i++]!;
  function primary(): Value {
    const tok = next();
    if (tok === '(') {
      const v = or();
      next();
      return v;
    }
    if (tok === '!') return !truthy(primary());
    if (tok.startsWith("'")) return tok.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(tok)) return Number(tok);
    if (tok === 'true' || tok === 'false') return tok === 'true';
    if (tok === 'null') return null;
    if (peek() === '(') {
      next();
      const args: Value[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') next();
      }
      next();
      const fn = fns[tok];
      if (!fn) throw new Error(`unknown function ${tok}`);
      return fn(...args);
    }
    let v: unknown = ctx;
    for (const part of tok.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    return v === undefined ? null : (v as Value);
  }
  function cmp(): Value {
    let v = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const w = primary();
      v = op === '==' ? looseEquals(v, w) : !looseEquals(v, w);
    }
    return v;
  }
  function and(): Value {
    let v = cmp();
    while (peek() === '&&') {
      next();
      const w = cmp();
      v = truthy(v) ? w : v;
    }
    return v;
  }
  function or(): Value {
    let v = and();
    while (peek() === '||') {
      next();
      const w = and();
      v = truthy(v) ? v : w;
    }
    return v;
  }
  const v = or();
  if (i !== t.length) throw new Error(`trailing tokens in ${expr}`);
  return v;
}

const str = (v: Value) => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function runAction(rc: RunContext): RunResult {
  const action = parse(readFileSync(join(rc.actionPath, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { steps: Array<Record<string, unknown>> };
  };
  const inputs: Record<string, string> = {};
  for (const [k, spec] of Object.entries(action.inputs)) inputs[k] = rc.inputs[k] ?? spec.default ?? '';
  const eventPath = join(rc.runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(rc.event));
  const summaryFile = join(rc.runnerTemp, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  const github = { event_name: rc.eventName, event: rc.event, repository: rc.repository, action_path: rc.actionPath, workspace: rc.workspace };
  let failed = false;
  const fns = (): Record<string, (...a: Value[]) => Value> => ({
    always: () => true,
    success: () => !failed,
    failure: () => failed,
    cancelled: () => false,
    hashFiles: (...pats) => (pats.some((p) => existsSync(join(rc.workspace, str(p)))) ? 'a-hash' : ''),
  });
  const ctx = () => ({ github, inputs, steps });
  const interpolate = (s: string) => s.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => str(evaluate(e, ctx(), fns())));
  const records: StepRecord[] = [];
  for (const step of action.runs.steps) {
    const name = String(step.name ?? step.id ?? step.uses);
    const cond = step.if === undefined ? 'success()' : String(step.if).replace(/^\$\{\{(.*)\}\}$/s, '$1');
    const ok = truthy(evaluate(/\b(always|success|failure|cancelled)\(\)/.test(cond) ? cond : `success() && (${cond})`, ctx(), fns()));
    const rec: StepRecord = { name, ran: ok, ...(step['continue-on-error'] ? { continueOnError: true } : {}) };
    records.push(rec);
    if (!ok) continue;
    if (step.uses) {
      rec.uses = String(step.uses);
      rec.with = Object.fromEntries(Object.entries((step.with ?? {}) as Record<string, string>).map(([k, v]) => [k, interpolate(String(v))]));
      continue;
    }
    const outFile = join(rc.runnerTemp, `output-${records.length}`);
    writeFileSync(outFile, '');
    const env: NodeJS.ProcessEnv = {
      ...(rc.env ?? process.env),
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_ACTION_PATH: rc.actionPath,
      GITHUB_WORKSPACE: rc.workspace,
      GITHUB_EVENT_NAME: rc.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: rc.repository,
      GITHUB_OUTPUT: outFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: rc.runnerTemp,
    };
    for (const [k, v] of Object.entries((step.env ?? {}) as Record<string, string>)) env[k] = interpolate(String(v));
    const script = join(rc.runnerTemp, `step-${records.length}.sh`);
    // the script text is interpolated as the runner does (action.yml should leave nothing to interpolate there)
    writeFileSync(script, interpolate(String(step.run)));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: rc.workspace, env, encoding: 'utf8' });
    Object.assign(rec, { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    const outputs: Record<string, string> = {};
    for (const line of readFileSync(outFile, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
    if (step.id) steps[String(step.id)] = { outputs, outcome: r.status === 0 ? 'success' : 'failure' };
    if (r.status !== 0 && !step['continue-on-error']) failed = true;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, o]) => [k, interpolate(o.value)]));
  return { steps: records, outputs, failed, summaryFile };
}
