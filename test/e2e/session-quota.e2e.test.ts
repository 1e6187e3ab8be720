import { describe, expect, it } from 'vitest';
import { storedForm } from '../../src/background/tab-store';
import type { Analysis } from '../../src/core/types';
import { chromiumBrowser } from './chromium-driver';
import type { E2EBrowser, E2EPage } from './driver';
import { firefoxBrowser } from './firefox-driver';
import { startFixtureServer } from './fixture-server';
import { QUOTA_ARTICLES, quotaArticleUrl, routes } from './pages';
import { engineAnalysis, pause, tabIdOf, waitForMarks } from './scenarios';

/**
 * storage.session past its quota, in the real browsers. Opening enough 30,000-character articles to fill 10 MB
 * would take dozens of tabs; instead an extension page fills the area with filler items until the browser refuses
 * a write (that refusal is the quota, asserted), then frees room for about two and a half tabs' analyses, and six
 * long article tabs are opened: each tab's analysis must be stored, evicting the least recently used tabs. Then
 * every tab's popup must show its own analysis, the evicted tabs' too (their popups ask the page again); nothing
 * may throw in the pages or the background; a closed tab's entry goes.
 */

/** The storage.session surface used from the extension page. */
interface Session {
  QUOTA_BYTES?: number;
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getBytesInUse(keys: string | null): Promise<number>;
}
interface Api {
  storage: { session: Session; onChanged: { addListener(fn: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void): void } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}
type Window = typeof globalThis & { browser?: Api; chrome: Api; __sessionChanges: Array<{ key: string; set: boolean }>; __caizhuErrors: string[] };

const CANARY = 'caizhu-quota-canary';
/** Free room left after filling, in analyses of one tab: two fit, three do not. */
const ROOM_IN_TABS = 2.5;

/** What each article tab's popup must show: the engine's own analysis of the page. */
let expected: Map<string, Analysis> | null = null;
function expectedAnalyses(pages: Map<string, string>): Map<string, Analysis> {
  expected ??= new Map(QUOTA_ARTICLES.map(({ id }) => [id, engineAnalysis(pages.get(quotaArticleUrl(id).replace('http://', ''))!, quotaArticleUrl(id))]));
  return expected;
}

async function waitUntil<T>(what: string, fn: () => Promise<T>, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(150);
  }
}

/** The extension's stored tabs ('tab:<id>' keys). */
const storedTabs = (control: E2EPage) =>
  control.evaluate(async () => {
    const w = globalThis as Window;
    const all = await (w.browser ?? w.chrome).storage.session.get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith('tab:'))
      .map((k) => Number(k.slice(4)))
      .sort((a, b) => a - b);
  });

/** Listens for errors in the background's global scope, and checks the listening works with a rejection no one handles. */
async function watchBackground(browser: E2EBrowser): Promise<void> {
  if (!browser.inBackground) return;
  await browser.inBackground((scope) => {
    const w = scope as Window;
    if (w.__caizhuErrors) return true;
    w.__caizhuErrors = [];
    w.addEventListener('error', (e) => void w.__caizhuErrors.push(`error: ${(e as ErrorEvent).message}`));
    w.addEventListener('unhandledrejection', (e) => {
      const reason = (e as PromiseRejectionEvent).reason as { message?: string } | undefined;
      w.__caizhuErrors.push(`unhandled rejection: ${reason?.message ?? String(reason)}`);
    });
    // The canary is made in the background's own realm (scope.Promise), where its rejection is reported.
    w.setTimeout(() => void w.Promise.reject(new w.Error('caizhu-quota-canary')), 0);
    return true;
  });
  await waitUntil('the background canary', () => backgroundErrors(browser, true).then((e) => e.some((m) => m.includes(CANARY))), 5_000);
}

async function backgroundErrors(browser: E2EBrowser, withCanary = false): Promise<string[]> {
  const errors = await browser.inBackground!((scope) => [...((scope as Window).__caizhuErrors ?? ['the background lost its error listeners (it was restarted)'])]);
  return withCanary ? errors : errors.filter((m) => !m.includes(CANARY));
}

async function quotaScenario(browser: E2EBrowser, pages: Map<string, string>): Promise<void> {
  const started = Date.now();
  const analyses = expectedAnalyses(pages);
  // What the extension stores for one tab, as the browser counts it (Chromium counts an object's values well past
  // its JSON length): the largest of the articles' compacted analyses, stored once and taken out again.
  const largest = [...analyses.values()].map(storedForm).sort((a, b) => b.length - a.length)[0];

  // An extension page stays open throughout: it fills the storage area and watches its changes.
  const control = await browser.extensionPage('src/options/index.html');
  await control.evaluate(() => {
    const w = globalThis as Window;
    w.__sessionChanges = [];
    (w.browser ?? w.chrome).storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) if (key.startsWith('tab:')) w.__sessionChanges.push({ key, set: change.newValue !== undefined });
    });
  });
  await watchBackground(browser);
  const entryBytes = await control.evaluateWith(async (entry: string) => {
    const w = globalThis as Window;
    const session = (w.browser ?? w.chrome).storage.session;
    const before = await session.getBytesInUse(null);
    await session.set({ 'filler:probe': entry });
    const after = await session.getBytesInUse(null);
    await session.remove('filler:probe');
    return after - before;
  }, largest);

  // Fill: 100 kB items until a write is refused, then 10 kB items until one is refused again; then free the room.
  const fill = await control.evaluateWith(
    async (room: number) => {
      const w = globalThis as Window;
      const session = (w.browser ?? w.chrome).storage.session;
      const sizes: number[] = [];
      const refusals: string[] = [];
      for (const size of [100_000, 10_000]) {
        for (let i = 0; i < 2_000; i++) {
          try {
            await session.set({ [`filler:${sizes.length}`]: 'x'.repeat(size) });
            sizes.push(size);
          } catch (error) {
            refusals.push(error instanceof Error ? error.message : String(error));
            break;
          }
        }
      }
      const full = await session.getBytesInUse(null);
      let freed = 0;
      let removed = 0;
      while (freed < room) {
        await session.remove(`filler:${removed}`);
        freed += sizes[removed++];
      }
      return { refusals, full, quota: session.QUOTA_BYTES ?? null, fillers: sizes.length - removed, inUse: await session.getBytesInUse(null) };
    },
    Math.round(ROOM_IN_TABS * entryBytes),
  );
  // The quota is real: the browser refused both kinds of write, with the area all but full.
  expect(fill.refusals, JSON.stringify(fill)).toHaveLength(2);
  expect(fill.full).toBeGreaterThan(9 * 1024 * 1024);
  if (fill.quota) expect(fill.full).toBeGreaterThan(fill.quota - 10_000);

  // Six long articles, one after another: each tab's analysis must get stored (evicting others to fit).
  const tabs: Array<{ id: string; url: string; tab: number; page: E2EPage }> = [];
  for (const { id } of QUOTA_ARTICLES) {
    const url = quotaArticleUrl(id);
    const page = await browser.newPage();
    await page.goto(url);
    await waitForMarks(page);
    if (tabs.length === 0 && browser.errors) {
      // The page error collection is live: an uncaught error in an article page is seen.
      await page.evaluate(() => void setTimeout(() => {
        throw new Error('caizhu-quota-canary');
      }, 0));
      await waitUntil('the page canary', async () => browser.errors!().some((m) => m.includes(CANARY)), 5_000);
    }
    const tab = await tabIdOf(browser, url);
    tabs.push({ id, url, tab, page });
    await waitUntil(`tab:${tab} to be stored`, () => storedTabs(control).then((ids) => ids.includes(tab))).catch(async (error: Error) => {
      const state = await control.evaluate(async () => {
        const w = globalThis as Window;
        const session = (w.browser ?? w.chrome).storage.session;
        return { inUse: await session.getBytesInUse(null), keys: Object.keys(await session.get(null)).filter((k) => !k.startsWith('filler:')), changes: w.__sessionChanges };
      });
      throw new Error(`${error.message} (article ${tabs.length} of ${QUOTA_ARTICLES.length}; ${JSON.stringify({ ...state, entryBytes, fill })})`);
    });
  }
  const stored = await storedTabs(control);
  const evicted = tabs.filter(({ tab }) => !stored.includes(tab));
  const changes = await control.evaluate(() => (globalThis as Window).__sessionChanges);
  const evictions = changes.filter((c) => !c.set).length;
  const inUse = await control.evaluate(async () => {
    const w = globalThis as Window;
    return (w.browser ?? w.chrome).storage.session.getBytesInUse(null);
  });
  const report = { browser: browser.name, quota: fill.quota, refusedAt: fill.full, refusals: fill.refusals, entryBytes, freed: fill.full - fill.inUse, inUse, stored, evicted: evicted.map((t) => t.tab), evictions };
  console.log(JSON.stringify(report));
  // Room for two and a half analyses, six tabs: at least three were evicted, the least recently used ones.
  expect(evicted.length, JSON.stringify(report)).toBeGreaterThanOrEqual(3);
  expect(evictions).toBeGreaterThanOrEqual(evicted.length);
  expect(stored).toEqual(tabs.slice(tabs.length - stored.length).map((t) => t.tab));
  if (fill.quota) expect(inUse).toBeLessThanOrEqual(fill.quota);
  if (browser.inBackground) expect(await backgroundErrors(browser)).toEqual([]);

  // Chromium: a stopped worker starts again with nothing in memory, so the stored tabs are read back from storage.
  if (browser.stopWorker) {
    await browser.stopWorker();
    await control.evaluate(async () => {
      const w = globalThis as Window;
      await (w.browser ?? w.chrome).runtime.sendMessage({ type: 'ping' });
    });
    await watchBackground(browser);
  }

  // Every tab's popup shows that tab's analysis, the evicted tabs' (which must ask their pages again) included.
  const changesBefore = (await control.evaluate(() => (globalThis as Window).__sessionChanges)).length;
  const popupMs: Record<number, number> = {};
  for (const { id, tab, page } of tabs) {
    const opened = Date.now();
    const want = analyses.get(id)!;
    const popup = await browser.extensionPage(`src/popup/index.html?tab=${tab}`, { width: 440, height: 900 });
    // Extension pages' errors do not reach WebDriver BiDi: the popup listens for its own (from its load on).
    await popup.evaluate(() => {
      const w = globalThis as Window;
      w.__caizhuErrors = [];
      addEventListener('error', (e) => void w.__caizhuErrors.push(`error: ${e.message}`));
      addEventListener('unhandledrejection', (e) => void w.__caizhuErrors.push(`unhandled rejection: ${(e.reason as { message?: string })?.message ?? String(e.reason)}`));
    });
    if (tab === tabs[0].tab) {
      // The listening works: a rejection no one handles is seen, and taken out again.
      await popup.evaluate(() => void Promise.reject(new Error('caizhu-quota-canary')));
      await waitUntil('the popup canary', () => popup.evaluate(() => (globalThis as Window).__caizhuErrors.some((m) => m.includes('caizhu-quota-canary'))), 5_000);
      await popup.evaluate(() => void ((globalThis as Window).__caizhuErrors = (globalThis as Window).__caizhuErrors.filter((m) => !m.includes('caizhu-quota-canary'))));
    }
    const card = await waitUntil(
      `the popup of tab ${tab}`,
      () =>
        popup.evaluate(() => {
          if (document.querySelector('.spinner')) return null;
          const title = document.querySelector('.header .title')?.textContent ?? null;
          const state = document.querySelector('.state')?.textContent ?? null;
          if (title === null && state === null) return null;
          return { title, state, companies: [...document.querySelectorAll('.companies .name')].map((e) => e.textContent) };
        }),
      40_000,
    );
    popupMs[tab] = Date.now() - opened;
    const wasEvicted = evicted.some((t) => t.tab === tab);
    expect(card, `tab ${tab}${wasEvicted ? ' (evicted)' : ''}`).toEqual({ title: want.article.title, state: null, companies: want.companies.map((c) => c.name) });
    expect(await popup.evaluate(() => (globalThis as Window).__caizhuErrors), `errors in the popup of tab ${tab}`).toEqual([]);
    await popup.close();
    expect(await page.evaluate(() => document.querySelectorAll('caizhu-mark').length)).toBeGreaterThan(0);
  }

  // The evicted tabs' analyses went back into storage (evicting others in turn).
  // Storing waits a second after an answer, so that it does not compete with the page's painting.
  const storedAgain = () => control.evaluate(() => (globalThis as Window).__sessionChanges).then((all) => all.slice(changesBefore));
  await waitUntil('the evicted tabs stored again', async () => {
    const changes = await storedAgain();
    return evicted.every(({ tab }) => changes.some((c) => c.key === `tab:${tab}` && c.set)) || null;
  }, 10_000).catch(() => null);
  const popupChanges = await storedAgain();
  console.log(JSON.stringify({ browser: browser.name, popupMs, evictionsWhilePopupsOpened: popupChanges.filter((c) => !c.set).length }));
  for (const { tab } of evicted) expect(popupChanges, `tab:${tab} stored again`).toContainEqual({ key: `tab:${tab}`, set: true });

  // A closed tab's entry is dropped (from the order too); then with every article tab closed, no tab entry is left.
  const before = await storedTabs(control);
  const order = () =>
    control.evaluate(async () => {
      const w = globalThis as Window;
      return (await (w.browser ?? w.chrome).storage.session.get('tab-order'))['tab-order'] as number[];
    });
  // A tab stored and in the stored order (an entry is written just before the order; a worker stopped between the
  // two leaves an entry the order lacks, dropped all the same when its tab closes).
  const inOrder = await order();
  const closing = tabs.find(({ tab }) => before.includes(tab) && inOrder.includes(tab))!;
  expect(closing, JSON.stringify({ before, inOrder })).toBeDefined();
  await closing.page.close();
  await waitUntil(`tab:${closing.tab} to be dropped`, async () => !(await storedTabs(control)).includes(closing.tab) && !(await order()).includes(closing.tab));
  for (const { page } of tabs.filter((t) => t !== closing)) await page.close();
  await waitUntil('every tab entry to be dropped', () => storedTabs(control).then((ids) => ids.length === 0));

  if (browser.inBackground) expect(await backgroundErrors(browser)).toEqual([]);
  // The fixture server has no favicon: the browser's request for one is the page's, not the extension's.
  if (browser.errors) expect(browser.errors().filter((m) => !m.includes(CANARY) && !/\/favicon\.ico\): Failed to load resource/.test(m))).toEqual([]);
  await control.close();
  console.log(`${browser.name}: quota scenario took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

for (const [name, launch] of [
  ['Chromium', (port: number) => chromiumBrowser('dist/chrome', port)],
  ['Firefox', (port: number) => firefoxBrowser('dist/firefox', port)],
] as const) {
  describe(`storage.session past its quota in ${name}`, () => {
    it('evicts the least recently used tabs, and every tab’s popup still shows its analysis, with nothing thrown', async () => {
      const pages = routes();
      const server = await startFixtureServer(pages);
      const browser = await launch(server.port);
      try {
        await quotaScenario(browser, pages);
      } finally {
        await browser.close();
        await server.close();
      }
    }, 180_000);
  });
}
