import { directionColour, formatQuote, type UpColour } from '../../core/market/format-quote';
import { marketPhase } from '../../core/market/market-phase';
import type { Quote } from '../../core/market/quote';
import { t } from '../../shared/i18n';
import type { PopupQuotes } from '../live-quotes';

/** One listing's live quote in one line: price and currency, arrow, change and change %, time or market phase. */
export function PriceLine({ listing, quotes, upColour }: { listing: string; quotes: PopupQuotes; upColour: UpColour }) {
  if (quotes.kind === 'off') return null;
  if (quotes.kind === 'loading') return <span class="price-line status">…</span>;
  const quote: Quote | null = quotes.quotes[listing] ?? null;
  if (!quote) return <span class="price-line status unavailable">{t('quoteUnavailable')}</span>;
  const line = formatQuote(quote, marketPhase(quote.market, Date.now(), quote.time));
  return (
    <span class={`price-line ${directionColour(line.direction, upColour)}`} data-direction={line.direction}>
      <span class="price">
        {line.price} {line.currency}
      </span>
      <span class="change">
        {line.arrow} {line.change} {line.changePercent}
      </span>
      <span class="when">{[line.time, line.phase].filter(Boolean).join(' ')}</span>
    </span>
  );
}
