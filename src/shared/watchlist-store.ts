import { validateWatchlist, WATCHLIST_KEY } from '../core/market/watchlist';
import type { SettingsStorage } from './settings';

/** The watchlist as storage.sync holds it; a missing, corrupted or unreadable value reads as an empty list. */
export async function loadWatchlist(storage: Pick<SettingsStorage, 'get'>): Promise<string[]> {
  try {
    return validateWatchlist((await storage.get(WATCHLIST_KEY))[WATCHLIST_KEY]);
  } catch {
    return [];
  }
}

export async function saveWatchlist(storage: Pick<SettingsStorage, 'set'>, codes: readonly string[]): Promise<string[]> {
  const valid = validateWatchlist(codes);
  await storage.set({ [WATCHLIST_KEY]: valid });
  return valid;
}

/** Changes to the stored watchlist, from any page or another synced browser. */
export function watchlistChange(changes: Record<string, { newValue?: unknown }>): string[] | null {
  return WATCHLIST_KEY in changes ? validateWatchlist(changes[WATCHLIST_KEY].newValue) : null;
}
