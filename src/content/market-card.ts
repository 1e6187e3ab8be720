import browser from 'webextension-polyfill';
import { QUOTE_TTL_MS } from '../core/market/quote-cache';
import { isWatched, toggleCompany } from '../core/market/watchlist';
import { saveWatchlist } from '../shared/watchlist-store';
import type { MarketContext } from './market-context';
import { openOptions, requestQuotes } from './quote-client';
import { marketBlock, marketSummary, quotableListings, type MarketState } from './tooltip-market';

/**
 * The market part of the open company card: asks for quotes when the card opens (and again every 30 s while it
 * stays open and the tab is visible), renders what arrives, and handles the star and the offer. A card that closed
 * or moved on ignores answers meant for it.
 */
export class MarketCard {
  private token = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly document: Document,
    private readonly context: MarketContext,
  ) {}

  /** The card's market part for a company; `update` gets each new rendering and its summary in words. */
  open(codes: readonly string[], update: (block: Element, summary: string) => void): { block: Element; summary: string } | null {
    this.close();
    const listings = quotableListings(codes);
    if (!listings.length) return null;
    const token = this.token;
    let state: MarketState = this.context.liveQuotes ? { kind: 'loading' } : { kind: 'off' };
    const render = (): Element =>
      marketBlock(this.document, listings, state, {
        upColour: this.context.upColour,
        watched: isWatched(this.context.watchlist, codes),
        now: Date.now(),
        onStar: () => {
          this.context.watchlist = toggleCompany(this.context.watchlist, codes);
          void saveWatchlist(browser.storage.sync, this.context.watchlist).catch(() => undefined);
          if (token === this.token) update(render(), marketSummary(listings, state, { now: Date.now() }));
        },
        onOffer: openOptions,
      });
    const load = async () => {
      if (this.document.visibilityState !== 'visible') return;
      const answer = await requestQuotes(listings);
      if (token !== this.token) return;
      state = !answer ? { kind: 'unavailable' } : answer.live ? { kind: 'live', quotes: answer.quotes } : { kind: 'off' };
      update(render(), marketSummary(listings, state, { now: Date.now() }));
    };
    if (this.context.liveQuotes) {
      void load();
      this.timer = setInterval(() => void load(), QUOTE_TTL_MS);
    }
    return { block: render(), summary: marketSummary(listings, state, { now: Date.now() }) };
  }

  close(): void {
    this.token++;
    clearInterval(this.timer);
  }
}
