import browser from 'webextension-polyfill';
import type { UpColour } from '../core/market/format-quote';
import { uiLanguage } from '../shared/i18n';
import { upColourFor, validateSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { loadWatchlist, watchlistChange } from '../shared/watchlist-store';

/** What the page's cards need to know of the reader's market settings, kept current as they change elsewhere. */
export interface MarketContext {
  liveQuotes: boolean;
  upColour: UpColour;
  watchlist: string[];
}

export async function loadMarketContext(settings: Settings): Promise<MarketContext> {
  return { liveQuotes: settings.liveQuotes, upColour: upColourFor(settings.upColour, uiLanguage()), watchlist: await loadWatchlist(browser.storage.sync) };
}

/** Follows storage.sync: `onChange` is told when the watchlist or the quote settings change. */
export function followMarketContext(context: MarketContext, onChange: (what: 'watchlist' | 'settings') => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const watchlist = watchlistChange(changes);
    if (watchlist) {
      context.watchlist = watchlist;
      onChange('watchlist');
    }
    if (SETTINGS_KEY in changes) {
      const settings = validateSettings(changes[SETTINGS_KEY].newValue);
      context.liveQuotes = settings.liveQuotes;
      context.upColour = upColourFor(settings.upColour, uiLanguage());
      onChange('settings');
    }
  });
}
