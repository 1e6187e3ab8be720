import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../test/support/gbk';
import { QUOTE_LINES } from '../../../test/support/quote-lines';
import { parseQuotes } from './parse-quotes';
import { serviceListing, type ServiceListing } from './service-code';

const listings = (...codes: string[]) => codes.map((c) => serviceListing(c)!) as ServiceListing[];
const one = (line: string, code: string) => parseQuotes(line, listings(code)).get(code);

describe('the quote-line parser', () => {
  it('reads an A-share line: name, price, previous close, change, change %, time, market value', () => {
    expect(one(QUOTE_LINES.sh600519, '600519.SH')).toEqual({
      listing: '600519.SH',
      serviceCode: 'sh600519',
      market: 'a-share',
      currency: 'CNY',
      name: '贵州茅台',
      price: 1452.5,
      previousClose: 1440,
      change: 12.5,
      changePercent: 0.87,
      time: '2026-05-26 16:14:47',
      exchangeCode: null,
      marketValueYi: 18246.52,
    });
  });

  it('reads STAR, ChiNext and Beijing lines, falls included', () => {
    expect(one(QUOTE_LINES.sh688256, '688256.SH')).toMatchObject({ name: '寒武纪-U', price: 612.3, change: -27.7, changePercent: -4.33 });
    expect(one(QUOTE_LINES.sz300750, '300750.SZ')).toMatchObject({ name: '宁德时代', price: 268.88, changePercent: 2.47, time: '2026-05-26 15:00:06' });
    expect(one(QUOTE_LINES.bj920118, '920118.BJ')).toMatchObject({ serviceCode: 'bj920118', price: 21.36, change: 0.56, changePercent: 2.69 });
  });

  it('reads a Hong Kong line with its own time format and three decimals', () => {
    expect(one(QUOTE_LINES.hk00700, '00700.HK')).toMatchObject({ currency: 'HKD', name: '腾讯控股', price: 512, previousClose: 505.5, change: 6.5, changePercent: 1.29, time: '2026-05-26 16:08:26', marketValueYi: null });
  });

  it('reads US lines with the exchange in the code field, dots in the symbol included', () => {
    expect(one(QUOTE_LINES.usNVDA, 'NVDA.US')).toMatchObject({ currency: 'USD', price: 135.4, change: 2.75, changePercent: 2.07, exchangeCode: 'NVDA.OQ' });
    expect(one(QUOTE_LINES['usBRK.B'], 'BRK.B.US')).toMatchObject({ price: 452.3, change: -2.8, changePercent: -0.62, exchangeCode: 'BRK.B.N' });
  });

  it('gives no quote for a suspended stock (price 0), an unknown code, a truncated or short line', () => {
    expect(one(QUOTE_LINES.sz000001, '000001.SZ')).toBeNull();
    expect(parseQuotes(QUOTE_LINES.none, listings('600000.SH')).get('600000.SH')).toBeNull();
    const cut = QUOTE_LINES.sh600519.slice(0, 120);
    expect(one(cut, '600519.SH')).toBeNull();
    const short = `v_sh600519="${QUOTE_LINES.sh600519.split('"')[1].split('~').slice(0, 30).join('~')}";`;
    expect(one(short, '600519.SH')).toBeNull();
  });

  it('shows nothing rather than a wrong number: inconsistent change, non-numbers, a line for another code', () => {
    const fields = QUOTE_LINES.sh600519.split('"')[1].split('~');
    const withField = (i: number, v: string) => `v_sh600519="${fields.map((f, j) => (j === i ? v : f)).join('~')}";`;
    expect(one(withField(31, '99.00'), '600519.SH')).toBeNull();
    expect(one(withField(32, '8.70'), '600519.SH')).toBeNull();
    expect(one(withField(3, '1e3'), '600519.SH')).toBeNull();
    expect(one(withField(3, 'NaN'), '600519.SH')).toBeNull();
    expect(one(withField(4, '-1440.00'), '600519.SH')).toBeNull();
    expect(one(withField(2, '600000'), '600519.SH')).toBeNull();
    expect(one(withField(30, 'yesterday'), '600519.SH')).toMatchObject({ price: 1452.5, time: null });
    expect(one(withField(1, '茅台\u202e<img src=x onerror=alert(1)>\u0007'), '600519.SH')?.name).toBe('茅台<img src=x onerror=alert(1)>');
  });

  it('reads a whole batched body decoded from GBK, each code to its own line', () => {
    const body = [QUOTE_LINES.sh600519, QUOTE_LINES.hk00700, QUOTE_LINES.none, QUOTE_LINES.usNVDA].join('\n') + '\n';
    const bytes = encodeGbk(body);
    expect(bytes.length).toBeLessThan(new TextEncoder().encode(body).length);
    const decoded = new TextDecoder('gbk').decode(bytes);
    const quotes = parseQuotes(decoded, listings('600519.SH', '00700.HK', 'NVDA.US', '688256.SH'));
    expect([...quotes].map(([k, q]) => [k, q?.name ?? null])).toEqual([
      ['600519.SH', '贵州茅台'],
      ['00700.HK', '腾讯控股'],
      ['NVDA.US', '英伟达'],
      ['688256.SH', null],
    ]);
    // The same bytes read as UTF-8 give no name that could pass for the right one.
    expect(parseQuotes(new TextDecoder().decode(bytes), listings('600519.SH')).get('600519.SH')?.name).not.toBe('贵州茅台');
  });
});
