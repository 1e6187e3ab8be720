import { describe, expect, it } from 'vitest';
import { QUOTE_LINES } from '../../../test/support/quote-lines';
import { directionColour, formatQuote } from './format-quote';
import { marketPhase } from './market-phase';
import { parseQuotes } from './parse-quotes';
import { serviceListing } from './service-code';

const quoteOf = (line: string, code: string) => parseQuotes(line, [serviceListing(code)!]).get(code)!;
/** 2026-05-26 is a Tuesday. */
const at = (iso: string) => Date.parse(iso);

describe('formatted quotes', () => {
  it('carry a sign and an arrow besides the colour, with the currency and the time', () => {
    expect(formatQuote(quoteOf(QUOTE_LINES.sh600519, '600519.SH'), 'closed')).toEqual({
      direction: 'up', arrow: '▲', price: '1452.50', change: '+12.50', changePercent: '+0.87%', currency: '元', time: '05-26 16:14', phase: '已收盘',
    });
    expect(formatQuote(quoteOf(QUOTE_LINES.sh688256, '688256.SH'), 'open')).toMatchObject({ direction: 'down', arrow: '▼', change: '−27.70', changePercent: '−4.33%', phase: null });
    expect(formatQuote(quoteOf(QUOTE_LINES.hk00700, '00700.HK'), 'break')).toMatchObject({ currency: '港元', price: '512.00', phase: '休市' });
  });

  it('colour red up by default and green up under the international convention', () => {
    expect(directionColour('up', 'red')).toBe('red');
    expect(directionColour('down', 'red')).toBe('green');
    expect(directionColour('up', 'green')).toBe('green');
    expect(directionColour('down', 'green')).toBe('red');
    expect(directionColour('flat', 'red')).toBe('neutral');
  });
});

describe('market phases', () => {
  it('follow each market’s trading hours in its own time zone', () => {
    expect(marketPhase('a-share', at('2026-05-26T02:00:00Z'), '2026-05-26 10:00:00')).toBe('open'); // 10:00 Beijing
    expect(marketPhase('a-share', at('2026-05-26T04:00:00Z'), '2026-05-26 11:30:00')).toBe('break'); // 12:00, lunch
    expect(marketPhase('a-share', at('2026-05-26T08:30:00Z'), '2026-05-26 15:00:03')).toBe('closed'); // 16:30
    expect(marketPhase('a-share', at('2026-05-26T00:30:00Z'), '2026-05-25 15:00:03')).toBe('break'); // 08:30, before the open
    expect(marketPhase('hk', at('2026-05-26T07:30:00Z'), '2026-05-26 15:30:00')).toBe('open'); // 15:30 Hong Kong
    expect(marketPhase('us', at('2026-05-26T14:00:00Z'), '2026-05-26 10:00:00')).toBe('open'); // 10:00 New York
    expect(marketPhase('us', at('2026-05-26T21:00:00Z'), '2026-05-26 16:00:02')).toBe('closed'); // 17:00
    expect(marketPhase('a-share', at('2026-05-30T02:00:00Z'), '2026-05-29 15:00:00')).toBe('break'); // Saturday
    // A weekday whose latest quote is from an earlier day: a holiday.
    expect(marketPhase('a-share', at('2026-10-01T02:00:00Z'), '2026-09-30 15:00:00')).toBe('break');
  });
});
