import { describe, expect, it } from 'vitest';
import { compactAnalysis, expandAnalysis } from '../core/compact';
import { analyze } from '../node/index';
import { TabCache, type SessionStore } from './tab-store';

/** storage.session's contract as the cache meets it: JSON values, a byte quota, a rejected write when it is passed. */
class QuotaStore implements SessionStore {
  readonly items = new Map<string, string>();
  constructor(private readonly quota: number) {}
  used(): number {
    let n = 0;
    for (const [k, v] of this.items) n += k.length + v.length;
    return n;
  }
  async get(key: string) {
    const v = this.items.get(key);
    return v === undefined ? {} : { [key]: JSON.parse(v) };
  }
  async set(items: Record<string, unknown>) {
    const next = new Map(this.items);
    for (const [k, v] of Object.entries(items)) next.set(k, JSON.stringify(v));
    let n = 0;
    for (const [k, v] of next) n += k.length + v.length;
    if (n > this.quota) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [k, v] of Object.entries(items)) this.items.set(k, JSON.stringify(v));
  }
  async remove(keys: string | string[]) {
    for (const k of [keys].flat()) this.items.delete(k);
  }
}

const article = (n: number) => analyze(`寒武纪（688256.SH）发布第${n}份报告，营收同比增长12%。华泰证券分析师张明远认为，“推理需求有望在两年内超过训练”。\n`.repeat(40));

describe('compact analyses', () => {
  it('leave out every span text and put it back exactly', () => {
    const a = article(1);
    const compact = compactAnalysis(a);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(a).length);
    expect(expandAnalysis(JSON.parse(JSON.stringify(compact)))).toEqual(a);
  });
});

describe('the tab cache under a storage quota', () => {
  it('evicts the least recently used tabs to fit a new one, and every tab it keeps reads back whole', async () => {
    const one = JSON.stringify(compactAnalysis(article(0))).length;
    const store = new QuotaStore(one * 5.5);
    const cache = new TabCache(store, 0);
    for (let tab = 1; tab <= 12; tab++) await cache.put(tab, article(tab));
    expect(store.used()).toBeLessThanOrEqual(one * 5.5);
    const fresh = new TabCache(store, 0); // a restarted worker: nothing in memory
    const kept: number[] = [];
    for (let tab = 1; tab <= 12; tab++) {
      const a = await fresh.get(tab);
      if (a) {
        kept.push(tab);
        expect(a).toEqual(article(tab));
      }
    }
    expect(kept.length).toBeGreaterThanOrEqual(4);
    expect(kept).toContain(12);
    expect(kept).not.toContain(1);
    // The stored order holds exactly the stored tabs, least recently used first: each entry went in with it.
    expect((await store.get('tab-order'))['tab-order']).toEqual(kept);
  });

  it('drops a closed tab, and never throws when storage refuses everything', async () => {
    const store = new QuotaStore(1_000_000);
    const cache = new TabCache(store, 0);
    await cache.put(7, article(7));
    await cache.forget(7);
    expect(await new TabCache(store, 0).get(7)).toBeNull();
    const full = new TabCache(new QuotaStore(10), 0);
    await expect(full.put(1, article(1))).resolves.toBeUndefined();
    expect(full.fromMemory(1)).toEqual(article(1));
  });
});
