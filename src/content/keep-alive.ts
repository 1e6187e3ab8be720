import { qqArticleId } from '../extract/qq-url';
import { KEEP_ALIVE_BEAT_MS, KEEP_ALIVE_PORT } from '../shared/keep-alive';

/** The part of the WebExtension runtime this script uses (chrome.* in Chromium, and in Firefox too). */
interface Port {
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}
interface Runtime {
  connect(info: { name: string }): Port;
}

/**
 * Runs at document_start on qq.com: on an article's address, wakes the background at once, so the engine
 * starts while the page is still loading, and keeps it awake while the article is in view (see keep-alive in
 * shared). Kept free of the polyfill and of everything else: it is injected into every qq.com page early.
 */
export function keepAlive(runtime: Runtime, doc: Document, location: Location): void {
  let port: Port | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const beat = () => {
    if (qqArticleId(location.href) === null) {
      // Navigated in the page to something that is not an article: nothing to keep warm for.
      port?.disconnect();
      port = null;
      return;
    }
    try {
      if (!port) {
        const opened = runtime.connect({ name: KEEP_ALIVE_PORT });
        opened.onDisconnect.addListener(() => {
          if (port === opened) port = null;
        });
        port = opened;
      }
      port.postMessage('beat');
    } catch {
      // The extension was reloaded or removed under the page: nothing to keep alive.
      port = null;
      if (timer !== null) clearInterval(timer);
      timer = null;
    }
  };
  const follow = () => {
    if (doc.visibilityState === 'visible') {
      beat();
      timer ??= setInterval(beat, KEEP_ALIVE_BEAT_MS);
    } else if (timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
  doc.addEventListener('visibilitychange', follow);
  // The first sign of an article wakes the engine, in a tab opened in the background too.
  if (doc.visibilityState !== 'visible') beat();
  follow();
}
