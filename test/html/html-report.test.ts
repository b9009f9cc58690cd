// The HTML report, rendered by the real bin/leakguard.js from real repositories and loaded
// in headless Chromium: counts, timelines, filters and sorting by keyboard, hostile strings
// that stay text, no console error, no network request, readable without JavaScript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, type Page } from './browser.js';
import { fakeKeyId, fakeSecret, makeRepo, randomString, run, tempDir, type JsonReport } from '../helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await Browser.launch();
});
afterAll(async () => browser?.close());

/** Runs leakguard once with an HTML report and a JSON report of the same scan. */
function report(args: string[], cwd: string, env?: NodeJS.ProcessEnv): { html: string; file: string; json: JsonReport; code: number } {
  const out = tempDir();
  const file = join(out, 'report.html');
  const r = run([...args, '--format', 'html', '--output', file, '--report', `json=${join(out, 'report.json')}`], { cwd, env });
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  return { html: readFileSync(file, 'utf8'), file, json: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as JsonReport, code: r.code };
}

async function load(file: string): Promise<Page> {
  return browser.open(pathToFileURL(file).href);
}

function noSideEffects(page: Page, file: string): void {
  expect(page.problems()).toEqual([]);
  expect(page.requests().filter((u) => u !== pathToFileURL(file).href)).toEqual([]);
}

describe('html report', () => {
  it('says nothing was found, and still shows the run and its sections', async () => {
    const repo = makeRepo();
    repo.write('README.md', '# nothing to see\n');
    repo.commit('init');
    const r = report(['history'], repo.dir, repo.env);
    expect(r.code).toBe(0);
    expect(r.html).toMatch(/^<!doctype html>/);
    expect(r.html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    const page = await load(r.file);
    const dom = await page.eval<{ title: string; total: string; empty: string | null; errors: string | null; scripts: number }>(
      `({ title: document.title, total: document.getElementById('total').textContent, empty: document.getElementById('no-findings')?.textContent ?? null, errors: document.getElementById('errors')?.textContent ?? null, scripts: document.scripts.length })`,
    );
    expect(dom).toEqual({ title: 'leakguard: no secrets found', total: '0', empty: 'No secrets found.', errors: 'None.', scripts: 1 });
    noSideEffects(page, r.file);
  });

  it('shows a leaked key pair with its timeline: introduced, moved, still present, and the respond command', async () => {
    const repo = makeRepo();
    const id = fakeKeyId();
    const secret = fakeSecret();
    repo.write('config/.env', `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
    const added = repo.commit('add the deploy settings', '2024-02-03T04:05:06Z');
    repo.write('other.env', `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
    repo.commit('copy them');
    const r = report(['history'], repo.dir, repo.env);
    expect(r.code).toBe(1);
    // redacted like every other format: neither whole secret anywhere in the page
    expect(r.html).not.toContain(secret);
    expect(r.html).not.toContain(secret.slice(4, 24));
    const page = await load(r.file);
    const rows = await page.eval<Array<{ rule: string; status: string; timeline: string[] }>>(
      `[...document.querySelectorAll('#findings tbody tr')].map((tr) => ({ rule: tr.dataset.rule, status: tr.dataset.status, timeline: [...tr.querySelectorAll('ol.timeline li')].map((li) => li.textContent) }))`,
    );
    expect(rows.length).toBe(r.json.findings.length);
    const first = rows.find((x) => x.rule === 'aws-access-key-id' && x.timeline[0]!.includes(added.slice(0, 12)));
    expect(first).toBeDefined();
    expect(first!.timeline[0]).toContain('2024-02-03');
    expect(first!.timeline[0]).toContain('add the deploy settings');
    expect(first!.timeline.some((l) => /Still present at HEAD/.test(l))).toBe(true);
    expect(first!.timeline.some((l) => /leakguard respond aws-access-key-id:[0-9a-f]{16} --commit [0-9a-f]{12}/.test(l))).toBe(true);
    expect(first!.timeline.some((l) => l.includes('other.env'))).toBe(true);
    const summary = await page.eval<string>(`document.getElementById('summary').textContent`);
    expect(summary).toContain('aws: ');
    const account = r.json.findings.find((f) => f.aws)!.aws!.account;
    if (account) expect(summary).toContain(account);
    noSideEffects(page, r.file);
  });

  it('keeps hostile paths, authors and messages as text: no markup, no script, no bidi trick', async () => {
    const repo = makeRepo();
    const evil = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\u202eexe.txt`;
    repo.write(`${evil.replace(/\//g, '_')}.env`, `AWS_ACCESS_KEY_ID=${fakeKeyId()}\nAWS_SECRET_ACCESS_KEY=${fakeSecret()}\n`);
    repo.git('config', 'user.name', 'Mallory');
    repo.commit(`</td></tr></table><script>window.__pwned=3</script> \u001b[31mred`);
    const r = report(['history'], repo.dir, repo.env);
    expect(r.code).toBe(1);
    expect(r.html).not.toMatch(/<script>window/);
    expect(r.html).not.toContain('\u202e');
    expect(r.html).not.toContain('\u001b');
    const page = await load(r.file);
    const dom = await page.eval<{ pwned: unknown; imgs: number; scripts: number; cell: string; rows: number; timeline: string }>(
      `({ pwned: window.__pwned ?? null, imgs: document.images.length, scripts: document.scripts.length, rows: document.querySelectorAll('#findings tbody tr').length,
          cell: document.querySelector('#findings tbody td.mono').textContent, timeline: document.querySelector('ol.timeline li').textContent })`,
    );
    expect(dom.pwned).toBeNull();
    expect(dom.imgs).toBe(0);
    expect(dom.scripts).toBe(1);
    expect(dom.rows).toBe(r.json.findings.length);
    expect(dom.cell).toContain('<img src=x onerror=');
    expect(dom.cell).toContain('\\u202eexe.txt');
    expect(dom.timeline).toContain('<script>window.__pwned=3</script>');
    expect(dom.timeline).toContain('\\x1b[31mred');
    noSideEffects(page, r.file);
  });

  it('filters and sorts many findings, by keyboard too, and stays small', async () => {
    const repo = makeRepo();
    const pairs = 300;
    const passwords = 700;
    for (let f = 0; f < 10; f++) {
      const lines: string[] = [];
      for (let i = f; i < pairs; i += 10) lines.push(`aws_access_key_id = ${fakeKeyId()}`, `aws_secret_access_key = ${fakeSecret()}`, '');
      repo.write(`keys/k${f}.ini`, lines.join('\n'));
      const pw: string[] = [];
      for (let i = f; i < passwords; i += 10) pw.push(`password = "${randomString('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', 14)}!9"`);
      repo.write(`src/settings${f}.py`, pw.join('\n') + '\n');
    }
    repo.commit('many');
    repo.write('keys/k0.ini', '# rotated\n');
    repo.commit('remove one file of keys');
    const r = report(['history'], repo.dir, repo.env);
    expect(r.code).toBe(1);
    const n = r.json.findings.length;
    expect(n).toBeGreaterThanOrEqual(1000);
    expect(Buffer.byteLength(r.html)).toBeLessThan(2 * 1024 * 1024);
    const page = await load(r.file);
    const count = (sel: string) => page.eval<number>(`[...document.querySelectorAll('${sel}')].filter((tr) => !tr.hidden).length`);
    expect(await count('#findings tbody tr')).toBe(n);
    expect(await page.eval<boolean>(`document.getElementById('controls').hidden`)).toBe(false);

    const critical = r.json.findings.filter((f) => f.severity === 'critical').length;
    expect(critical).toBeGreaterThan(0);
    await page.eval(`(() => { const s = document.getElementById('f-severity'); s.value = 'critical'; s.dispatchEvent(new Event('change')); })()`);
    expect(await count('#findings tbody tr')).toBe(critical);
    expect(await page.eval<string>(`document.getElementById('shown').textContent`)).toBe(`${critical} of ${n} shown`);

    const removed = r.json.findings.filter((f) => f.severity === 'critical' && f.status === 'removed').length;
    expect(removed).toBeGreaterThan(0);
    await page.eval(`(() => { const s = document.getElementById('f-status'); s.value = 'removed'; s.dispatchEvent(new Event('change')); })()`);
    expect(await count('#findings tbody tr')).toBe(removed);

    await page.eval(`(() => { for (const id of ['f-severity', 'f-status']) { const s = document.getElementById(id); s.value = ''; s.dispatchEvent(new Event('change')); } const p = document.getElementById('f-path'); p.value = 'settings3'; p.dispatchEvent(new Event('input')); })()`);
    expect(await count('#findings tbody tr')).toBe(r.json.findings.filter((f) => f.file?.includes('settings3')).length);
    await page.eval(`(() => { const p = document.getElementById('f-path'); p.value = ''; p.dispatchEvent(new Event('input')); })()`);

    // sort by severity with the keyboard: focus the column's button, press Enter (ascending), then Space (descending)
    await page.eval(`document.querySelector('th[data-key=severity] button').focus()`);
    await page.press('Enter');
    const asc = await page.eval<string[]>(`[...document.querySelectorAll('#findings tbody tr')].map((tr) => tr.dataset.severity)`);
    expect(asc).toEqual([...asc].sort((a, b) => Number(a) - Number(b)));
    expect(await page.eval<string>(`document.querySelector('th[data-key=severity]').getAttribute('aria-sort')`)).toBe('ascending');
    await page.press(' ');
    const desc = await page.eval<string[]>(`[...document.querySelectorAll('#findings tbody tr')].map((tr) => tr.dataset.severity)`);
    expect(desc[0]).toBe('5');
    expect(desc).toEqual([...desc].sort((a, b) => Number(b) - Number(a)));
    noSideEffects(page, r.file);
  });

  it('is complete without JavaScript: every finding is in the markup, and errors and notes have their sections', async () => {
    const dir = tempDir();
    const id = fakeKeyId();
    const { writeFileSync, mkdirSync, symlinkSync } = await import('node:fs');
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/app.js'), `const id = "${id}";\nconst secret_access_key = "${fakeSecret()}";\n`);
    writeFileSync(join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 3, 0, 255]));
    symlinkSync('/nonexistent/target', join(dir, 'dangling'));
    const r = report(['scan', '.', '--verbose'], dir);
    expect(r.code).toBe(1);
    const rows = r.html.match(/<tr class="finding"/g) ?? [];
    expect(rows.length).toBe(r.json.findings.length);
    expect(r.html).toContain('src/app.js:1:');
    expect(r.html).toMatch(/<h2 id="notes-h">Notes \(\d+\)<\/h2>/);
    // the controls exist for the script to reveal; without it they stay hidden and the table reads as is
    expect(r.html).toMatch(/<div id="controls" hidden/);
    const page = await load(r.file);
    noSideEffects(page, r.file);
  });

  it('prints without the controls (print stylesheet)', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'a.env'), `AWS_ACCESS_KEY_ID=${fakeKeyId()}\nAWS_SECRET_ACCESS_KEY=${fakeSecret()}\n`);
    const r = report(['scan', '.'], dir);
    const page = await load(r.file);
    await browser.send('Emulation.setEmulatedMedia', { media: 'print' }, page.sessionId);
    expect(await page.eval<string>(`getComputedStyle(document.getElementById('controls')).display`)).toBe('none');
    await browser.send('Emulation.setEmulatedMedia', { media: 'screen' }, page.sessionId);
    expect(await page.eval<string>(`getComputedStyle(document.getElementById('controls')).display`)).not.toBe('none');
  });
});
