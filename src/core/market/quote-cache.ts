import type { Quote } from './quote';

/** How long a quote is shown without asking again. */
export const QUOTE_TTL_MS = 30_000;

/** Each listing's latest quote, good for `ttlMs` after it arrived; the clock is injected so tests can move it. */
export class QuoteCache {
  private readonly entries = new Map<string, { quote: Quote; at: number }>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = QUOTE_TTL_MS,
  ) {}

  put(quote: Quote): void {
    this.entries.set(quote.listing, { quote, at: this.now() });
  }

  /** The quote if it is still fresh. */
  fresh(listing: string): Quote | null {
    const entry = this.entries.get(listing);
    if (!entry) return null;
    if (this.now() - entry.at >= this.ttlMs) {
      this.entries.delete(listing);
      return null;
    }
    return entry.quote;
  }

  /** The last quote seen, fresh or not: for what does not change (a US listing's exchange, for its link). */
  last(listing: string): Quote | null {
    return this.entries.get(listing)?.quote ?? null;
  }
}
