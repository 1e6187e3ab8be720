import { describe, expect, it } from 'vitest';
import { addCodes, canonicalCode, exportCodeList, isWatched, MAX_WATCHLIST, parseCodeList, removeCodes, toggleCompany, validateWatchlist } from './watchlist';

describe('the watchlist model', () => {
  it('reads every common way of writing a code', () => {
    expect(['600519.SH', 'sh600519', '600519', ' 300750.sz ', 'bj920118', 'hk00700', '700.HK', 'NVDA.US', 'usNVDA', 'BRK.B.US'].map(canonicalCode)).toEqual([
      '600519.SH', '600519.SH', '600519.SH', '300750.SZ', '920118.BJ', '00700.HK', '00700.HK', 'NVDA.US', 'NVDA.US', 'BRK.B.US',
    ]);
    for (const bad of ['', '999999', '600519.SZ', 'hello', '<script>', '1234567.HK', 'NVDA']) expect(canonicalCode(bad), bad).toBeNull();
  });

  it('falls back gracefully from corrupted storage: not a list, junk entries, duplicates, too many', () => {
    expect(validateWatchlist(undefined)).toEqual([]);
    expect(validateWatchlist('600519.SH')).toEqual([]);
    expect(validateWatchlist({ 0: '600519.SH' })).toEqual([]);
    expect(validateWatchlist(['600519.SH', 42, null, { code: 'x' }, 'garbage', 'sh600519', '00700.HK'])).toEqual(['600519.SH', '00700.HK']);
    const huge = Array.from({ length: 2000 }, (_, i) => `${String(600000 + i)}.SH`);
    expect(validateWatchlist(huge).length).toBeLessThanOrEqual(MAX_WATCHLIST);
  });

  it('imports a plain list of codes and exports one code a line, round trip', () => {
    const { codes, rejected } = parseCodeList('600519.SH\nhk00700, NVDA.US；不是代码 600519\n\n');
    expect(codes).toEqual(['600519.SH', '00700.HK', 'NVDA.US']);
    expect(rejected).toEqual(['不是代码']);
    expect(parseCodeList(exportCodeList(codes)).codes).toEqual(codes);
  });

  it('stars and unstars a company by its listings', () => {
    let list = addCodes([], ['300750.SZ']);
    list = toggleCompany(list, ['00700.HK', 'TCEHY.US']);
    expect(list).toEqual(['300750.SZ', '00700.HK']);
    expect(isWatched(list, ['TCEHY.US', '00700.HK'])).toBe(true);
    expect(toggleCompany(list, ['TCEHY.US', '00700.HK'])).toEqual(['300750.SZ']);
    expect(toggleCompany(list, [])).toEqual(list);
    expect(removeCodes(list, ['300750.SZ'])).toEqual(['00700.HK']);
  });
});
