import { describe, expect, it } from 'vitest';
import type { PageStatus } from '../content/annotator';
import type { Analysis } from '../core/types';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { followFinal, followTab, type FollowSteps } from './follow';

const status = (state: PageStatus['state'], error: string | null = null): PageStatus => ({
  state,
  url: 'http://news.qq.com/rain/a/20250426A0QUOT01',
  error,
  enabled: true,
  visible: { ...DEFAULT_SETTINGS.categories },
  provisional: false,
});
const ANALYSIS = { article: { title: '示例' } } as unknown as Analysis;

/** A tab and a background as the popup meets them; `stored` is what the background holds for the tab. */
function tab(page: PageStatus | null, stored: Analysis | null, onReanalyse: (() => Analysis | null) | null) {
  const calls = { reanalyse: 0, loading: 0, waits: 0 };
  let held = stored;
  const steps: FollowSteps = {
    status: async () => page,
    analysis: async () => held,
    reanalyse: async () => {
      calls.reanalyse++;
      if (onReanalyse) held = onReanalyse();
      return page;
    },
    loading: () => void calls.loading++,
    wait: async () => void calls.waits++,
  };
  return { steps, calls };
}

describe('the popup following its tab', () => {
  it('shows the background’s analysis at once when it has one', async () => {
    const { steps, calls } = tab(status('annotated'), ANALYSIS, null);
    expect(await followTab(steps)).toEqual({ kind: 'ready', analysis: ANALYSIS, status: status('annotated') });
    expect(calls).toEqual({ reanalyse: 0, loading: 0, waits: 0 });
  });

  it('asks an annotated page whose analysis the background lost (evicted under the quota) to send it again, once', async () => {
    const { steps, calls } = tab(status('annotated'), null, () => ANALYSIS);
    expect(await followTab(steps)).toMatchObject({ kind: 'ready', analysis: ANALYSIS });
    expect(calls.reanalyse).toBe(1);
  });

  it('gives up with a timeout when asking again does not help, having asked only once', async () => {
    const { steps, calls } = tab(status('annotated'), null, () => null);
    expect(await followTab(steps, 0, 20)).toEqual({ kind: 'error', message: 'timeout' });
    expect(calls.reanalyse).toBe(1);
    expect(calls.loading).toBe(1);
  });

  it('does not ask a page that is still analysing, or one that failed, or where no content script runs', async () => {
    // Still analysing at the first two looks, annotated (and the background with its analysis) at the third.
    let looks = 0;
    const pending = tab(status('pending'), null, null);
    pending.steps.status = async () => (++looks >= 3 ? status('annotated') : status('pending'));
    pending.steps.analysis = async () => (looks >= 3 ? ANALYSIS : null);
    expect(await followTab(pending.steps, 0)).toMatchObject({ kind: 'ready' });
    expect(pending.calls).toMatchObject({ reanalyse: 0, loading: 1, waits: 2 });
    const failed = tab(status('error', 'article-too-long'), null, null);
    expect(await followTab(failed.steps)).toEqual({ kind: 'error', message: 'article-too-long' });
    const none = tab(null, null, null);
    expect(await followTab(none.steps)).toEqual({ kind: 'not-article', canInject: true });
    expect(failed.calls.reanalyse + none.calls.reanalyse).toBe(0);
  });

  it('follows a page from the quick engine\'s highlights to the whole engine\'s analysis', async () => {
    const whole = { article: { title: '示例' }, companies: [] } as unknown as Analysis;
    let provisional = 3;
    const result = await followFinal(
      {
        status: async () => ({ ...status('annotated'), provisional: provisional-- > 0 }),
        analysis: async () => (provisional < 0 ? whole : ANALYSIS),
        wait: async () => undefined,
      },
      0,
    );
    expect(result).toBe(whole);
    expect(await followFinal({ status: async () => status('idle'), analysis: async () => whole, wait: async () => undefined }, 0)).toBeNull();
  });
});
