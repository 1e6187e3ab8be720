import { MAX_BATCH, quoteRequestUrl } from './batches';
import { parseQuotes } from './parse-quotes';
import type { Quote } from './quote';
import { QuoteCache } from './quote-cache';
import { serviceListing, type ServiceListing } from './service-code';
import { TabRateLimiter } from './tab-rate-limit';

/** Fetches a URL's body as text (decoded from GBK); rejects on a timeout, a network error or a failed status. */
export type FetchText = (url: string) => Promise<string>;

export interface QuoteRequest {
  tabId: number;
  /** Every listing of the article: they go in one request, so that the next hover needs none. */
  listings: readonly string[];
  /** The listings the reader is looking at, asked for first when there are more than one batch holds. */
  priority?: readonly string[];
  /** A hidden tab sends nothing. */
  visible: boolean;
}

/**
 * The quotes of an article's listings: from the cache while fresh (30 s), otherwise in one batched request of at
 * most 60 codes, at most one request per tab per 10 s and none for a hidden tab. A failed request caches nothing,
 * so the next ask (past the tab's interval) tries again. Concurrent asks from one tab share one request.
 */
export class QuoteBroker {
  readonly cache: QuoteCache;
  private readonly limiter: TabRateLimiter;
  private readonly inFlight = new Map<number, Promise<void>>();

  constructor(
    private readonly fetchText: FetchText,
    now: () => number,
    options: { ttlMs?: number; intervalMs?: number } = {},
  ) {
    this.cache = new QuoteCache(now, options.ttlMs);
    this.limiter = new TabRateLimiter(now, options.intervalMs);
  }

  async quotes(request: QuoteRequest): Promise<Map<string, Quote | null>> {
    const ordered = [...new Set([...(request.priority ?? []), ...request.listings])];
    const services = ordered.map(serviceListing).filter((s): s is ServiceListing => s !== null);
    const stale = services.filter((s) => !this.cache.fresh(s.listing));
    if (stale.length && request.visible) {
      let pending = this.inFlight.get(request.tabId);
      if (!pending && this.limiter.take(request.tabId)) {
        pending = this.fetchBatch(stale.slice(0, MAX_BATCH)).finally(() => this.inFlight.delete(request.tabId));
        this.inFlight.set(request.tabId, pending);
      }
      await pending;
    }
    return new Map(services.map((s) => [s.listing, this.cache.fresh(s.listing)]));
  }

  forgetTab(tabId: number): void {
    this.limiter.forget(tabId);
  }

  private async fetchBatch(batch: ServiceListing[]): Promise<void> {
    let body: string;
    try {
      body = await this.fetchText(quoteRequestUrl(batch.map((s) => s.serviceCode)));
    } catch {
      return;
    }
    for (const quote of parseQuotes(body, batch).values()) if (quote) this.cache.put(quote);
  }
}
