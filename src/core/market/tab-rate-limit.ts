/** At most one request to the quote service per tab in this long. */
export const TAB_REQUEST_INTERVAL_MS = 10_000;

/** One request per tab per interval, on an injected clock. */
export class TabRateLimiter {
  private readonly lastRequest = new Map<number, number>();

  constructor(
    private readonly now: () => number,
    private readonly intervalMs = TAB_REQUEST_INTERVAL_MS,
  ) {}

  /** True, and counts the request, when the tab may send one now. */
  take(tabId: number): boolean {
    const last = this.lastRequest.get(tabId);
    const now = this.now();
    if (last !== undefined && now - last < this.intervalMs) return false;
    this.lastRequest.set(tabId, now);
    return true;
  }

  forget(tabId: number): void {
    this.lastRequest.delete(tabId);
  }
}
