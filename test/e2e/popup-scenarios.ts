import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { marketBlock } from '../../src/content/tooltip-market';
import { toMarkdown } from '../../src/core/export';
import { parseQuotes } from '../../src/core/market/parse-quotes';
import { serviceListing } from '../../src/core/market/service-code';
import { QUOTE_LINES } from '../support/quote-lines';
import { summarize } from '../../src/core/summary';
import type { E2EBrowser, E2EPage, ExtensionApi } from './driver';
import { HUGE_ID, SAMPLE_ID } from './pages';
import { engineAnalysis, pause, SCREENSHOT_DIR, spanTexts, tabIdOf, waitForMarks, type Suite } from './scenarios';

const GOLDEN_MARKDOWN = 'test/golden/sample-summary.md';
/** The market part of a company card as the content script builds it (a rise, a listing without a quote, the star), for the contrast check. */
const LIVE_CARD_MARKUP = (() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const quotes = Object.fromEntries(parseQuotes(QUOTE_LINES.sh600519, [serviceListing('600519.SH')!]));
  const options = { upColour: 'red' as const, watched: true, now: Date.parse('2026-05-26T09:00:00Z'), onStar: () => undefined, onOffer: () => undefined };
  const live = marketBlock(document, ['600519.SH', '00700.HK'], { kind: 'live', quotes }, options).outerHTML;
  const off = marketBlock(document, ['600519.SH'], { kind: 'off' }, { ...options, upColour: 'green', watched: false }).outerHTML;
  return live + off;
})();
const SAMPLE_URL = `http://news.qq.com/rain/a/${SAMPLE_ID}`;
const POPUP_VIEWPORT = { width: 440, height: 900 };
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const MESSAGES = ['zh_CN', 'en'].map((l) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>);
/** A UI string as either locale says it (the browsers here run in whichever language they were built with). */
const either = (key: string) => MESSAGES.map((m) => m[key].message);

async function openPopup(browser: E2EBrowser, url: string, viewport: { width: number; height: number; dark?: boolean } = POPUP_VIEWPORT): Promise<E2EPage> {
  const tabId = await tabIdOf(browser, url);
  const popup = await browser.extensionPage(`src/popup/index.html?tab=${tabId}`, viewport);
  await waitFor(popup, () => document.querySelector('.header .title, .state') !== null && !document.querySelector('.spinner'));
  return popup;
}

async function waitFor(page: E2EPage, fn: () => boolean, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.evaluate(fn).catch(() => false)) return;
    await pause(100);
  }
  throw new Error('timed out waiting for the page');
}

export async function axeViolations(page: E2EPage): Promise<string[]> {
  await page.evaluateSource(AXE_SOURCE);
  return page.evaluateSource<string[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}

/** The toolbar popup and the options page, against the engine's own analysis of the same page. */
export function popupScenarios(suite: Suite): void {
  let browser: E2EBrowser;
  beforeAll(() => {
    browser = suite.browser();
  });

  it('shows the summary card of the annotated article: header, companies, figures, quotes, claims', async () => {
    const article = await browser.newPage();
    await article.goto(SAMPLE_URL);
    await waitForMarks(article);
    const expected = engineAnalysis(suite.pages.get(SAMPLE_URL.replace('http://', ''))!, SAMPLE_URL);
    const popup = await openPopup(browser, SAMPLE_URL);
    const card = await popup.evaluate(() => ({
      title: document.querySelector('.header .title')?.textContent,
      companies: [...document.querySelectorAll('.companies .name')].map((e) => e.textContent),
      codes: [...document.querySelectorAll('.companies .code')].map((e) => e.textContent),
      kinds: [...document.querySelectorAll('.companies li')].map((li) => [li.querySelector('.name')?.textContent, li.querySelector('.kind')?.textContent ?? null]),
      figures: [...document.querySelectorAll('.row.figure .value')].map((e) => e.textContent),
      groups: [...document.querySelectorAll('.section h3')].map((e) => e.textContent),
      quotes: document.querySelectorAll('.quote').length,
      claims: document.querySelectorAll('.row.claim').length,
    }));
    expect(card.title).toBe(expected.article.title);
    expect(card.companies).toEqual(expected.companies.map((c) => c.name));
    expect(card.codes).toEqual(expect.arrayContaining(['300308.SZ 深交所 创业板', '00700.HK 港交所', 'NVDA.US 美股']));
    // What each organisation is: a badge for the ones that are not plain companies (华泰证券 is a securities firm).
    const kindMessage = { broker: 'kindBroker', fund: 'kindFund', investor: 'kindInvestor', research: 'kindResearch' } as const;
    for (const [name, badge] of card.kinds) {
      const kind = expected.companies.find((c) => c.name === name)!.kind;
      if (kind === 'company') expect(badge, name!).toBeNull();
      else expect(either(kindMessage[kind]), name!).toContain(badge);
    }
    expect(card.kinds.some(([name]) => name === '华泰证券')).toBe(true);
    expect(card.figures).toHaveLength(expected.figures.length);
    expect(card.figures).toEqual(expect.arrayContaining(['66.74亿元', '98.6元/股', '≈12%']));
    expect(card.groups).toEqual(expect.arrayContaining(['张明远（华泰证券 分析师）']));
    expect(card.quotes).toBe(expected.quotes.length);
    expect(card.claims).toBe(expected.claims.length);
    await popup.screenshot(`${SCREENSHOT_DIR}/${browser.name}-popup-light.png`);
    await popup.close();
    // WebDriver BiDi has no colour-scheme emulation yet: the dark theme is checked in Chromium.
    if (browser.name !== 'chromium') return article.close();
    const dark = await openPopup(browser, SAMPLE_URL, { ...POPUP_VIEWPORT, dark: true });
    expect(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
    await dark.screenshot(`${SCREENSHOT_DIR}/${browser.name}-popup-dark.png`);
    await dark.close();
    await article.close();
  });

  it('copies a Markdown card that matches the golden file', async () => {
    const article = await browser.newPage();
    await article.goto(SAMPLE_URL);
    await waitForMarks(article);
    const popup = await openPopup(browser, SAMPLE_URL);
    await popup.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void w.__copied.push(t) }, configurable: true });
    });
    await popup.click('[data-export="markdown"]');
    await waitFor(popup, () => (window as unknown as { __copied: string[] }).__copied.length > 0);
    const copied = await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied[0]);
    const expected = toMarkdown(summarize(engineAnalysis(suite.pages.get(SAMPLE_URL.replace('http://', ''))!, SAMPLE_URL)));
    if (!existsSync(GOLDEN_MARKDOWN) || process.env.UPDATE_GOLDEN) {
      mkdirSync('test/golden', { recursive: true });
      writeFileSync(GOLDEN_MARKDOWN, expected);
    }
    expect(copied).toBe(readFileSync(GOLDEN_MARKDOWN, 'utf8'));
    expect(await popup.evaluate(() => document.querySelector('.export .note')?.textContent)).toMatch(new RegExp(either('copied').join('|')));
    await popup.close();
    await article.close();
  });

  it('scrolls the page to a company when its row is clicked, and to the next mention on the next click', async () => {
    const article = await browser.newPage();
    await article.setViewport(900, 360);
    await article.goto(SAMPLE_URL);
    await waitForMarks(article);
    const popup = await openPopup(browser, SAMPLE_URL);
    const positions: number[] = [];
    for (let i = 0; i < 2; i++) {
      await popup.click('[data-company="中际旭创"]');
      await pause(900);
      positions.push(
        await article.evaluate(() => {
          const marks = [...document.querySelectorAll('caizhu-mark[data-caizhu-kind="company"]')].filter((m) => m.textContent === '中际旭创');
          const inView = marks.filter((m) => {
            const r = m.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          });
          return inView.length ? marks.indexOf(inView[0]) : -1;
        }),
      );
    }
    expect(positions[0]).toBeGreaterThanOrEqual(0);
    expect(positions[1]).toBeGreaterThanOrEqual(0);
    expect(await article.evaluate(() => scrollY)).toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });

  it('turns kinds of highlight and all highlights off and on again, live', async () => {
    const article = await browser.newPage();
    await article.goto(SAMPLE_URL);
    await waitForMarks(article);
    const original = await article.evaluate(() => (window as unknown as { __caizhuOriginalBody: string }).__caizhuOriginalBody);
    const popup = await openPopup(browser, SAMPLE_URL);
    const count = (kind: string) => article.evaluateWith((k: string) => document.querySelectorAll(`caizhu-mark[data-caizhu-kind="${k}"]`).length, kind);
    const figures = await count('figure');
    expect(figures).toBeGreaterThan(0);
    await popup.click('.chip-figure');
    await pause(300);
    expect(await popup.evaluate(() => document.querySelector('.chip-figure')?.getAttribute('aria-pressed'))).toBe('false');
    expect(await count('figure')).toBe(0);
    expect(await count('company')).toBeGreaterThan(0);
    await popup.click('.chip-figure');
    await pause(300);
    expect(await count('figure')).toBe(figures);
    await popup.click('.switch input');
    await pause(300);
    expect(await article.evaluate(() => document.body.innerHTML)).toBe(original);
    await popup.click('.switch input');
    await pause(300);
    expect(await spanTexts(article, 'company')).toContain('中际旭创');
    await popup.close();
    await article.close();
  });

  it('sets the action badge to the number of companies on an article, and leaves it empty elsewhere', async () => {
    const article = await browser.newPage();
    await article.goto(SAMPLE_URL);
    await waitForMarks(article);
    const home = await browser.newPage();
    await home.goto('http://news.qq.com/');
    await pause(800);
    const expected = engineAnalysis(suite.pages.get(SAMPLE_URL.replace('http://', ''))!, SAMPLE_URL);
    const articleTab = await tabIdOf(browser, SAMPLE_URL);
    const homeTab = await tabIdOf(browser, 'http://news.qq.com/');
    const control = await browser.extensionPage('src/options/index.html');
    const badges = await control.evaluateWith(
      async ({ a, h }: { a: number; h: number }) => {
        const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        return [await api.action.getBadgeText({ tabId: a }), await api.action.getBadgeText({ tabId: h })];
      },
      { a: articleTab, h: homeTab },
    );
    expect(badges).toEqual([String(expected.companies.length), '']);
    await control.close();
    await home.close();
    await article.close();
  });

  it('says what happened on a qq.com page that is not an article, with no analyse-anyway button there', async () => {
    const home = await browser.newPage();
    await home.goto('http://news.qq.com/');
    await pause(500);
    const popup = await openPopup(browser, 'http://news.qq.com/');
    const text = await popup.evaluate(() => document.querySelector('.state')?.textContent ?? '');
    expect(either('stateNotArticle').some((m) => text.includes(m))).toBe(true);
    expect(await popup.evaluate(() => document.querySelector('.state .primary'))).toBeNull();
    await popup.close();
    await home.close();
  });

  it('says why when the analysis failed, and offers to try again', async () => {
    const url = `http://news.qq.com/rain/a/${HUGE_ID}`;
    const article = await browser.newPage();
    await article.goto(url);
    await pause(1500);
    expect(await article.evaluate(() => document.querySelectorAll('caizhu-mark').length)).toBe(0);
    const popup = await openPopup(browser, url);
    const text = await popup.evaluate(() => document.querySelector('.state[role="alert"]')?.textContent ?? '');
    expect(either('errorTooLong').some((m) => text.includes(m))).toBe(true);
    expect(await popup.evaluate(() => document.querySelector('.state .primary')?.textContent)).toMatch(new RegExp(either('retry').join('|')));
    await popup.close();
    await article.close();
  });

  it('opens the options page, keeps settings, and survives a corrupted stored value', async () => {
    const options = await browser.extensionPage('src/options/index.html', { width: 800, height: 700 });
    await waitFor(options, () => document.querySelector('input[name="scheme"]') !== null);
    await options.click('input[value="high-contrast"]');
    await pause(300);
    const stored = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      return (await api.storage.sync.get('settings')).settings as { scheme: string };
    });
    expect(stored.scheme).toBe('high-contrast');
    const article = await browser.newPage();
    await article.goto(SAMPLE_URL);
    await waitForMarks(article);
    expect(await article.evaluate(() => document.querySelector('caizhu-mark')?.getAttribute('data-caizhu-scheme'))).toBe('high-contrast');
    await article.close();
    await options.screenshot(`${SCREENSHOT_DIR}/${browser.name}-options.png`);
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      await api.storage.sync.set({ settings: { scheme: 42, categories: 'broken', tooltipDelay: 'soon' } });
    });
    await options.close();
    const again = await browser.extensionPage('src/options/index.html');
    await waitFor(again, () => document.querySelector('input[name="scheme"]') !== null);
    expect(await again.evaluate(() => (document.querySelector('input[value="default"]') as HTMLInputElement).checked)).toBe(true);
    await again.click('.actions .primary');
    await pause(200);
    await again.close();
  });

  it('has no serious or critical accessibility violations in popup, options and tooltip', async (ctx) => {
    if (browser.name !== 'chromium') return ctx.skip();
    const article = await browser.newPage();
    await article.goto(SAMPLE_URL);
    await waitForMarks(article);
    for (const dark of [false, true]) {
      const popup = await openPopup(browser, SAMPLE_URL, { ...POPUP_VIEWPORT, dark });
      expect(await axeViolations(popup), `popup${dark ? ' (dark)' : ''}`).toEqual([]);
      await popup.close();
      const options = await browser.extensionPage('src/options/index.html', { width: 800, height: 700, dark });
      await waitFor(options, () => document.querySelector('input[name="scheme"]') !== null);
      expect(await axeViolations(options), `options${dark ? ' (dark)' : ''}`).toEqual([]);
      await options.close();
      const harness = await browser.extensionPage('src/popup/index.html', { width: 800, height: 600, dark });
      await harness.evaluateWith(({ css, market }: { css: string; market: string }) => {
        document.body.replaceChildren();
        const host = document.createElement('div');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = `<style>${css}</style><div class="tip" role="tooltip"><div class="label">公司</div><div class="heading">中际旭创</div><div class="row"><span class="key">上市</span><span class="value">300308.SZ 深交所 创业板</span></div>${market}</div>`;
      }, { css: readFileSync('src/content/tooltip.css', 'utf8'), market: LIVE_CARD_MARKUP });
      expect(await axeViolations(harness), `tooltip${dark ? ' (dark)' : ''}`).toEqual([]);
      await harness.close();
    }
    await article.close();
  });
}
