import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseQuotes } from '../core/market/parse-quotes';
import { serviceListing } from '../core/market/service-code';
import { QUOTE_LINES } from '../../test/support/quote-lines';
import { marketBlock, marketSummary, OFFER, UNAVAILABLE, type MarketBlockOptions } from './tooltip-market';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const NOW = Date.parse('2026-05-26T09:00:00Z'); // 17:00 in Beijing: after the close
const quotes = (line: string, code: string) => Object.fromEntries(parseQuotes(line, [serviceListing(code)!]));

function options(over: Partial<MarketBlockOptions> = {}): MarketBlockOptions & { stars: number; offers: number } {
  const o = { upColour: 'red' as const, watched: false, now: NOW, stars: 0, offers: 0, onStar: () => void o.stars++, onOffer: () => void o.offers++, ...over };
  return o;
}

describe('the market part of a company card', () => {
  it('links each covered listing to its quote page in a new tab without an opener, and offers live quotes when off', () => {
    const o = options();
    const block = marketBlock(document, ['300308.SZ', '2330.TW'], { kind: 'off' }, o);
    const links = [...block.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel'), a.textContent])).toEqual([['https://gu.qq.com/sz300308', '_blank', 'noopener noreferrer', '300308.SZ']]);
    const offer = block.querySelector('button.offer')!;
    expect(offer.textContent).toBe(OFFER);
    offer.dispatchEvent(new document.defaultView!.Event('click'));
    expect(o.offers).toBe(1);
    expect(marketSummary(['300308.SZ'], { kind: 'off' }, o)).toBe('');
  });

  it('shows price, change, change %, currency, time and phase, red up by default and green up when chosen', () => {
    const live = { kind: 'live' as const, quotes: quotes(QUOTE_LINES.sh600519, '600519.SH') };
    const red = marketBlock(document, ['600519.SH'], live, options());
    expect(red.querySelector('.quote')!.className).toBe('quote red');
    expect(red.querySelector('.quote')!.textContent).toBe('1452.50 元▲ +12.50 +0.87%05-26 16:14 已收盘');
    expect(marketBlock(document, ['600519.SH'], live, options({ upColour: 'green' })).querySelector('.quote')!.className).toBe('quote green');
    expect(red.querySelector('button.offer')).toBeNull();
    expect(marketSummary(['600519.SH'], live, { now: NOW })).toBe('行情：600519.SH 1452.50元 ▲ +12.50 +0.87% 05-26 16:14 已收盘');
  });

  it('says 行情暂不可用 for a failed answer and for a listing without a quote, and links a US listing with its exchange', () => {
    expect(marketBlock(document, ['600519.SH'], { kind: 'unavailable' }, options()).querySelector('.status')!.textContent).toBe(UNAVAILABLE);
    const block = marketBlock(document, ['NVDA.US', '000001.SZ'], { kind: 'live', quotes: { ...quotes(QUOTE_LINES.usNVDA, 'NVDA.US'), '000001.SZ': null } }, options());
    expect(block.querySelector('a')!.getAttribute('href')).toBe('https://gu.qq.com/usNVDA.OQ');
    expect([...block.querySelectorAll('.status')].map((e) => e.textContent)).toEqual([UNAVAILABLE]);
  });

  it('sets quote-service text as text: a hostile name never becomes markup', () => {
    const fields = QUOTE_LINES.sh600519.split('"')[1].split('~');
    fields[1] = '<img src=x onerror=alert(1)>';
    const line = `v_sh600519="${fields.join('~')}";`;
    const block = marketBlock(document, ['600519.SH'], { kind: 'live', quotes: quotes(line, '600519.SH') }, options());
    expect(block.querySelector('img')).toBeNull();
  });

  it('stars and unstars with a non-colour cue', () => {
    const o = options();
    const off = marketBlock(document, ['600519.SH'], { kind: 'off' }, o).querySelector('button.star')!;
    expect([off.textContent, off.getAttribute('aria-pressed')]).toEqual(['☆ 加入自选', 'false']);
    off.dispatchEvent(new document.defaultView!.Event('click'));
    expect(o.stars).toBe(1);
    const on = marketBlock(document, ['600519.SH'], { kind: 'off' }, options({ watched: true })).querySelector('button.star')!;
    expect([on.textContent, on.getAttribute('aria-pressed')]).toEqual(['★ 已加自选', 'true']);
  });
});
