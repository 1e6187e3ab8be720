// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { RECORD_ORIGINAL_DOM, type E2EBrowser, type E2EPage } from './driver';

interface CdpNode {
  nodeId: number;
  attributes?: string[];
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

function findHost(node: CdpNode): CdpNode | null {
  if (node.nodeName === 'CAIZHU-TOOLTIP') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

function findButton(node: CdpNode, className: string): CdpNode | null {
  const attrs = node.attributes ?? [];
  const cls = attrs[attrs.indexOf('class') + 1] ?? '';
  if (node.nodeName === 'BUTTON' && attrs.includes('class') && cls.split(/\s+/).includes(className)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findButton(child, className);
    if (found) return found;
  }
  return null;
}

function wrapPage(page: Page): E2EPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn) => page.evaluate(fn),
    evaluateSource: (source) => page.evaluate(source),
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg) as never,
    hover: (selector) => page.hover(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.fill(selector, text),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulateDark: (dark) => page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' }),
    screenshot: async (path) => void (await page.screenshot({ path })),
    async tooltipText() {
      const cdp = await page.context().newCDPSession(page);
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      await cdp.detach();
      const host = findHost(root);
      return host ? textOf(host).replace(/\s+/g, ' ').trim() : null;
    },
    async clickInTooltip(className) {
      const cdp = await page.context().newCDPSession(page);
      try {
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
        const host = findHost(root);
        const button = host && findButton(host, className);
        if (!button) return false;
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
        const [x1, y1, , , x3, y3] = model.content;
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
        return true;
      } finally {
        await cdp.detach();
      }
    },
    close: () => page.close(),
  };
}

/** `quotePort`: qt.gtimg.cn is answered by the local quote server (HTTPS with a certificate made for the run). */
export async function chromiumBrowser(extensionDir: string, port: number, options: { quotePort?: number } = {}): Promise<E2EBrowser> {
  const quotes = options.quotePort ? { args: ['--ignore-certificate-errors'], rules: [`MAP qt.gtimg.cn 127.0.0.1:${options.quotePort}`] } : { args: [], rules: [] };
  const session = await launchChromium(extensionDir, port, quotes.args, quotes.rules);
  await session.context.addInitScript(RECORD_ORIGINAL_DOM);
  const errors: string[] = [];
  session.context.on('weberror', (e) => errors.push(`${e.page()?.url() ?? 'page'}: ${e.error().message}`));
  session.context.on('console', (m) => {
    // The location names the resource a "Failed to load resource" message is about.
    if (m.type() === 'error') errors.push(`${m.worker() ? `worker ${m.worker()!.url()}` : (m.page()?.url() ?? 'page')} (console, ${m.location().url}): ${m.text()}`);
  });
  let lastPage: Page | null = null;
  return {
    name: 'chromium',
    async newPage() {
      lastPage = await session.context.newPage();
      return wrapPage(lastPage);
    },
    async extensionPage(path, viewport) {
      const page = await session.context.newPage();
      if (viewport) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.emulateMedia({ colorScheme: viewport.dark ? 'dark' : 'light' });
      }
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      return wrapPage(page);
    },
    stopWorker: async () => {
      const page = lastPage ?? (await session.context.newPage());
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    errors: () => [...errors],
    inBackground: async (fn) => (await session.worker()).evaluate(`(${fn.toString()})(self)`),
    close: () => session.close(),
  };
}
