/**
 * Headless Chromium (Debian's `chromium`) driven over the DevTools protocol through a pipe
 * (`--remote-debugging-pipe`: NUL-separated JSON on file descriptors 3 and 4), so the tests
 * need no WebSocket client and no browser download. The browser gets a proxy that is a
 * closed port on 127.0.0.1: a page that tried to reach the network could not, and every
 * request it attempts is recorded from the protocol's Network events.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { freePort } from '../helpers.js';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

export class Browser {
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private buffer = '';
  readonly events: Message[] = [];
  private waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const out = child.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (d: string) => this.receive(d));
    child.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error('chromium exited'));
      this.pending.clear();
    });
  }

  static async launch(): Promise<Browser> {
    if (!CHROMIUM) throw new Error('chromium is not installed (.ci/run installs it with apt-get)');
    const profile = mkdtempSync(join(tmpdir(), 'leakguard-chromium-'));
    const port = await freePort();
    const args = [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--allow-file-access-from-files',
      `--proxy-server=127.0.0.1:${port}`,
      '--proxy-bypass-list=<-loopback>',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ];
    const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    return new Browser(child, profile);
  }

  private receive(d: string): void {
    this.buffer += d;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) !== -1) {
      const m = JSON.parse(this.buffer.slice(0, end)) as Message;
      this.buffer = this.buffer.slice(end + 1);
      if (m.id !== undefined && this.pending.has(m.id)) {
        const p = this.pending.get(m.id)!;
        this.pending.delete(m.id);
        if (m.error) p.reject(new Error(m.error.message));
        else p.resolve(m.result ?? {});
      } else if (m.method) {
        this.events.push(m);
        this.waiters = this.waiters.filter((w) => (w.test(m) ? (w.resolve(m), false) : true));
      }
    }
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const msg = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      (this.child.stdio[3] as Writable).write(msg + '\0');
    });
  }

  waitFor(test: (m: Message) => boolean, ms = 20_000): Promise<Message> {
    const seen = this.events.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a DevTools event')), ms);
      this.waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  /** A new tab showing `url`, with Runtime, Log, Network and Page events recorded from its first request. */
  async open(url: string): Promise<Page> {
    const { targetId } = (await this.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    for (const domain of ['Runtime', 'Log', 'Network', 'Page']) await this.send(`${domain}.enable`, {}, sessionId);
    const loaded = this.waitFor((m) => m.sessionId === sessionId && m.method === 'Page.loadEventFired');
    await this.send('Page.navigate', { url }, sessionId);
    await loaded;
    return new Page(this, sessionId);
  }

  /** Asks the browser to close, waits for it (killing it after 5 s), then removes its profile. */
  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    this.send('Browser.close').catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    // the browser's helper processes may still be letting go of the profile for a moment
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

export class Page {
  constructor(
    private readonly browser: Browser,
    readonly sessionId: string,
  ) {}

  /** Evaluates an expression in the page; its value (JSON-serialisable) comes back. */
  async eval<T>(expression: string): Promise<T> {
    const r = (await this.browser.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, this.sessionId)) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(`in the page: ${r.exceptionDetails.text}`);
    return r.result.value;
  }

  /** A key pressed and released on whatever has the focus (the browser's own input path). */
  async press(key: 'Enter' | 'Tab' | ' '): Promise<void> {
    const codes = { Enter: { code: 'Enter', keyCode: 13, text: '\r' }, Tab: { code: 'Tab', keyCode: 9, text: '' }, ' ': { code: 'Space', keyCode: 32, text: ' ' } }[key];
    const base = { key, code: codes.code, windowsVirtualKeyCode: codes.keyCode, nativeVirtualKeyCode: codes.keyCode };
    await this.browser.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base, ...(codes.text ? { text: codes.text } : {}) }, this.sessionId);
    await this.browser.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base }, this.sessionId);
  }

  /** Everything the page said on its console, threw, or had logged (CSP violations land in Log). */
  problems(): string[] {
    return this.browser.events
      .filter((m) => m.sessionId === this.sessionId)
      .flatMap((m) => {
        if (m.method === 'Runtime.exceptionThrown') return [`exception: ${JSON.stringify(m.params)}`];
        if (m.method === 'Runtime.consoleAPICalled') return [`console: ${JSON.stringify(m.params)}`];
        if (m.method === 'Log.entryAdded') {
          const e = (m.params as { entry: { level: string; text: string } }).entry;
          return e.level === 'error' || e.level === 'warning' ? [`log ${e.level}: ${e.text}`] : [];
        }
        return [];
      });
  }

  /** URLs of every request the page made. */
  requests(): string[] {
    return this.browser.events
      .filter((m) => m.sessionId === this.sessionId && m.method === 'Network.requestWillBeSent')
      .map((m) => (m.params as { request: { url: string } }).request.url);
  }

  /** A PNG screenshot of the whole page. */
  async screenshot(): Promise<Buffer> {
    const { data } = (await this.browser.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }, this.sessionId)) as { data: string };
    return Buffer.from(data, 'base64');
  }
}
