import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/e2e/chromium';
import { startFixtureServer } from '../test/e2e/fixture-server';
import { escapeHtml, qqPage, routes, SAMPLE_ID, SEED_ID } from '../test/e2e/pages';
import { longArticle } from './long-article';
import { median } from './stats';

const LONG_ID = '20250426A0LONG00';
const RUNS = 5;
const READING_PAUSE_MS = 3000;


export interface ExtensionBench {
  page: string;
  chars: number;
  /** Content-script start → every highlight painted on the page (cold worker). */
  coldMs: number;
  /** The same with a warm worker. */
  warmMs: number;
  /** Warm worker: content-script start → every highlight an element (focusable, with its tooltip). */
  warmElementsMs: number;
  /** Warm worker: content-script start → every highlight in the reader's view an element. */
  warmVisibleMs: number;
  longestTaskMs: number;
}


/** Content-script start → highlights painted (and → elements in), in real Chromium, cold and warm worker; and CaiZhu's longest synchronous block on the page's main thread. */
export async function runExtensionBench(): Promise<{ rows: ExtensionBench[]; contentScriptGzip: number }> {
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'warn'], { stdio: 'inherit' });
  const pages = routes();
  const long = longArticle(30_000);
  pages.set(`new.qq.com/rain/a/${LONG_ID}`, qqPage({ title: '长文测试', media: '财注示例财经', pubtime: '2025-04-26 12:00:00', paragraphs: long.split('\n').map(escapeHtml), layout: 'rich' }));
  const server = await startFixtureServer(pages);
  const session = await launchChromium('dist/chrome', server.port);
  const targets: Array<[string, string, number]> = [[`http://news.qq.com/rain/a/${SAMPLE_ID}`, 'sample article', 0], [`http://new.qq.com/rain/a/${LONG_ID}`, '30,000-character article', long.length]];
  if (pages.has(`new.qq.com/rain/a/${SEED_ID}`)) targets.unshift([`http://new.qq.com/rain/a/${SEED_ID}`, 'seed article', 0]);

  const rows: ExtensionBench[] = [];
  const page = await session.context.newPage();
  const measure = async (url: string) => {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('caizhu:applied').length > 0, undefined, { timeout: 30_000 });
    return page.evaluate(() => {
      const start = performance.getEntriesByName('caizhu:start')[0].startTime;
      const applied = performance.getEntriesByName('caizhu:applied')[0].startTime;
      const painted = performance.getEntriesByName('caizhu:painted')[0]?.startTime ?? applied;
      const visible = performance.getEntriesByName('caizhu:visible')[0]?.startTime ?? applied;
      // Headless Chromium reports no longtask entries, so the content script measures its own synchronous blocks.
      const blocks = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('caizhu:'));
      return { ms: painted - start, elementsMs: applied - start, visibleMs: visible - start, longest: Math.max(0, ...blocks.map((m) => m.duration)), chars: document.querySelector('.rich_media_content')?.textContent?.length ?? 0 };
    });
  };
  const stopWorker = async () => {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await new Promise((r) => setTimeout(r, 300));
  };
  for (const [url, label, chars] of targets) {
    const cold: number[] = [];
    const warm: number[] = [];
    const warmVisible: number[] = [];
    const warmElements: number[] = [];
    let longest = 0;
    let textChars = chars;
    for (let i = 0; i < RUNS; i++) {
      await stopWorker();
      const c = await measure(url);
      cold.push(c.ms);
      // A reader's pause before the next article: the worker is warm, as it is when one reads on.
      await new Promise((r) => setTimeout(r, READING_PAUSE_MS));
      const w = await measure(url);
      warm.push(w.ms);
      warmVisible.push(w.visibleMs);
      warmElements.push(w.elementsMs);
      longest = Math.max(longest, w.longest);
      textChars = textChars || c.chars;
    }
    rows.push({ page: label, chars: textChars, coldMs: median(cold), warmMs: median(warm), warmElementsMs: median(warmElements), warmVisibleMs: median(warmVisible), longestTaskMs: longest });
  }
  await session.close();
  await server.close();
  const manifest = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
  const scripts: string[] = manifest.content_scripts.flatMap((cs: { js: string[] }) => cs.js);
  const contentScriptGzip = scripts.reduce((n, script) => n + gzipSync(readFileSync(`dist/chrome/${script}`)).length, 0);
  return { rows, contentScriptGzip };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, contentScriptGzip } = await runExtensionBench();
  console.table(rows);
  console.log(`content script: ${(contentScriptGzip / 1024).toFixed(1)} KB gzipped`);
}
