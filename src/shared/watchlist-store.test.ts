import { describe, expect, it } from 'vitest';
import { loadWatchlist, saveWatchlist, watchlistChange } from './watchlist-store';

describe('the stored watchlist', () => {
  it('reads corrupted or unreadable values as what can be kept', async () => {
    expect(await loadWatchlist({ get: async () => ({}) })).toEqual([]);
    expect(await loadWatchlist({ get: async () => ({ watchlist: 'sh600519' }) })).toEqual([]);
    expect(await loadWatchlist({ get: async () => ({ watchlist: ['sh600519', 7, '00700.HK', 'x'] }) })).toEqual(['600519.SH', '00700.HK']);
    expect(await loadWatchlist({ get: () => Promise.reject(new Error('sync unavailable')) })).toEqual([]);
    expect(watchlistChange({ settings: { newValue: {} } })).toBeNull();
    expect(watchlistChange({ watchlist: { newValue: undefined } })).toEqual([]);
  });

  it('writes only valid codes', async () => {
    let stored: unknown;
    const saved = await saveWatchlist({ set: async (items) => void (stored = items.watchlist) }, ['600519.SH', 'bogus', '600519.SH']);
    expect(saved).toEqual(['600519.SH']);
    expect(stored).toEqual(['600519.SH']);
  });
});
