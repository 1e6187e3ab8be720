import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_ALIVE_BEAT_MS, KEEP_ALIVE_PORT } from '../shared/keep-alive';
import { keepAlive } from './keep-alive';

function fakes(href: string, visibility: 'visible' | 'hidden' = 'visible') {
  const sent: string[] = [];
  const disconnects: Array<() => void> = [];
  let connects = 0;
  const runtime = {
    failing: false,
    closed: 0,
    connect(info: { name: string }) {
      if (runtime.failing) throw new Error('Extension context invalidated.');
      expect(info.name).toBe(KEEP_ALIVE_PORT);
      connects++;
      return { postMessage: (m: unknown) => void sent.push(String(m)), disconnect: () => void (runtime.closed += 1), onDisconnect: { addListener: (l: () => void) => void disconnects.push(l) } };
    },
  };
  let onVisibility: (() => void) | null = null;
  const doc = { visibilityState: visibility, addEventListener: (_: string, l: () => void) => void (onVisibility = l) };
  const setVisibility = (v: 'visible' | 'hidden') => {
    doc.visibilityState = v;
    onVisibility?.();
  };
  const location = { href } as Location;
  keepAlive(runtime, doc as unknown as Document, location);
  return { sent, disconnects, connects: () => connects, runtime, setVisibility, location };
}

describe('keep-alive from an article page', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('wakes the background at once and beats while the article is in view', () => {
    const f = fakes('https://news.qq.com/rain/a/20250208A078UR00');
    expect(f.connects()).toBe(1);
    expect(f.sent.length).toBe(1);
    vi.advanceTimersByTime(3 * KEEP_ALIVE_BEAT_MS);
    expect(f.sent.length).toBe(4);
    expect(f.connects()).toBe(1);
  });

  it('stops beating when the tab is hidden and beats again when it is shown', () => {
    const f = fakes('https://new.qq.com/rain/a/20250208A078UR00');
    f.setVisibility('hidden');
    const before = f.sent.length;
    vi.advanceTimersByTime(5 * KEEP_ALIVE_BEAT_MS);
    expect(f.sent.length).toBe(before);
    f.setVisibility('visible');
    expect(f.sent.length).toBe(before + 1);
  });

  it('wakes the background once for an article opened in a background tab, then lets it be', () => {
    const f = fakes('https://new.qq.com/rain/a/20250208A078UR00', 'hidden');
    expect(f.sent.length).toBe(1);
    vi.advanceTimersByTime(5 * KEEP_ALIVE_BEAT_MS);
    expect(f.sent.length).toBe(1);
  });

  it('connects again after the background went away', () => {
    const f = fakes('https://view.inews.qq.com/a/20250208A078UR00');
    for (const l of f.disconnects) l();
    vi.advanceTimersByTime(KEEP_ALIVE_BEAT_MS);
    expect(f.connects()).toBe(2);
  });

  it('does nothing on a qq.com page that is not an article', () => {
    const f = fakes('https://news.qq.com/ch/tech/');
    vi.advanceTimersByTime(3 * KEEP_ALIVE_BEAT_MS);
    expect(f.connects()).toBe(0);
    expect(f.sent).toEqual([]);
  });

  it('lets go of the port when the page navigates in place to something that is not an article', () => {
    const f = fakes('https://news.qq.com/rain/a/20250208A078UR00');
    f.location.href = 'https://news.qq.com/ch/tech/';
    const before = f.sent.length;
    vi.advanceTimersByTime(2 * KEEP_ALIVE_BEAT_MS);
    expect(f.sent.length).toBe(before);
    expect(f.runtime.closed).toBe(1);
  });

  it('gives up quietly when the extension is gone from under the page', () => {
    const f = fakes('https://news.qq.com/rain/a/20250208A078UR00');
    for (const l of f.disconnects) l();
    f.runtime.failing = true;
    expect(() => vi.advanceTimersByTime(3 * KEEP_ALIVE_BEAT_MS)).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
  });
});
