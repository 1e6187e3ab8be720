import browser from 'webextension-polyfill';
import { Annotator, listenToPopup } from '../content/annotator';
import { createMarketContext, followMarketContext } from '../content/market-context';
import { loadSettings } from '../shared/settings';
import { readGenericPage } from './read-generic-page';

/** Injected on request (popup → "analyse this page") through activeTab + scripting; runs once per page. */
const FLAG = '__caizhuGenericInjected';
const scope = globalThis as unknown as Record<string, boolean>;

async function main(): Promise<void> {
  if (scope[FLAG]) return;
  scope[FLAG] = true;
  const settings = await loadSettings(browser.storage.sync);
  const market = createMarketContext(settings);
  const annotator = new Annotator(readGenericPage, settings, market);
  followMarketContext(market, (what) => what === 'watchlist' && annotator.watchlistChanged());
  listenToPopup(annotator);
  await annotator.annotate();
}

void main();
