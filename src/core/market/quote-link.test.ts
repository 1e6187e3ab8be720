import { describe, expect, it } from 'vitest';
import { quotePageUrl } from './quote-link';
import { serviceListing } from './service-code';

describe('quote-page links', () => {
  it('name each market the way gu.qq.com does', () => {
    expect(quotePageUrl('600519.SH')).toBe('https://gu.qq.com/sh600519');
    expect(quotePageUrl('688256.SH')).toBe('https://gu.qq.com/sh688256');
    expect(quotePageUrl('300750.SZ')).toBe('https://gu.qq.com/sz300750');
    expect(quotePageUrl('920118.BJ')).toBe('https://gu.qq.com/bj920118');
    expect(quotePageUrl('00700.HK')).toBe('https://gu.qq.com/hk00700');
  });

  it('name a US listing with the exchange the quote service gave, and the bare symbol without one', () => {
    expect(quotePageUrl('NVDA.US', 'NVDA.OQ')).toBe('https://gu.qq.com/usNVDA.OQ');
    expect(quotePageUrl('BRK.B.US', 'BRK.B.N')).toBe('https://gu.qq.com/usBRK.B.N');
    expect(quotePageUrl('NVDA.US')).toBe('https://gu.qq.com/usNVDA');
    expect(quotePageUrl('NVDA.US', 'AAPL.OQ')).toBe('https://gu.qq.com/usNVDA');
    expect(quotePageUrl('NVDA.US', 'NVDA.OQ/../x')).toBe('https://gu.qq.com/usNVDA');
  });

  it('give no link where gu.qq.com has no page, or for a malformed code', () => {
    for (const code of ['2330.TW', '005930.KS', '7203.T', 'SAP.DE', '600519', '999999.SH', 'hk00700']) expect(quotePageUrl(code), code).toBeNull();
  });

  it('map listings to the quote service codes', () => {
    expect(['600519.SH', '300750.SZ', '920118.BJ', '00700.HK', 'NVDA.US'].map((c) => serviceListing(c)?.serviceCode)).toEqual(['sh600519', 'sz300750', 'bj920118', 'hk00700', 'usNVDA']);
  });
});
