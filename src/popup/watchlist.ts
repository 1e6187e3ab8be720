import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { loadWatchlist, saveWatchlist, watchlistChange } from '../shared/watchlist-store';

/** The watchlist, kept current with storage.sync; `toggle` stars or unstars a company by its codes. */
export function useWatchlist() {
  const [list, setList] = useState<string[]>([]);
  useEffect(() => {
    void loadWatchlist(browser.storage.sync).then(setList);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = area === 'sync' ? watchlistChange(changes) : null;
      if (next) setList(next);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  const save = (next: string[]) => {
    setList(next);
    void saveWatchlist(browser.storage.sync, next).catch(() => undefined);
  };
  return { list, save };
}
