import browser from 'webextension-polyfill';
import type { Request } from '../shared/messages';
import { loadSettings } from '../shared/settings';
import { readArticlePage } from './article-page';
import { Annotator, listenToPopup } from './annotator';
import { DomWatch } from './dom-watch';
import { createMarketContext, followMarketContext } from './market-context';

const RECHECK_DELAY_MS = 200;

/** Follows in-page navigation: one cheap check per batch of DOM changes, never a rescan. */
function watchNavigation(annotator: Annotator, dom: DomWatch): void {
  let lastUrl = location.href;
  let scheduled = false;
  const check = () => {
    scheduled = false;
    const moved = location.href !== lastUrl;
    const lost = annotator.container !== null && !annotator.container.isConnected;
    if (moved || lost) {
      lastUrl = location.href;
      if (annotator.state === 'annotated') void browser.runtime.sendMessage({ type: 'page-left' } satisfies Request).catch(() => undefined);
      annotator.clear();
      annotator.enabled = true;
    }
    if (annotator.enabled && (annotator.state === 'idle' || annotator.state === 'not-article')) void annotator.annotate();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(check, RECHECK_DELAY_MS);
  };
  dom.watch(document.documentElement, schedule);
  window.addEventListener('popstate', schedule);
  window.addEventListener('hashchange', schedule);
}

async function main(): Promise<void> {
  const settings = await loadSettings(browser.storage.sync);
  const market = createMarketContext(settings);
  const dom = new DomWatch();
  const annotator = new Annotator(readArticlePage, settings, market, (work) => dom.quiet(work));
  followMarketContext(market, (what) => what === 'watchlist' && annotator.watchlistChanged());
  listenToPopup(annotator);
  if (!settings.sites.qq) {
    annotator.state = 'not-article';
    return;
  }
  watchNavigation(annotator, dom);
  await annotator.annotate();
}

void main();
