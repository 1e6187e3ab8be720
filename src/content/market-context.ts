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

/** The context from the settings already read; the watchlist arrives with followMarketContext. */
export function createMarketContext(settings: Settings): MarketContext {
  return { liveQuotes: settings.liveQuotes, upColour: upColourFor(settings.upColour, uiLanguage()), watchlist: [] };
}

/**
 * Reads the watchlist (without holding up the highlights) and follows storage.sync: `onChange` is told when the
 * watchlist arrives or changes, and when the quote settings change.
 */
export function followMarketContext(context: MarketContext, onChange: (what: 'watchlist' | 'settings') => void): void {
  void loadWatchlist(browser.storage.sync).then((watchlist) => {
    context.watchlist = watchlist;
    onChange('watchlist');
  });
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
