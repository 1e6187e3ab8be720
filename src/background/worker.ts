import browser from 'webextension-polyfill';
import { MAX_ARTICLE_CHARS } from '../core/limits';
import type { Analyzer } from '../core/analyze';
import type { Article } from '../core/types';
import { analysisResponse, isRequest, type Request, type Response } from '../shared/messages';
import { watchlistChange } from '../shared/watchlist-store';
import { showOnAction } from './action-icon';
import { engineStartup, getEngine, getQuickEngine, startSegmenter, readyEngine } from './engine';
import { KEEP_ALIVE_PORT } from '../shared/keep-alive';
import { forgetQuoteTab, quotesForTab } from './market-data';
import { refreshActions } from './watchlist-badge';
import { noteRequest } from './warm-up';
import { forgetTab, getTabAnalysis, memoryTabAnalysis, putTabAnalysis } from './tab-cache';

/** When this worker's life began (the e2e tests tell a worker kept alive from one started again). */
const STARTED_AT = Date.now();

async function handle(request: Request, sender: browser.Runtime.MessageSender): Promise<Response> {
  if (request.type === 'ping') return { ok: true, pong: true, startedAt: STARTED_AT, startup: engineStartup() };
  if (request.type === 'page-left') {
    if (sender.tab?.id !== undefined) {
      await forgetTab(sender.tab.id);
      forgetQuoteTab(sender.tab.id);
      await showOnAction(sender.tab.id, null);
    }
    return analysisResponse(null);
  }
  if (request.type === 'quotes') {
    const tabId = request.tabId ?? sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'no tab' };
    return quotesForTab(tabId, request.priority ?? [], request.visible !== false);
  }
  if (request.type === 'open-options') {
    await browser.runtime.openOptionsPage();
    return { ok: true, opened: true };
  }
  if (request.type === 'get-analysis') {
    const analysis = await getTabAnalysis(request.tabId);
    return analysisResponse(analysis, true);
  }
  noteRequest();
  const tabId = sender.tab?.id;
  if (request.article.text.length > MAX_ARTICLE_CHARS) return { ok: false, error: 'article-too-long' };
  if (tabId !== undefined) {
    const cached = memoryTabAnalysis(tabId);
    if (cached && cached.article.text === request.article.text && cached.article.url === request.article.url) {
      void showOnAction(tabId, cached);
      return analysisResponse(cached, true);
    }
  }
  const whole = readyEngine();
  // The page's own first request may be answered by the quick engine; a page that has its highlights already asks
  // for the whole engine's analysis (for a popup that found it evicted).
  if (!whole && request.whole) startSegmenter();
  const engine: Analyzer = whole ?? (request.whole ? await getEngine() : await getQuickEngine().then((quick) => readyEngine() ?? quick));
  const provisional = engine !== readyEngine();
  const analysis = engine.analyze(request.article);
  if (tabId !== undefined) {
    // The page waits for the answer; the action icon and storing follow it.
    void putTabAnalysis(tabId, analysis);
    setTimeout(() => void showOnAction(tabId, analysis), 0);
    if (provisional) void sendFinal(request.article, tabId, sender.frameId ?? 0);
  }
  if (provisional) startSegmenter();
  return analysisResponse(analysis, false, provisional);
}

/** A cold worker's first answer came from the engine without segmentation: the whole engine's follows to the page. */
async function sendFinal(article: Article, tabId: number, frameId: number): Promise<void> {
  const engine = await getEngine();
  const analysis = engine.analyze(article);
  const current = memoryTabAnalysis(tabId);
  // The tab moved on while the engine was being built.
  if (current && (current.article.url !== article.url || current.article.text !== article.text)) return;
  void putTabAnalysis(tabId, analysis);
  void showOnAction(tabId, analysis);
  await browser.tabs.sendMessage(tabId, { type: 'caizhu:final', url: article.url, analysisJson: JSON.stringify(analysis) }, { frameId }).catch(() => undefined);
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isRequest(message)) return undefined;
  return handle(message, sender).catch((error: unknown): Response => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
  forgetQuoteTab(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetTab(tabId).then(() => showOnAction(tabId, null));
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && watchlistChange(changes)) refreshActions();
});

// An article page connects as it starts loading (content/keep-alive.ts): the engine starts then, and the page's
// beats keep the worker warm for the next article. Other wake-ups (a tab loading elsewhere, a storage change) do
// not build the engine. (The page connects only with qq.com turned on in the settings.)
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== KEEP_ALIVE_PORT || !port.sender?.tab) return;
  void getEngine().catch(() => undefined);
  port.onMessage.addListener(() => undefined);
});
