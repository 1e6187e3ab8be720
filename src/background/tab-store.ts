import { compactAnalysis, expandAnalysis, type CompactAnalysis } from '../core/compact';
import type { Analysis } from '../core/types';

const KEY_PREFIX = 'tab:';
const ORDER_KEY = 'tab-order';
/** Analyses kept in the worker's memory at once (the rest are read back from storage when asked for). */
const MEMORY_TABS = 16;
/** How many stored tabs may be evicted to make room for one. */
const MAX_EVICTIONS = 64;

/**
 * Storing serialises the whole analysis at once: it waits until the page has had the answer and painted its
 * highlights, rather than compete with it for the CPU.
 */
const STORE_DELAY_MS = 1000;

/**
 * A tab's analysis as it is stored: compacted, as JSON text (Chromium counts a stored object at about 3.4 times its
 * JSON size against the quota; a string at its length).
 */
export function storedForm(analysis: Analysis): string {
  return JSON.stringify(compactAnalysis(analysis));
}

/** The part of `storage.session` the cache uses. */
export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * Each tab's latest analysis, in memory and in session storage (compacted: span texts are slices of the article)
 * so that a worker that was stopped and restarted can still answer the popup without analysing again. Storage has
 * a quota (10 MB in Chrome): when a write does not fit, the least recently used other tabs are evicted until it
 * does; an evicted tab's popup asks its page to analyse again. A closed tab's entry is dropped.
 */
export class TabCache {
  private readonly memory = new Map<number, Analysis>();
  /** Stored tabs, least recently used first; read from storage once per worker life. */
  private order: number[] | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly delayMs = STORE_DELAY_MS,
  ) {}

  async put(tabId: number, analysis: Analysis): Promise<void> {
    this.remember(tabId, analysis);
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.memory.get(tabId) !== analysis) return;
    await this.loadOrder();
    const item = { [KEY_PREFIX + tabId]: storedForm(analysis) };
    for (let evicted = 0; evicted <= MAX_EVICTIONS; evicted++) {
      try {
        // The entry and the order in one write: a worker stopped between two writes would leave an entry the
        // order lacks, which nothing would ever evict.
        const order = [...(this.order ?? []).filter((id) => id !== tabId), tabId];
        await this.store.set({ ...item, [ORDER_KEY]: order });
        this.order = order;
        return;
      } catch {
        const victim = (this.order ?? []).find((id) => id !== tabId);
        if (victim === undefined) return;
        await this.drop(victim);
      }
    }
  }

  /** This worker's own copy only: quick, for the page waiting on its analysis (analysing again is faster than storage). */
  fromMemory(tabId: number): Analysis | null {
    return this.memory.get(tabId) ?? null;
  }

  /** The tabs whose analyses this worker holds in memory. */
  tabsInMemory(): number[] {
    return [...this.memory.keys()];
  }

  async get(tabId: number): Promise<Analysis | null> {
    const cached = this.memory.get(tabId);
    if (cached) return cached;
    try {
      const stored = (await this.store.get(KEY_PREFIX + tabId))[KEY_PREFIX + tabId] as string | Analysis | CompactAnalysis | undefined;
      if (!stored) return null;
      const analysis = expandAnalysis(typeof stored === 'string' ? (JSON.parse(stored) as CompactAnalysis) : stored);
      this.remember(tabId, analysis);
      return analysis;
    } catch {
      return null;
    }
  }

  async forget(tabId: number): Promise<void> {
    await this.loadOrder();
    await this.drop(tabId);
    await this.saveOrder();
  }

  private remember(tabId: number, analysis: Analysis): void {
    this.memory.delete(tabId);
    this.memory.set(tabId, analysis);
    while (this.memory.size > MEMORY_TABS) this.memory.delete(this.memory.keys().next().value!);
  }

  private async drop(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    this.order = (this.order ?? []).filter((id) => id !== tabId);
    try {
      await this.store.remove(KEY_PREFIX + tabId);
    } catch {
      // nothing stored
    }
  }

  private async loadOrder(): Promise<number[]> {
    if (!this.order) {
      try {
        const stored = (await this.store.get(ORDER_KEY))[ORDER_KEY];
        this.order = Array.isArray(stored) ? stored.filter((id): id is number => Number.isInteger(id)) : [];
      } catch {
        this.order = [];
      }
    }
    return this.order;
  }

  private async saveOrder(): Promise<void> {
    try {
      await this.store.set({ [ORDER_KEY]: this.order ?? [] });
    } catch {
      // the order is rebuilt as tabs are stored again
    }
  }
}
