import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, OTHER_HOSTS, QQ_HOSTS } from '../test/e2e/chromium';
import { EXTENSION_UUID, FIREFOX, GECKO_ID } from '../test/e2e/firefox-driver';
import { startFixtureServer } from '../test/e2e/fixture-server';
import { escapeHtml, qqPage, routes, SAMPLE_ID, SEED_ID } from '../test/e2e/pages';
import { longArticle } from './long-article';
import { median } from './stats';

const LONG_ID = '20250426A0LONG00';
const RUNS = 5;
/** A reader's pause before the next article: the worker is warm and its warm-up runs are done. */
const READING_PAUSE_MS = 3000;
/** Past both browsers' 30 s idle timeout: without the keep-alive the background would be gone. */
const PAST_IDLE_MS = 35_000;

export type BrowserName = 'chromium' | 'firefox';

export interface PageBench {
  browser: BrowserName;
  page: string;
  chars: number;
  /**
   * Content-script start → every highlight painted, in a browser started for this article (median): the first
   * paint, from the engine without segmentation while the whole one starts, where it answered.
   */
  freshMs: number;
  /** The same → the whole engine's highlights painted (equal to freshMs where the whole engine answered first). */
  freshFinalMs: number;
  /** Runs whose first paint was the quick engine's. */
  freshProvisional: number;
  /** The same with the background stopped in a running browser (Chromium only: Firefox has no way to stop it). */
  stoppedMs: number | null;
  stoppedFinalMs: number | null;
  /** The same with a warm background, after a reading pause (median). */
  warmMs: number;
  /** Warm: content-script start → every highlight in view / everywhere an element. */
  warmVisibleMs: number;
  warmElementsMs: number;
  /** jieba-wasm's own first cut (it builds its dictionary) inside the fresh background, median. */
  jiebaFirstCutMs: number;
  longestTaskMs: number;
}

export interface NextArticleBench {
  browser: BrowserName;
  page: string;
  /** The next article, opened 35 s after the first while that one stays open. */
  nextMs: number;
  /** Whether the background that painted it is the one that painted the first (the keep-alive held); null for a build that does not say. */
  sameBackground: boolean | null;
  /** Resident memory of the extension's process (worker / event page) while alive, MiB. */
  backgroundRssMb: number | null;
}

interface Session {
  browser: Browser;
  open(url: string): Promise<Page>;
  ping(): Promise<{ startedAt: number; startup: { started: number; wasm: number; segmenter: number; dictionary: number } | null }>;
  stopBackground: (() => Promise<void>) | null;
  backgroundRssMb(): number | null;
  close(): Promise<void>;
}

async function launch(name: BrowserName, port: number): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), `caizhu-bench-${name}-`));
  let browser: Browser;
  let extensionUrl: string;
  if (name === 'chromium') {
    const dir = resolve('dist/chrome');
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      userDataDir: profile,
      pipe: true,
      enableExtensions: [dir],
      defaultViewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', `--host-resolver-rules=${[...QQ_HOSTS, ...OTHER_HOSTS].map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',')}`],
    });
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15_000 });
    extensionUrl = `chrome-extension://${new URL(worker.url()).host}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 900 },
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
      },
    });
    await browser.installExtension(resolve('dist/firefox'));
    extensionUrl = `moz-extension://${EXTENSION_UUID}`;
  }
  const processRss = (match: (cmdline: string) => boolean): number | null => {
    const root = browser.process()?.pid;
    if (!root) return null;
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        if (!match(cmdline) || !cmdline.includes(profile)) continue;
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (rss) return Number(rss[1]) / 1024;
      } catch {
        // The process ended while it was read.
      }
    }
    return null;
  };
  return {
    browser,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async ping() {
      const page = await browser.newPage();
      // Extension pages may never report their load over BiDi: start the navigation, then ask once it runs.
      void page.goto(`${extensionUrl}/src/options/index.html`).catch(() => undefined);
      try {
        for (let i = 0; i < 150; i++) {
          const answer = await page
            .evaluate(() => {
              const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
              const api = g.browser ?? g.chrome;
              return location.protocol.endsWith('extension:') && document.readyState === 'complete' && api ? api.runtime.sendMessage({ type: 'ping' }) : null;
            })
            .catch(() => null);
          if (answer) return answer as Awaited<ReturnType<Session['ping']>>;
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('the background did not answer');
      } finally {
        await page.close();
      }
    },
    stopBackground:
      name === 'chromium'
        ? async () => {
            const page = (await browser.pages())[0] ?? (await browser.newPage());
            const cdp = await page.createCDPSession();
            await cdp.send('ServiceWorker.enable');
            await cdp.send('ServiceWorker.stopAllWorkers');
            await cdp.detach();
            await new Promise((r) => setTimeout(r, 300));
          }
        : null,
    // Chromium runs extension workers in a renderer of their own, marked on its command line; Firefox's extension
    // process is not told apart from its tabs' there, so it goes unmeasured.
    backgroundRssMb: () => (name === 'chromium' ? processRss((c) => /--extension-process/.test(c)) : null),
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function measure(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('caizhu:final').length > 0, { timeout: 30_000 });
  return page.evaluate(() => {
    const start = performance.getEntriesByName('caizhu:start')[0].startTime;
    const paints = performance.getEntriesByName('caizhu:painted');
    // The whole engine's paint: the last one (the first too, where no quick answer came before it).
    const finalPaint = paints.at(-1)?.startTime ?? performance.getEntriesByName('caizhu:final')[0].startTime;
    const applied = performance.getEntriesByName('caizhu:applied')[0].startTime;
    const painted = performance.getEntriesByName('caizhu:painted')[0]?.startTime ?? applied;
    const visible = performance.getEntriesByName('caizhu:visible')[0]?.startTime ?? applied;
    // Headless browsers report no longtask entries, so the content script measures its own synchronous blocks.
    const blocks = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('caizhu:'));
    return { ms: painted - start, finalMs: finalPaint - start, provisional: paints.length > 1, elementsMs: applied - start, visibleMs: visible - start, longest: Math.max(0, ...blocks.map((m) => m.duration)), chars: document.querySelector('.rich_media_content')?.textContent?.length ?? 0 };
  });
}

/**
 * Content-script start → highlights painted (and → elements in), in real Chromium and Firefox: in a browser just
 * started (the truly cold first article), with the background stopped (Chromium), and warm; jieba-wasm's own first
 * cut inside the same background, so the ratio holds where absolute times drift; the next article after a pause
 * past the idle timeout; the background's memory.
 */
export async function runExtensionBench(browsers: BrowserName[] = ['chromium', 'firefox']): Promise<{ pages: PageBench[]; next: NextArticleBench[]; contentScriptGzip: number }> {
  // CAIZHU_BENCH_NO_BUILD: measure the builds already in dist/ (another commit's, for a before/after table).
  if (!process.env.CAIZHU_BENCH_NO_BUILD) {
    execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'warn'], { stdio: 'inherit' });
    execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  const pages = routes();
  const long = longArticle(30_000);
  pages.set(`new.qq.com/rain/a/${LONG_ID}`, qqPage({ title: '长文测试', media: '财注示例财经', pubtime: '2025-04-26 12:00:00', paragraphs: long.split('\n').map(escapeHtml), layout: 'rich' }));
  const server = await startFixtureServer(pages);
  const targets: Array<[string, string]> = [[`http://news.qq.com/rain/a/${SAMPLE_ID}`, 'sample article'], [`http://new.qq.com/rain/a/${LONG_ID}`, '30,000-character article']];
  if (pages.has(`new.qq.com/rain/a/${SEED_ID}`)) targets.unshift([`http://new.qq.com/rain/a/${SEED_ID}`, 'seed article']);

  const rows: PageBench[] = [];
  const next: NextArticleBench[] = [];
  try {
    for (const name of browsers) {
      for (const [url, label] of targets) {
        const fresh: number[] = [];
        const freshFinal: number[] = [];
        const stoppedFinal: number[] = [];
        let provisional = 0;
        const firstCut: number[] = [];
        const stopped: number[] = [];
        const warm: Array<Awaited<ReturnType<typeof measure>>> = [];
        let chars = 0;
        for (let i = 0; i < RUNS; i++) {
          const session = await launch(name, server.port);
          try {
            const page = await session.browser.newPage();
            const f = await measure(page, url);
            fresh.push(f.ms);
            freshFinal.push(f.finalMs);
            if (f.provisional) provisional++;
            chars = f.chars;
            const { startup } = await session.ping();
            if (startup) firstCut.push(startup.segmenter - startup.wasm);
            await new Promise((r) => setTimeout(r, READING_PAUSE_MS));
            warm.push(await measure(page, url));
            if (session.stopBackground) {
              await session.stopBackground();
              const s = await measure(page, url);
              stopped.push(s.ms);
              stoppedFinal.push(s.finalMs);
            }
          } finally {
            await session.close();
          }
        }
        rows.push({
          browser: name,
          page: label,
          chars,
          freshMs: median(fresh),
          freshFinalMs: median(freshFinal),
          freshProvisional: provisional,
          stoppedFinalMs: stoppedFinal.length ? median(stoppedFinal) : null,
          stoppedMs: stopped.length ? median(stopped) : null,
          warmMs: median(warm.map((w) => w.ms)),
          warmVisibleMs: median(warm.map((w) => w.visibleMs)),
          warmElementsMs: median(warm.map((w) => w.elementsMs)),
          jiebaFirstCutMs: median(firstCut),
          longestTaskMs: Math.max(...warm.map((w) => w.longest)),
        });
      }
      // The next article while the first stays open, past the idle timeout.
      const session = await launch(name, server.port);
      try {
        const first = await session.open(targets[0][0]);
        await first.waitForFunction(() => performance.getEntriesByName('caizhu:final').length > 0, { timeout: 30_000 });
        const before = await session.ping();
        await new Promise((r) => setTimeout(r, PAST_IDLE_MS));
        const rss = session.backgroundRssMb();
        const page = await session.browser.newPage();
        const n = await measure(page, targets[1][0]);
        const after = await session.ping();
        next.push({ browser: name, page: targets[1][1], nextMs: n.ms, sameBackground: typeof before.startedAt === 'number' ? after.startedAt === before.startedAt : null, backgroundRssMb: rss });
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
  const manifest = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
  const scripts: string[] = manifest.content_scripts.flatMap((cs: { js: string[] }) => cs.js);
  const contentScriptGzip = scripts.reduce((n, script) => n + gzipSync(readFileSync(`dist/chrome/${script}`)).length, 0);
  return { pages: rows, next, contentScriptGzip };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv.slice(2).filter((a): a is BrowserName => a === 'chromium' || a === 'firefox');
  const { pages, next, contentScriptGzip } = await runExtensionBench(which.length ? which : undefined);
  console.table(pages);
  console.table(next);
  console.log(`content scripts: ${(contentScriptGzip / 1024).toFixed(1)} KB gzipped`);
}
