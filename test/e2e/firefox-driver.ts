import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { RECORD_ORIGINAL_DOM, type E2EBrowser, type E2EPage } from './driver';

export const FIREFOX = process.env.CAIZHU_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'caizhu@caizhu.dev';
export const EXTENSION_UUID = '3c1a7e52-5b0d-4d6f-9a51-caa1c0de2025';

function wrapPage(page: Page): E2EPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn) => page.evaluate(fn) as never,
    evaluateSource: (source) => page.evaluate(source) as never,
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg) as never,
    hover: (selector) => page.hover(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key as never),
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.locator(selector).fill(text),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    // A closed shadow root is closed to WebDriver BiDi too; the scenarios then read the highlight's aria-description.
    tooltipText: async () => null,
    close: () => page.close(),
  };
}

/**
 * Headless Firefox ESR over WebDriver BiDi with the built extension installed; qq.com hosts reach the fixture server
 * through a proxy. With `quotes`, HTTPS goes through the same proxy (which tunnels qt.gtimg.cn to the quote server),
 * the run's certificate is accepted, and optional permission requests are granted without a prompt
 * (`extensions.webextOptionalPermissionPrompts` false: Firefox then adds the requested permissions directly; the
 * request must still come from a user action, the test's real click).
 */
export async function firefoxBrowser(extensionDir: string, port: number, options: { quotes?: boolean; prefs?: Record<string, string | number | boolean> } = {}): Promise<E2EBrowser> {
  const quotePrefs = options.quotes
    ? { 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': port, 'extensions.webextOptionalPermissionPrompts': false }
    : {};
  const profile = mkdtempSync(join(tmpdir(), 'caizhu-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: !!options.quotes,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...quotePrefs,
      ...options.prefs,
    },
  });
  await browser.installExtension(resolve(extensionDir));
  const errors: string[] = [];
  const newPage = async () => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()} (console): ${m.text()}`);
    });
    return page;
  };
  const extensionPage = async (path: string, viewport?: { width: number; height: number; dark?: boolean }) => {
    const page = await newPage();
    await page.setViewport({ width: viewport?.width ?? 1280, height: viewport?.height ?? 900 });
    if (viewport?.dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    // Extension pages may never report their load over BiDi: start the navigation, then wait for the document.
    void page.goto(`moz-extension://${EXTENSION_UUID}/${path}`).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const ready = await page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
      if (ready) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return page;
  };
  /** An extension page kept open for reaching the event page (listeners it adds there live as long as it does). */
  let bridge: Page | null = null;
  return {
    name: 'firefox',
    async newPage() {
      const page = await newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.evaluateOnNewDocument(RECORD_ORIGINAL_DOM);
      return wrapPage(page);
    },
    extensionPage: async (path, viewport) => wrapPage(await extensionPage(path, viewport)),
    stopWorker: null,
    errors: () => [...errors],
    async inBackground(fn) {
      bridge ??= await extensionPage('src/options/index.html');
      return bridge.evaluate(`(async () => (${fn.toString()})(await browser.runtime.getBackgroundPage()))()`) as never;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
