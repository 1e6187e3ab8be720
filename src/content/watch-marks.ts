import { isWatched } from '../core/market/watchlist';
import type { Analysis } from '../core/types';
import type { HighlightSpan } from './spans';

export const WATCH_ATTR = 'data-caizhu-watch';

/**
 * Marks the highlights of watchlist companies: every piece gets the attribute (its own style), the last piece of
 * each mention `end` (the star drawn after it, by CSS, so no node is added to the page).
 */
export function markWatched(marksBySpan: ReadonlyArray<readonly HTMLElement[]>, spans: readonly HighlightSpan[], analysis: Analysis, watchlist: readonly string[]): void {
  spans.forEach((span, i) => {
    const pieces = marksBySpan[i] ?? [];
    const watched = span.kind === 'company' && isWatched(watchlist, analysis.companies[span.index]?.codes ?? []);
    pieces.forEach((piece, j) => {
      if (watched) piece.setAttribute(WATCH_ATTR, j === pieces.length - 1 ? 'end' : '');
      else piece.removeAttribute(WATCH_ATTR);
    });
  });
}
