import { describe, expect, it } from 'vitest';
import { QUOTE_LINES } from '../../../test/support/quote-lines';
import { batches, quoteRequestUrl } from './batches';
import { QuoteBroker } from './quote-broker';
import { QuoteCache } from './quote-cache';
import { TabRateLimiter } from './tab-rate-limit';
import { parseQuotes } from './parse-quotes';
import { serviceListing } from './service-code';

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** The quote service as the broker meets it: answers from the real-format lines and records each URL. */
function fakeService(lines: Record<string, string> = QUOTE_LINES) {
  const urls: string[] = [];
  let failing = false;
  return {
    urls,
    fail: (on: boolean) => void (failing = on),
    fetchText: async (url: string) => {
      urls.push(url);
      if (failing) throw new Error('network');
      const codes = url.replace('https://qt.gtimg.cn/q=', '').split(',');
      return codes.map((c) => lines[c] ?? QUOTE_LINES.none).join('\n');
    },
  };
}

const PAGE = ['600519.SH', '00700.HK', 'NVDA.US', '2330.TW'];

describe('batches', () => {
  it('are distinct codes, at most 60 each, and the URL holds the codes and nothing else', () => {
    const codes = Array.from({ length: 130 }, (_, i) => `sh${600000 + (i % 125)}`);
    const out = batches(codes);
    expect(out.map((b) => b.length)).toEqual([60, 60, 5]);
    expect(new Set(out.flat()).size).toBe(125);
    expect(quoteRequestUrl(['sh600519', 'hk00700', 'usNVDA'])).toBe('https://qt.gtimg.cn/q=sh600519,hk00700,usNVDA');
  });
});

describe('the quote cache and the tab rate limit, on a fake clock', () => {
  it('keep a quote for 30 s and allow one request per tab per 10 s', () => {
    const clock = fakeClock();
    const cache = new QuoteCache(clock.now);
    const quote = parseQuotes(QUOTE_LINES.sh600519, [serviceListing('600519.SH')!]).get('600519.SH')!;
    cache.put(quote);
    clock.advance(29_999);
    expect(cache.fresh('600519.SH')).toBe(quote);
    clock.advance(1);
    expect(cache.fresh('600519.SH')).toBeNull();
    const limiter = new TabRateLimiter(clock.now);
    expect(limiter.take(1)).toBe(true);
    expect(limiter.take(1)).toBe(false);
    expect(limiter.take(2)).toBe(true);
    clock.advance(9_999);
    expect(limiter.take(1)).toBe(false);
    clock.advance(1);
    expect(limiter.take(1)).toBe(true);
  });
});

describe('the quote broker', () => {
  it('asks once per article for every listed company, then answers from the cache', async () => {
    const clock = fakeClock();
    const service = fakeService();
    const broker = new QuoteBroker(service.fetchText, clock.now);
    const first = await broker.quotes({ tabId: 1, listings: PAGE, visible: true });
    expect(service.urls).toEqual(['https://qt.gtimg.cn/q=sh600519,hk00700,usNVDA']);
    expect([...first.keys()]).toEqual(['600519.SH', '00700.HK', 'NVDA.US']);
    expect(first.get('NVDA.US')?.price).toBe(135.4);
    clock.advance(5_000);
    await broker.quotes({ tabId: 1, listings: PAGE, priority: ['00700.HK'], visible: true });
    clock.advance(20_000);
    await broker.quotes({ tabId: 1, listings: PAGE, visible: true });
    expect(service.urls).toHaveLength(1);
  });

  it('refreshes after 30 s, never more than once per 10 s per tab, and never for a hidden tab', async () => {
    const clock = fakeClock();
    const service = fakeService();
    const broker = new QuoteBroker(service.fetchText, clock.now);
    expect((await broker.quotes({ tabId: 1, listings: PAGE, visible: false })).get('600519.SH')).toBeNull();
    expect(service.urls).toHaveLength(0);
    await broker.quotes({ tabId: 1, listings: PAGE, visible: true });
    clock.advance(30_000);
    expect((await broker.quotes({ tabId: 1, listings: PAGE, visible: false })).get('600519.SH')).toBeNull();
    await broker.quotes({ tabId: 1, listings: PAGE, visible: true });
    expect(service.urls).toHaveLength(2);
    // Another tab has its own interval but shares the cache.
    await broker.quotes({ tabId: 2, listings: PAGE, visible: true });
    expect(service.urls).toHaveLength(2);
    await broker.quotes({ tabId: 2, listings: ['300750.SZ'], visible: true });
    expect(service.urls).toHaveLength(3);
  });

  it('caches nothing from a failed request and tries again on the next ask past the interval', async () => {
    const clock = fakeClock();
    const service = fakeService();
    const broker = new QuoteBroker(service.fetchText, clock.now);
    service.fail(true);
    expect((await broker.quotes({ tabId: 1, listings: PAGE, visible: true })).get('600519.SH')).toBeNull();
    service.fail(false);
    clock.advance(3_000);
    expect((await broker.quotes({ tabId: 1, listings: PAGE, visible: true })).get('600519.SH')).toBeNull();
    expect(service.urls).toHaveLength(1);
    clock.advance(7_000);
    expect((await broker.quotes({ tabId: 1, listings: PAGE, visible: true })).get('600519.SH')?.price).toBe(1452.5);
    expect(service.urls).toHaveLength(2);
  });

  it('shares one request between concurrent asks, and asks for the reader’s listing first when a page has more than 60', async () => {
    const clock = fakeClock();
    const service = fakeService();
    const broker = new QuoteBroker(service.fetchText, clock.now);
    const many = Array.from({ length: 80 }, (_, i) => `${600000 + i}.SH`).filter((c) => serviceListing(c));
    await Promise.all([broker.quotes({ tabId: 1, listings: many, visible: true }), broker.quotes({ tabId: 1, listings: many, visible: true })]);
    expect(service.urls).toHaveLength(1);
    clock.advance(10_000);
    await broker.quotes({ tabId: 1, listings: [...many, '600519.SH'], priority: ['600519.SH'], visible: true });
    const codes = service.urls[1].split('=')[1].split(',');
    expect(codes).toHaveLength(60);
    expect(codes[0]).toBe('sh600519');
  });
});
