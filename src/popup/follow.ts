import type { PageStatus } from '../content/annotator';
import type { Analysis } from '../core/types';

/** Where following a tab ended. */
export type Followed =
  | { kind: 'ready'; analysis: Analysis; status: PageStatus | null }
  | { kind: 'not-article'; canInject: boolean }
  | { kind: 'error'; message: string };

export interface FollowSteps {
  /** The content script's state in the tab, or null where none runs. */
  status(): Promise<PageStatus | null>;
  /** The background's analysis of the tab, or null. */
  analysis(): Promise<Analysis | null>;
  /** Asks the page to send its article to the background again. */
  reanalyse(): Promise<unknown>;
  /** Called once, when the analysis is not there at the first look. */
  loading(): void;
  wait(ms: number): Promise<void>;
}

export const POLL_MS = 150;
export const POLL_LIMIT = 200;

/**
 * Follows a tab until its analysis is there: at once when the background has it. A page that is annotated while
 * the background has no analysis for it lost its stored entry (evicted to make room for other tabs under the
 * storage quota, or never stored because it did not fit): the page is asked, once, to send its article again.
 */
export async function followTab(steps: FollowSteps, pollMs = POLL_MS, limit = POLL_LIMIT): Promise<Followed> {
  let asked = false;
  for (let i = 0; i < limit; i++) {
    const [status, analysis] = await Promise.all([steps.status(), steps.analysis().catch(() => null)]);
    if (analysis && (!status || status.state === 'annotated')) return { kind: 'ready', analysis, status };
    if (!status || status.state === 'not-article') return { kind: 'not-article', canInject: status === null };
    if (status.state === 'error') return { kind: 'error', message: status.error ?? '' };
    if (i === 0) steps.loading();
    if (status.state === 'annotated' && !asked) {
      asked = true;
      await steps.reanalyse().catch(() => null);
      continue;
    }
    await steps.wait(pollMs);
  }
  return { kind: 'error', message: 'timeout' };
}

/**
 * After a ready answer whose page still shows the quick engine's highlights (a cold worker's first paint): waits
 * until the page has the whole engine's analysis, and returns that (null if it does not come in time, or the page
 * went elsewhere).
 */
export async function followFinal(steps: Pick<FollowSteps, 'status' | 'analysis' | 'wait'>, pollMs = POLL_MS, limit = POLL_LIMIT): Promise<Analysis | null> {
  for (let i = 0; i < limit; i++) {
    const status = await steps.status();
    if (!status || status.state !== 'annotated') return null;
    if (!status.provisional) return steps.analysis().catch(() => null);
    await steps.wait(pollMs);
  }
  return null;
}
