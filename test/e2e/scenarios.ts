import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CONFIDENT_CLAIM } from '../../src/core/claims/confident';
import { defaultAnalyzer } from '../../src/node/engine';
import { readArticle } from '../../src/node/read-article';
import type { Analysis } from '../../src/core/types';
import { hasShared, readSeed } from '../support/shared';
import type { E2EBrowser, E2EPage, ExtensionApi } from './driver';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { LONG_ID, PAINT_ID, routes, SAMPLE_ID, SEED_ID, SPA_NEXT_ID } from './pages';

export const SCREENSHOT_DIR = 'assets/screenshots';
const ANNOTATION_TIMEOUT = 20_000;

/**
 * Waits until the page has the whole engine's highlights (a cold worker's first answer is the quick engine's, made
 * again when the whole one is ready: caizhu:final) and their number has stopped changing (they go in in slices).
 */
async function waitForMarks(page: E2EPage, min = 1): Promise<void> {
  const deadline = Date.now() + ANNOTATION_TIMEOUT;
  let last = -1;
  let stable = 0;
  while (Date.now() < deadline) {
    const n = await page.evaluate(() => (performance.getEntriesByName('caizhu:final').length > 0 ? document.querySelectorAll('caizhu-mark').length : -1));
    stable = n >= min && n === last ? stable + 1 : 0;
    if (stable >= 3) return;
    last = n;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('page was not annotated in time');
}

/** The text of a whole highlighted span: pieces with the same ref that follow each other in the text. */
async function spanTexts(page: E2EPage, kind: string): Promise<string[]> {
  return page.evaluateWith((k: string) => {
    const out: string[] = [];
    let lastRef = '';
    for (const m of document.querySelectorAll(`caizhu-mark[data-caizhu-kind="${k}"]`)) {
      const ref = m.getAttribute('data-caizhu-ref') ?? '';
      const continues = ref === lastRef && (m as HTMLElement).tabIndex !== 0;
      if (continues) out[out.length - 1] += m.textContent ?? '';
      else out.push(m.textContent ?? '');
      lastRef = ref;
    }
    return out;
  }, kind);
}

function engineAnalysis(html: string, url: string): Analysis {
  return defaultAnalyzer().analyze(readArticle(html, { format: 'html', url }));
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Suite {
  browser: () => E2EBrowser;
  pages: Map<string, string>;
}

/** One fixture server and one browser for a test file. */
export function useBrowser(launch: (port: number) => Promise<E2EBrowser>): Suite {
  let server: FixtureServer;
  let browser: E2EBrowser;
  const pages = routes();
  beforeAll(async () => {
    server = await startFixtureServer(pages);
    browser = await launch(server.port);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser, pages };
}

/** Asks an extension page to find the tab showing `url` (through its content script) and send it a message. */
export async function tabIdOf(browser: E2EBrowser, url: string): Promise<number> {
  const control = await browser.extensionPage('src/options/index.html');
  const id = await control.evaluateWith(async (u: string) => {
    const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
    // The newest tab showing the URL: a test that failed may have left an older one open.
    let found: number | null = null;
    for (const tab of await api.tabs.query({})) {
      try {
        const status = (await api.tabs.sendMessage(tab.id!, { type: 'caizhu:status' })) as { url?: string } | undefined;
        if (status?.url === u && (found === null || tab.id! > found)) found = tab.id!;
      } catch {
        // no content script in that tab
      }
    }
    return found;
  }, url);
  await control.close();
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

export async function sendToTab(browser: E2EBrowser, url: string, message: Record<string, unknown>): Promise<unknown> {
  const id = await tabIdOf(browser, url);
  const control = await browser.extensionPage('src/options/index.html');
  const result = await control.evaluateWith(
    async ({ id, message }: { id: number; message: Record<string, unknown> }) => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
      return api.tabs.sendMessage(id, message);
    },
    { id, message },
  );
  await control.close();
  return result;
}

export { waitForMarks, spanTexts, engineAnalysis, pause };

/** The extension's behaviour in a real browser, the same scenarios for every browser. */
export function extensionScenarios(suite: Suite): void {
  const pages = suite.pages;
  let browser: E2EBrowser;
  beforeAll(() => {
    browser = suite.browser();
  });

  const forms = [
    `http://news.qq.com/rain/a/${SAMPLE_ID}`,
    `http://new.qq.com/rain/a/${SAMPLE_ID}`,
    `http://new.qq.com/omn/20250426/${SAMPLE_ID}.html`,
    `http://view.inews.qq.com/a/${SAMPLE_ID}`,
  ];
  for (const url of forms) {
    it(`annotates ${url.replace('http://', '')} with everything the engine finds`, async () => {
      const page = await browser.newPage();
      await page.goto(url);
      await waitForMarks(page);
      const key = url.replace('http://', '');
      const expected = engineAnalysis(pages.get(key)!, url);
      const companies = await spanTexts(page, 'company');
      const mentions = expected.companies.flatMap((c) => c.mentions.map((m) => m.text));
      expect(companies.sort()).toEqual(mentions.sort());
      expect((await spanTexts(page, 'code')).sort()).toEqual(expected.codes.map((c) => c.text).sort());
      expect((await spanTexts(page, 'figure')).sort()).toEqual(expected.figures.map((f) => f.text).sort());
      expect((await spanTexts(page, 'quote')).sort()).toEqual(expected.quotes.map((q) => q.text).sort());
      // By default the page paints the claims the model is confident of; the popup lists all.
      expect((await spanTexts(page, 'claim')).sort()).toEqual(expected.claims.filter((c) => c.confidence >= CONFIDENT_CLAIM).map((c) => c.text).sort());
      expect(companies).toContain('中际旭创');
      await page.close();
    });
  }

  it('paints every highlight before its element goes in, and leaves no paint once the elements are in', async () => {
    const page = await browser.newPage();
    await page.goto(`http://new.qq.com/rain/a/${PAINT_ID}`);
    await waitForMarks(page);
    const expected = engineAnalysis(pages.get(`new.qq.com/rain/a/${PAINT_ID}`)!, `http://new.qq.com/rain/a/${PAINT_ID}`);
    type Counts = Record<string, number>;
    const first = await page.evaluate(() => (window as unknown as { __caizhuPaint: { painted: Counts; marked: Counts } | null }).__caizhuPaint);
    const final = await page.evaluate(() => {
      const marked: Record<string, number> = {};
      for (const m of document.querySelectorAll('caizhu-mark')) marked[m.getAttribute('data-caizhu-kind')!] = (marked[m.getAttribute('data-caizhu-kind')!] ?? 0) + 1;
      return marked;
    });
    expect(Object.keys(first?.painted ?? {}).sort()).toEqual(['claim', 'code', 'company', 'figure', 'quote']);
    // At that moment every piece of every kind was painted or an element already, never neither.
    for (const kind of Object.keys(final)) expect((first!.painted[kind] ?? 0) + (first!.marked[kind] ?? 0), kind).toBe(final[kind]);
    expect(expected.companies.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => performance.getEntriesByName('caizhu:painted').length)).toBe(1);
    expect(await page.evaluate(() => (CSS as unknown as { highlights: { size: number } }).highlights.size)).toBe(0);
    await page.close();
  });

  it('highlights a company name split across elements, in pieces', async () => {
    const page = await browser.newPage();
    await page.goto(`http://new.qq.com/rain/a/${SAMPLE_ID}`);
    await waitForMarks(page);
    const pieces = await page.evaluate(() =>
      [...document.querySelectorAll('caizhu-mark[data-caizhu-kind="company"]')].filter((m) => m.closest('strong') || m.nextElementSibling?.tagName === 'STRONG' || m.querySelector('strong')).map((m) => m.textContent),
    );
    const joined = await spanTexts(page, 'company');
    expect(joined).toContain('工业富联');
    expect(pieces.length).toBeGreaterThan(0);
    await page.close();
  });

  it.skipIf(!hasShared)('annotates the seed article: every expected company, figure, quote and claim', async () => {
    const { expected } = readSeed();
    const page = await browser.newPage();
    await page.goto(`http://new.qq.com/rain/a/${SEED_ID}`);
    await waitForMarks(page);
    const companies = await spanTexts(page, 'company');
    for (const c of expected.companies) for (const s of c.surfaces) expect(companies, `company ${s}`).toContain(s);
    const figures = await spanTexts(page, 'figure');
    for (const f of expected.figures) expect(figures, `figure ${f.text}`).toContain(f.text);
    const quotes = await spanTexts(page, 'quote');
    for (const q of expected.quotes) expect(quotes.some((t) => t.includes(q.starts_with.slice(0, 8))), `quote ${q.starts_with}`).toBe(true);
    // Each expected claim is painted, or found with a confidence below the page's default (listed in the popup only).
    const claims = await spanTexts(page, 'claim');
    const found = engineAnalysis(pages.get(`new.qq.com/rain/a/${SEED_ID}`)!, `http://new.qq.com/rain/a/${SEED_ID}`).claims;
    for (const c of expected.claims) {
      const painted = claims.some((t) => t.includes(c.starts_with.slice(0, 8)));
      const unsure = found.some((f) => f.text.includes(c.starts_with.slice(0, 8)) && f.confidence < CONFIDENT_CLAIM);
      expect(painted || unsure, `claim ${c.starts_with}`).toBe(true);
    }
    await page.screenshot(`${SCREENSHOT_DIR}/${browser.name}-annotated.png`);
    await page.close();
  });

  it('shows the tooltip on hover and on keyboard focus, and Escape closes it', async () => {
    const page = await browser.newPage();
    await page.goto(`http://news.qq.com/rain/a/${SAMPLE_ID}`);
    await waitForMarks(page);
    await page.hover('caizhu-mark[data-caizhu-kind="company"]');
    await pause(400);
    expect(await page.evaluate(() => document.querySelector('caizhu-tooltip')?.hasAttribute('data-open'))).toBe(true);
    const text = await page.tooltipText();
    if (text !== null) {
      expect(text).toContain('中际旭创');
      expect(text).toContain('300308.SZ');
      expect(text).toContain('创业板');
    }
    const described = await page.evaluate(() => document.querySelector('caizhu-mark[data-caizhu-kind="company"]')?.getAttribute('aria-description'));
    expect(described).toContain('300308.SZ 深交所 创业板');
    await page.screenshot(`${SCREENSHOT_DIR}/${browser.name}-tooltip.png`);
    await page.press('Escape');
    expect(await page.evaluate(() => document.querySelector('caizhu-tooltip')?.hasAttribute('data-open'))).toBe(false);

    await page.mouseMove(0, 0);
    await page.focus('caizhu-mark[data-caizhu-kind="code"][tabindex="0"]');
    await pause(100);
    expect(await page.evaluate(() => document.querySelector('caizhu-tooltip')?.hasAttribute('data-open'))).toBe(true);
    const codeText = await page.tooltipText();
    if (codeText !== null) expect(codeText).toMatch(/300308\.SZ.*中际旭创/);
    await page.press('Escape');
    expect(await page.evaluate(() => document.querySelector('caizhu-tooltip')?.hasAttribute('data-open'))).toBe(false);
    await page.close();
  });

  it('keeps the tooltip inside the viewport near the right and bottom edges, and off the highlight', async () => {
    const page = await browser.newPage();
    await page.setViewport(700, 500);
    await page.goto(`http://news.qq.com/rain/a/${SAMPLE_ID}`);
    await waitForMarks(page);
    const checks = await page.evaluate(async () => {
      const results: Array<{ inside: boolean; overlaps: boolean; placement: string | null }> = [];
      const host = document.querySelector('caizhu-tooltip') as HTMLElement;
      const candidates = [...document.querySelectorAll('caizhu-mark[tabindex="0"]')] as HTMLElement[];
      const vw = document.documentElement.clientWidth;
      const vh = document.documentElement.clientHeight;
      // The right-most of the marks that can be scrolled to the bottom of the viewport (below its first screen); and one at the top.
      const low = candidates.filter((m) => m.getBoundingClientRect().top + window.scrollY > vh);
      const rightMost = low.reduce((a, b) => (b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a));
      for (const [mark, where] of [
        [rightMost, 'bottom'],
        [candidates[0], 'top'],
      ] as const) {
        const r0 = mark.getBoundingClientRect();
        window.scrollBy(0, where === 'bottom' ? r0.bottom - vh + 4 : r0.top - 2);
        await new Promise((r) => setTimeout(r, 50));
        mark.focus();
        await new Promise((r) => setTimeout(r, 50));
        const t = host.getBoundingClientRect();
        const m = mark.getClientRects()[0];
        results.push({
          inside: t.left >= 0 && t.top >= 0 && t.right <= vw && t.bottom <= vh,
          overlaps: !(t.bottom <= m.top || t.top >= m.bottom || t.right <= m.left || t.left >= m.right),
          placement: host.dataset.placement ?? null,
        });
        mark.blur();
      }
      return results;
    });
    expect(checks).toEqual([
      { inside: true, overlaps: false, placement: 'above' },
      { inside: true, overlaps: false, placement: 'below' },
    ]);
    await page.close();
  });

  for (const url of ['http://news.qq.com/', 'http://news.qq.com/ch/tech']) {
    it(`leaves a non-article page byte-identical: ${url}`, async () => {
      const page = await browser.newPage();
      await page.goto(url);
      await pause(1500);
      const same = await page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { __caizhuOriginalHtml: string }).__caizhuOriginalHtml);
      expect(same).toBe(true);
      expect(await page.evaluate(() => document.querySelectorAll('caizhu-mark, caizhu-tooltip').length)).toBe(0);
      await page.close();
    });
  }

  it('gives back the exact original DOM when highlights are removed, and annotates again on request', async () => {
    const page = await browser.newPage();
    const url = `http://new.qq.com/rain/a/${SAMPLE_ID}`;
    await page.goto(url);
    await waitForMarks(page);
    const before = await page.evaluate(() => (window as unknown as { __caizhuOriginalBody: string }).__caizhuOriginalBody);
    await sendToTab(browser, url, { type: 'caizhu:remove-highlights' });
    await pause(200);
    const after = await page.evaluate(() => document.body.innerHTML);
    if (after !== before) {
      let i = 0;
      while (after[i] === before[i]) i++;
      throw new Error(`DOM differs at ${i}: ${JSON.stringify(before.slice(i - 40, i + 80))} vs ${JSON.stringify(after.slice(i - 40, i + 80))}`);
    }
    expect(await page.evaluate(() => document.querySelectorAll('caizhu-tooltip').length)).toBe(0);
    const sameNodes = await page.evaluate(() => {
      const original = (window as unknown as { __caizhuOriginalNodes: Node[] }).__caizhuOriginalNodes;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const now: Node[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) now.push(n);
      return now.length === original.length && now.every((n, i) => n === original[i]);
    });
    expect(sameNodes).toBe(true);
    await sendToTab(browser, url, { type: 'caizhu:restore-highlights' });
    await waitForMarks(page);
    await page.close();
  });

  it('takes a kind off at once, even while the highlights are still going in', async () => {
    const page = await browser.newPage();
    const url = `http://news.qq.com/rain/a/${LONG_ID}`;
    await page.goto(url);
    await waitForMarks(page);
    const id = await tabIdOf(browser, url);
    const control = await browser.extensionPage('src/options/index.html');
    await control.evaluateWith(async (tabId: number) => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
      // Every kind again (the highlights go back in, paragraph by paragraph), then figures off while that is under way.
      void api.tabs.sendMessage(tabId, { type: 'caizhu:set-visibility', enabled: true, visible: { figure: true } });
      await new Promise((r) => setTimeout(r, 30));
      await api.tabs.sendMessage(tabId, { type: 'caizhu:set-visibility', enabled: true, visible: { figure: false } });
    }, id);
    await control.close();
    await waitForMarks(page);
    await pause(500);
    const state = await page.evaluate(() => ({
      figures: document.querySelectorAll('caizhu-mark[data-caizhu-kind="figure"]').length,
      companies: document.querySelectorAll('caizhu-mark[data-caizhu-kind="company"]').length,
      paint: (CSS as unknown as { highlights: { size: number } }).highlights.size,
    }));
    expect(state).toEqual({ figures: 0, companies: state.companies, paint: 0 });
    expect(state.companies).toBeGreaterThan(100);
    await page.close();
  });

  it('treats page text as text: no markup in it runs, and hostile CSS does not break the tooltip', async () => {
    const page = await browser.newPage();
    await page.goto('http://new.qq.com/rain/a/20250426A0HOST00');
    await waitForMarks(page);
    expect(await page.evaluate(() => (window as unknown as { __caizhuPwned?: number }).__caizhuPwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
    await page.focus('caizhu-mark[data-caizhu-kind="company"][tabindex="0"]');
    await pause(100);
    const box = await page.evaluate(() => {
      const host = document.querySelector('caizhu-tooltip') as HTMLElement;
      const r = host.getBoundingClientRect();
      return { open: host.hasAttribute('data-open'), width: r.width, height: r.height, visibility: getComputedStyle(host).visibility, display: getComputedStyle(host).display };
    });
    expect(box).toMatchObject({ open: true, visibility: 'visible', display: 'block' });
    const markStyle = await page.evaluate(() => {
      const m = document.querySelector('caizhu-mark') as HTMLElement;
      return { display: getComputedStyle(m).display, visibility: getComputedStyle(m).visibility };
    });
    expect(markStyle).toEqual({ display: 'inline', visibility: 'visible' });
    expect(box.width).toBeGreaterThan(50);
    expect(box.height).toBeGreaterThan(30);
    const text = await page.tooltipText();
    if (text !== null) expect(text).toContain('腾讯控股');
    await page.close();
  });

  it('re-annotates after in-page navigation to another article', async () => {
    const page = await browser.newPage();
    await page.goto('http://news.qq.com/rain/a/20250426A0SPA000');
    await waitForMarks(page);
    await page.click('a[data-spa]');
    const deadline = Date.now() + ANNOTATION_TIMEOUT;
    let companies: string[] = [];
    while (Date.now() < deadline) {
      companies = await spanTexts(page, 'company');
      if (companies.includes('宁德时代')) break;
      await pause(100);
    }
    expect(await page.evaluate(() => location.pathname)).toBe(`/rain/a/${SPA_NEXT_ID}`);
    expect(companies).toEqual(expect.arrayContaining(['宁德时代', '比亚迪', '特斯拉']));
    expect(companies).not.toContain('中际旭创');
    await page.close();
  });

  it('still answers after the background worker was stopped', async (ctx) => {
    if (!browser.stopWorker) return ctx.skip();
    const page = await browser.newPage();
    await page.goto(`http://news.qq.com/rain/a/${SAMPLE_ID}`);
    await waitForMarks(page);
    await browser.stopWorker();
    await pause(300);
    const url = `http://new.qq.com/omn/20250426/${SAMPLE_ID}.html`;
    await page.goto(url);
    await waitForMarks(page);
    // A worker started cold answers first from the engine without segmentation, then with the whole engine's
    // analysis, which the page's highlights are made again from.
    const marks = await page.evaluate(() => ['caizhu:painted', 'caizhu:applied', 'caizhu:final'].map((name) => performance.getEntriesByName(name).length));
    console.log(`${browser.name}: after a stopped worker, painted/applied/final marks ${marks.join('/')}`);
    const expected = engineAnalysis(pages.get(url.replace('http://', ''))!, url);
    expect((await spanTexts(page, 'company')).sort()).toEqual(expected.companies.flatMap((c) => c.mentions.map((m) => m.text)).sort());
    expect((await spanTexts(page, 'figure')).sort()).toEqual(expected.figures.map((f) => f.text).sort());
    expect(((await sendToTab(browser, url, { type: 'caizhu:status' })) as { provisional: boolean }).provisional).toBe(false);
    await page.close();
  });
}

