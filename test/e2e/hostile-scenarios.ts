import { afterAll, beforeAll, expect, it } from 'vitest';
import { hostileCases, type HostileCase } from '../hostile/load';
import type { E2EBrowser, E2EPage } from './driver';
import { pause, sendToTab, spanTexts, type Suite } from './scenarios';

/** Longest stretch CaiZhu may hold the page's main thread (a long task). */
const LONG_TASK_MS = 50;
const TIMEOUT_MS = 30_000;

interface Timings {
  /** CaiZhu's own measures of its synchronous work in the page: reading it, each slice of highlighting, taking them off. */
  measures: Array<{ name: string; duration: number }>;
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await check()) return;
    await pause(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const timings = (page: E2EPage) =>
  page.evaluate((): Timings => ({
    measures: performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('caizhu:'))
      .map((e) => ({ name: e.name, duration: Math.round(e.duration * 10) / 10 })),
  }));

/** Every case of the hostile corpus (test/hostile/cases.json), served at its qq.com address. */
export function hostileScenarios(suite: Suite): void {
  let browser: E2EBrowser;
  const worst: Array<{ page: string; longest: number }> = [];
  beforeAll(() => {
    browser = suite.browser();
  });
  afterAll(() => {
    console.log(`hostile pages in ${browser.name}: longest CaiZhu task per page (ms) ${worst.map((w) => `${w.page} ${w.longest}`).join(', ')}`);
  });

  for (const c of hostileCases()) {
    it(`${c.page}: ${c.why}`, async () => {
      const url = `http://${c.path}`;
      const page = await open(browser, c, url);
      await checkPage(browser, page, c, url);
      let slow = await slowTasks(page);
      await page.close();
      if (slow.length > 0) {
        // A garbage collection or the machine's other work can land in one slice; a slow step is slow every time.
        const again = await open(browser, c, url);
        await sendToTab(browser, url, { type: 'caizhu:remove-highlights' });
        slow = await slowTasks(again);
        await again.close();
      }
      worst.push({ page: c.page.replace('.html', ''), longest: longestTask });
      expect(slow, 'CaiZhu tasks over 50 ms (in two loads of the page)').toEqual([]);
    });
  }
}

async function open(browser: E2EBrowser, c: HostileCase, url: string): Promise<E2EPage> {
  const page = await browser.newPage();
  await page.goto(url);
  if (c.article) await until('the highlights', () => page.evaluate(() => performance.getEntriesByName('caizhu:final').length > 0 && performance.getEntriesByName('caizhu:applied').length > 0));
  else await until('the reading of the page', () => page.evaluate(() => performance.getEntriesByName('caizhu:read', 'measure').length > 0));
  await page.evaluate(() => (window as unknown as { __disarm?: () => void }).__disarm?.());
  return page;
}

let longestTask = 0;

/** CaiZhu's measured pieces of work on the page over 50 ms, each as "name duration". */
async function slowTasks(page: E2EPage): Promise<string[]> {
  const { measures } = await timings(page);
  expect(measures.some((m) => m.name === 'caizhu:read')).toBe(true);
  longestTask = Math.max(...measures.map((m) => m.duration));
  return measures.filter((m) => m.duration > LONG_TASK_MS).map((m) => `${m.name} ${m.duration}`);
}

async function checkPage(browser: E2EBrowser, page: E2EPage, c: HostileCase, url: string): Promise<void> {
  const status = (await sendToTab(browser, url, { type: 'caizhu:status' })) as { state: string };
  expect(status.state).toBe(c.article ? 'annotated' : 'not-article');

  // What must and must not be highlighted.
  const companies = await spanTexts(page, 'company');
  for (const name of c.marks) expect(companies.map((t) => t.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')), `highlight of ${name}`).toContain(name);
  const marked = await page.evaluate(() => [...document.querySelectorAll('caizhu-mark')].map((m) => m.textContent ?? '').join('|'));
  for (const text of c.noMarks) expect(marked, `no highlight of ${text}`).not.toContain(text);
  expect(await page.evaluate(() => document.querySelectorAll('textarea caizhu-mark, select caizhu-mark, svg caizhu-mark, math caizhu-mark').length)).toBe(0);

  // Open every highlight's tooltip from the keyboard: page text shown in one must stay text.
  await page.evaluate(async () => {
    for (const mark of [...document.querySelectorAll<HTMLElement>('caizhu-mark[tabindex="0"]')].slice(0, 60)) {
      mark.focus();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await pause(200);

  await sendToTab(browser, url, { type: 'caizhu:remove-highlights' });
  await pause(200);
  const restored = await page.evaluate(() => {
    const w = window as unknown as { __caizhuOriginalBody: string; __caizhuOriginalNodes: Node[]; __caizhuOriginalHtml: string };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const now: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) now.push(n);
    return {
      body: document.body.innerHTML === w.__caizhuOriginalBody,
      html: document.documentElement.outerHTML === w.__caizhuOriginalHtml,
      nodes: now.length === w.__caizhuOriginalNodes.length && now.every((n, i) => n === w.__caizhuOriginalNodes[i]),
      left: document.querySelectorAll('caizhu-mark, caizhu-tooltip').length,
    };
  });
  expect(restored).toEqual({ body: true, html: !c.article || restored.html, nodes: true, left: 0 });
  if (!c.article) expect(restored.html, 'a page that is no article is left byte for byte').toBe(true);

  // Nothing ran that the page did not run itself.
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __caizhuPwned?: number; __pageRuns?: number; __tamperedCalls?: number };
    return { pwned: w.__caizhuPwned ?? null, pageRuns: w.__pageRuns ?? 0, tamperedCalls: w.__tamperedCalls ?? 0 };
  });
  expect(ran).toEqual({ pwned: null, pageRuns: c.pageRuns, tamperedCalls: 0 });
}
