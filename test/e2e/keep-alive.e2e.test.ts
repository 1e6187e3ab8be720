import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, OTHER_HOSTS, QQ_HOSTS } from './chromium';
import { firefoxBrowser } from './firefox-driver';
import type { E2EBrowser, E2EPage } from './driver';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { routes, SAMPLE_ID } from './pages';

/**
 * An article tab keeps the background alive past the browser's idle timeout, so the next article meets a warm
 * engine; with no article tab the browser lets the background go. Whether the background lived on is read from
 * its start time (the ping answer), asked only at the checkpoints: asking is itself an event that resets the timer.
 *
 * Chromium is driven here without a DevTools attachment to the service worker (Playwright attaches to every worker,
 * and an attached worker is never stopped).
 */
const ARTICLE = `http://news.qq.com/rain/a/${SAMPLE_ID}`;
/** Both browsers' idle timeout (Chrome's is fixed; Firefox's `extensions.background.idle.timeout` is left at it). */
const IDLE_MS = 30_000;

interface Harness {
  open(url: string): Promise<E2EPage>;
  /** The background's start time, asked from an extension page that closes again. */
  startedAt(): Promise<number>;
  close(): Promise<void>;
}

async function waitForMarks(page: E2EPage): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await page.evaluate(() => document.querySelectorAll('caizhu-mark').length > 0)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('page was not annotated in time');
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Both browsers at once: the test is mostly waiting out idle timeouts. */
describe.concurrent('the background', () => {
  for (const [name, start] of [['Chromium', chromiumHarness], ['Firefox', firefoxHarness]] as const) {
    it(`in ${name} stays alive while an article tab is open, and is let go when none is`, async () => {
      const server: FixtureServer = await startFixtureServer(routes());
      const harness = await start(server.port);
      try {
        const article = await harness.open(ARTICLE);
        await waitForMarks(article);
        const first = await harness.startedAt();
        await pause(IDLE_MS + 8_000);
        expect(await harness.startedAt()).toBe(first);

        // The next article is then analysed by the same, warm background.
        const next = await harness.open(ARTICLE.replace('news.qq.com', 'new.qq.com'));
        await waitForMarks(next);
        expect(await harness.startedAt()).toBe(first);

        await article.close();
        await next.close();
        await pause(IDLE_MS + 8_000);
        expect(await harness.startedAt()).toBeGreaterThan(first);
      } finally {
        await harness.close();
        await server.close();
      }
    }, 2 * (IDLE_MS + 8_000) + 90_000);
  }
});

async function startedAtFrom(page: E2EPage): Promise<number> {
  const answer = await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser ?? (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    return api.runtime.sendMessage({ type: 'ping' });
  });
  const startedAt = (answer as { startedAt?: unknown }).startedAt;
  if (typeof startedAt !== 'number') throw new Error(`no start time in the ping answer: ${JSON.stringify(answer)}`);
  return startedAt;
}

async function chromiumHarness(port: number): Promise<Harness> {
  const dir = resolve('dist/chrome');
  const profile = mkdtempSync(join(tmpdir(), 'caizhu-keepalive-'));
  const browser: Browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    pipe: true,
    enableExtensions: [dir],
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--host-resolver-rules=${[...QQ_HOSTS, ...OTHER_HOSTS].map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',')}`],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const wrap = (page: Awaited<ReturnType<Browser['newPage']>>): E2EPage =>
    ({ evaluate: (fn: () => unknown) => page.evaluate(fn), close: () => page.close(), goto: async (url: string) => void (await page.goto(url)) }) as unknown as E2EPage;
  return {
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async startedAt() {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      try {
        return await startedAtFrom(wrap(page));
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function firefoxHarness(port: number): Promise<Harness> {
  const browser: E2EBrowser = await firefoxBrowser('dist/firefox', port, { prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  return {
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async startedAt() {
      const page = await browser.extensionPage('src/options/index.html');
      try {
        return await startedAtFrom(page);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

