/**
 * The content script's watch over the page's DOM (for in-page navigation), deaf to the content script's own
 * changes: highlights go in and come out in synchronous slices, during which the observer is disconnected, so
 * those thousands of changes make no mutation records for the page watcher to be woken by.
 */
export class DomWatch {
  private observer: MutationObserver | null = null;
  private target: Node | null = null;
  private callback: () => void = () => undefined;
  private depth = 0;

  watch(target: Node, callback: () => void): void {
    this.callback = callback;
    this.target = target;
    this.observer = new MutationObserver(() => this.callback());
    this.connect();
  }

  /** Runs the content script's own DOM work unheard. */
  quiet<T>(work: () => T): T {
    if (!this.observer || this.depth > 0) return work();
    // What the page changed before this slice is still heard of.
    const heard = this.observer.takeRecords().length > 0;
    this.observer.disconnect();
    this.depth++;
    try {
      return work();
    } finally {
      this.depth--;
      this.connect();
      if (heard) this.callback();
    }
  }

  private connect(): void {
    if (this.observer && this.target) this.observer.observe(this.target, { childList: true, subtree: true });
  }
}
