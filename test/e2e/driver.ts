/** What the end-to-end scenarios need from a browser, whichever drives it. */
export interface E2EPage {
  goto(url: string): Promise<void>;
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Evaluates a script source as an expression (for injecting a library such as axe-core). */
  evaluateSource<T>(source: string): Promise<T>;
  evaluateWith<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  hover(selector: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Types into a text field (replacing what it holds), as the reader would. */
  fill(selector: string, text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Emulates a dark (or light) colour scheme; absent where the browser's driver cannot (WebDriver BiDi). */
  emulateDark?: (dark: boolean) => Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Text of the open tooltip, read through the browser's own inspection of the closed shadow root, where it can. */
  tooltipText(): Promise<string | null>;
  /**
   * Clicks, with the real mouse, the first button in the open tooltip whose class list has `className`; false when
   * there is none. Absent where the closed shadow root cannot be looked into (WebDriver BiDi).
   */
  clickInTooltip?: (className: string) => Promise<boolean>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: 'chromium' | 'firefox';
  newPage(): Promise<E2EPage>;
  /** Opens a page of the extension (path inside the build, e.g. src/popup/index.html?tab=3) in a tab. */
  extensionPage(path: string, viewport?: { width: number; height: number; dark?: boolean }): Promise<E2EPage>;
  /** Stops the background worker; the next message must start it again. Null where the browser cannot. */
  stopWorker: (() => Promise<void>) | null;
  /**
   * Uncaught errors, unhandled rejections and console errors the browser's pages reported since it started (each as
   * `where: message`); absent where the driver cannot listen.
   */
  errors?: () => string[];
  /**
   * Runs `fn` with the background's global scope (the service worker's `self`, the event page's window) as its
   * argument and returns its result; `fn` travels as source text, so it may use nothing from the test's scope.
   * Absent where the driver cannot reach the background.
   */
  inBackground?: <T>(fn: (scope: typeof globalThis) => T | Promise<T>) => Promise<T>;
  close(): Promise<void>;
}

/** Runs in the page: records the DOM as the page built it, before the content script (document_idle) runs. */
export const RECORD_ORIGINAL_DOM = `document.addEventListener('DOMContentLoaded', () => {
  window.__caizhuOriginalBody = document.body.innerHTML;
  window.__caizhuOriginalHtml = document.documentElement.outerHTML;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  window.__caizhuOriginalNodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) window.__caizhuOriginalNodes.push(n);
}, { once: true });`;

/** The WebExtension API surface the tests call from an extension page (chrome.* in Chromium, browser.* in Firefox). */
export interface ExtensionApi {
  tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
}

/** In an extension page: its WebExtension API. */
export const EXTENSION_API = `(globalThis.browser ?? globalThis.chrome)`;
