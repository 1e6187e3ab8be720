import { directionColour, formatQuote, type UpColour } from '../core/market/format-quote';
import { marketPhase } from '../core/market/market-phase';
import type { Quote } from '../core/market/quote';
import { quotePageUrl } from '../core/market/quote-link';
import { serviceListing } from '../core/market/service-code';

export const UNAVAILABLE = '行情暂不可用';
export const OFFER = '显示实时行情';

/** What the card knows of the quotes: not asked (off), asked, answered (each listing's quote or null). */
export type MarketState = { kind: 'off' } | { kind: 'loading' } | { kind: 'live'; quotes: Record<string, Quote | null> } | { kind: 'unavailable' };

export interface MarketBlockOptions {
  upColour: UpColour;
  watched: boolean;
  now: number;
  onStar(): void;
  onOffer(): void;
}

/** The listings gu.qq.com and the quote service cover, of a company's codes. */
export const quotableListings = (codes: readonly string[]) => codes.filter((c) => serviceListing(c) !== null);

function el(document: Document, tag: string, className: string, text = ''): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  if (text) e.textContent = text;
  return e;
}

function quoteLine(document: Document, quote: Quote, options: MarketBlockOptions): HTMLElement {
  const line = formatQuote(quote, marketPhase(quote.market, options.now, quote.time));
  const span = el(document, 'span', `quote ${directionColour(line.direction, options.upColour)}`);
  span.dataset.direction = line.direction;
  span.append(
    el(document, 'span', 'price', `${line.price} ${line.currency}`),
    el(document, 'span', 'change', `${line.arrow} ${line.change} ${line.changePercent}`),
  );
  const when = [line.time, line.phase].filter(Boolean).join(' ');
  if (when) span.append(el(document, 'span', 'when', when));
  return span;
}

/** The market part in words, for the highlight's description while the card is open (screen readers). */
export function marketSummary(codes: readonly string[], state: MarketState, options: Pick<MarketBlockOptions, 'now'>): string {
  if (state.kind === 'off') return '';
  if (state.kind === 'loading') return '行情加载中';
  const parts = codes.map((listing) => {
    const quote = state.kind === 'live' ? state.quotes[listing] ?? null : null;
    if (!quote) return `${listing} ${UNAVAILABLE}`;
    const line = formatQuote(quote, marketPhase(quote.market, options.now, quote.time));
    return [listing, `${line.price}${line.currency}`, line.arrow, line.change, line.changePercent, line.time, line.phase].filter(Boolean).join(' ');
  });
  return `行情：${parts.join('；')}`;
}

/**
 * The market part of a company's card: each listing's quote-page link (a new tab, no opener), its live quote when
 * quotes are on, the offer to turn them on when they are off, and the watchlist star. Built with DOM calls and
 * textContent only: quote-service text is as untrusted as page text.
 */
export function marketBlock(document: Document, codes: readonly string[], state: MarketState, options: MarketBlockOptions): HTMLElement {
  const block = el(document, 'div', 'market');
  for (const listing of codes) {
    const quote = state.kind === 'live' ? state.quotes[listing] ?? null : null;
    const url = quotePageUrl(listing, quote?.exchangeCode);
    if (!url) continue;
    const row = el(document, 'div', 'listing');
    const link = el(document, 'a', 'quote-link', listing) as HTMLAnchorElement;
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.title = `在腾讯自选股查看 ${listing} 行情`;
    row.append(link);
    if (state.kind === 'loading') row.append(el(document, 'span', 'status', '行情加载中…'));
    else if (state.kind === 'unavailable' || (state.kind === 'live' && !quote)) row.append(el(document, 'span', 'status unavailable', UNAVAILABLE));
    else if (quote) row.append(quoteLine(document, quote, options));
    block.append(row);
  }
  const actions = el(document, 'div', 'actions');
  const star = el(document, 'button', `star${options.watched ? ' on' : ''}`, options.watched ? '★ 已加自选' : '☆ 加入自选') as HTMLButtonElement;
  star.type = 'button';
  star.setAttribute('aria-pressed', String(options.watched));
  star.addEventListener('click', options.onStar);
  actions.append(star);
  if (state.kind === 'off' && block.childElementCount) {
    const offer = el(document, 'button', 'offer', OFFER) as HTMLButtonElement;
    offer.type = 'button';
    offer.addEventListener('click', options.onOffer);
    actions.append(offer);
  }
  block.append(actions);
  return block;
}
