import type { MarketPhase } from './market-phase';
import type { Quote } from './quote';

/** How rises and falls are coloured: red up (the Chinese convention) or green up (the international one). */
export type UpColour = 'red' | 'green';
export type Direction = 'up' | 'down' | 'flat';

const CURRENCY_LABEL = { CNY: '元', HKD: '港元', USD: '美元' } as const;
const PHASE_LABEL: Record<MarketPhase, string | null> = { open: null, break: '休市', closed: '已收盘' };

export interface QuoteLine {
  direction: Direction;
  /** ▲ / ▼ / –: the cue that does not depend on colour. */
  arrow: string;
  price: string;
  change: string;
  changePercent: string;
  currency: string;
  /** MM-DD HH:MM of the quote, market-local. */
  time: string | null;
  phase: string | null;
}

const decimals = (q: Quote) => (q.market === 'hk' && q.price < 10 ? 3 : 2);
const signed = (n: number, digits: number) => (n > 0 ? '+' : n < 0 ? '−' : '') + Math.abs(n).toFixed(digits);

/** A quote as the reader sees it: every part a plain string. */
export function formatQuote(quote: Quote, phase: MarketPhase): QuoteLine {
  const direction: Direction = quote.change > 0 ? 'up' : quote.change < 0 ? 'down' : 'flat';
  const digits = decimals(quote);
  return {
    direction,
    arrow: direction === 'up' ? '▲' : direction === 'down' ? '▼' : '–',
    price: quote.price.toFixed(digits),
    change: signed(quote.change, digits),
    changePercent: `${signed(quote.changePercent, 2)}%`,
    currency: CURRENCY_LABEL[quote.currency],
    time: quote.time ? quote.time.slice(5, 16) : null,
    phase: PHASE_LABEL[phase],
  };
}

/** The colour a direction takes under the reader's convention. */
export function directionColour(direction: Direction, up: UpColour): 'red' | 'green' | 'neutral' {
  if (direction === 'flat') return 'neutral';
  return (direction === 'up') === (up === 'red') ? 'red' : 'green';
}
