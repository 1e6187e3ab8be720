import { useState } from 'preact/hooks';
import type { UpColour } from '../../core/market/format-quote';
import { quotePageUrl } from '../../core/market/quote-link';
import { serviceListing } from '../../core/market/service-code';
import { isWatched, toggleCompany } from '../../core/market/watchlist';
import type { CompanySummary } from '../../core/summary';
import { t } from '../../shared/i18n';
import type { PopupQuotes } from '../live-quotes';
import { PriceLine } from './PriceLine';

const KIND_MESSAGE = { broker: 'kindBroker', fund: 'kindFund', investor: 'kindInvestor', research: 'kindResearch' } as const;

export interface MarketProps {
  quotes: PopupQuotes;
  upColour: UpColour;
  watchlist: string[];
  onWatchlist: (next: string[]) => void;
  onOffer: () => void;
}

/**
 * Companies ranked by mentions, watchlist companies first; a click scrolls the page to the next mention. Each
 * listing links to its quote page and, with live quotes on, shows its quote.
 */
export function Companies({ companies, onReveal, market }: { companies: CompanySummary[]; onReveal: (start: number, end: number) => void; market: MarketProps }) {
  const [next, setNext] = useState<Record<string, number>>({});
  if (companies.length === 0) return null;
  const go = (c: CompanySummary) => {
    if (c.spans.length === 0) return;
    const i = (next[c.name] ?? 0) % c.spans.length;
    onReveal(c.spans[i].start, c.spans[i].end);
    setNext({ ...next, [c.name]: i + 1 });
  };
  const watched = (c: CompanySummary) => isWatched(market.watchlist, c.codes);
  const ordered = [...companies.filter(watched), ...companies.filter((c) => !watched(c))];
  const quotable = companies.some((c) => c.codes.some((code) => serviceListing(code)));
  return (
    <section class="section" aria-labelledby="h-companies">
      <h2 id="h-companies">
        {t('sectionCompanies')} <span class="count">{companies.length}</span>
      </h2>
      {market.quotes.kind === 'off' && quotable && (
        <button type="button" class="offer" onClick={market.onOffer}>
          {t('liveQuotesOffer')}
        </button>
      )}
      <ul class="list companies">
        {ordered.map((c) => {
          const on = watched(c);
          return (
            <li key={c.name} class={on ? 'watched' : undefined}>
              <div class="company-head">
                <button type="button" class="row" onClick={() => go(c)} title={t('goToMention', c.name)} data-company={c.name}>
                  <span class="name">{c.name}</span>
                  {on && <span class="watch-mark">{t('watchlistMark')}</span>}
                  {c.kind !== 'company' && <span class={`kind kind-${c.kind}`}>{t(KIND_MESSAGE[c.kind])}</span>}
                  {c.origin === 'structure' && <span class="kind kind-unknown" title={t('notInDictionaryHint')}>{t('notInDictionary')}</span>}
                  {!c.listed && <span class="code unlisted">{t('unlisted')}</span>}
                  {c.brands.length > 0 && <span class="brand">{t('viaBrand', c.brands.join('、'))} → {c.name}</span>}
                  <span class="mentions">{t('mentions', String(c.mentions))}</span>
                </button>
                {c.codes.length > 0 && (
                  <button type="button" class={`star${on ? ' on' : ''}`} aria-pressed={on} aria-label={t(on ? 'starRemove' : 'starAdd', c.name)} title={t(on ? 'starRemove' : 'starAdd', c.name)} onClick={() => market.onWatchlist(toggleCompany(market.watchlist, c.codes))}>
                    {on ? '★' : '☆'}
                  </button>
                )}
              </div>
              {c.listed && (
                <div class="listings">
                  {c.codes.map((code, i) => {
                    const quote = market.quotes.kind === 'live' ? market.quotes.quotes[code] : null;
                    const url = quotePageUrl(code, quote?.exchangeCode);
                    return (
                      <div key={code} class="listing">
                        {url ? (
                          <a class="code" href={url} target="_blank" rel="noopener noreferrer" title={t('openQuotePage', code)}>
                            {c.listings[i] ?? code}
                          </a>
                        ) : (
                          <span class="code">{c.listings[i] ?? code}</span>
                        )}
                        {serviceListing(code) && <PriceLine listing={code} quotes={market.quotes} upColour={market.upColour} />}
                      </div>
                    );
                  })}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
