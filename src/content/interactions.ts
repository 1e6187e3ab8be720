import type { Analysis } from '../core/types';
import { KIND_ATTR, MARK_TAG, REF_ATTR } from './highlighter';
import type { MarketCard } from './market-card';
import type { HighlightKind } from './spans';
import { tooltipContent } from './tooltip-content';
import type { Tooltip } from './tooltip';

export const HOVER_DELAY_MS = 150;
/** Time for the pointer to cross from a highlight to its card (its links and star) before the card closes. */
const CLOSE_GRACE_MS = 250;

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest(MARK_TAG) as HTMLElement | null) : null;
}

/**
 * The innermost highlight's tooltip on hover (after a short delay) and on keyboard focus; Escape closes it. The
 * pointer may move into the card; it closes a moment after the pointer leaves both.
 */
export function wireTooltip(document: Document, tooltip: Tooltip, analysis: Analysis, hoverDelay = HOVER_DELAY_MS, market: MarketCard | null = null): () => void {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The open company card's highlight and its description before quotes were added to it. */
  let described: { mark: HTMLElement; base: string | null } | null = null;
  const restoreDescription = () => {
    if (!described) return;
    if (described.base === null) described.mark.removeAttribute('aria-description');
    else described.mark.setAttribute('aria-description', described.base);
    described = null;
  };
  const describe = (mark: HTMLElement, summary: string) => {
    if (tooltip.anchor !== mark) return;
    if (!described || described.mark !== mark) {
      restoreDescription();
      described = { mark, base: mark.getAttribute('aria-description') };
    }
    mark.setAttribute('aria-description', [described.base, summary].filter(Boolean).join('；'));
  };
  const open = (mark: HTMLElement) => {
    clearTimeout(closeTimer);
    const [kind, index] = (mark.getAttribute(REF_ATTR) ?? '').split(':');
    const content = tooltipContent(analysis, kind as HighlightKind, Number(index));
    if (!content || mark.getAttribute(KIND_ATTR) !== kind) return;
    market?.close();
    restoreDescription();
    const company = kind === 'company' ? analysis.companies[Number(index)] : null;
    const onQuotes = (block: Element, summary: string) => {
      if (tooltip.anchor !== mark) return;
      tooltip.replaceExtra(block);
      describe(mark, summary);
    };
    const part = company && market ? market.open(company.codes, onQuotes) : null;
    tooltip.show(mark, content, part?.block);
    if (part?.summary) describe(mark, part.summary);
  };
  const close = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    market?.close();
    restoreDescription();
    tooltip.hide();
  };
  const closeSoon = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_GRACE_MS);
  };
  const onOver = (e: Event) => {
    if (e.target === tooltip.host) {
      // The pointer reached the card: it stays, whatever highlight the pointer crossed on the way.
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      return;
    }
    const mark = markOf(e.target);
    if (!mark) return;
    if (mark === tooltip.anchor) return void clearTimeout(closeTimer);
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(mark), hoverDelay);
  };
  const onOut = (e: Event) => {
    const to = (e as MouseEvent).relatedTarget;
    if (to === tooltip.host) return void clearTimeout(closeTimer);
    const from = markOf(e.target);
    const toMark = markOf(to);
    if ((from && from !== toMark) || (e.target === tooltip.host && toMark !== tooltip.anchor)) closeSoon();
  };
  /** Set while focus goes back from the card to its highlight, which must not open the card again. */
  let returning = false;
  const onFocus = (e: Event) => {
    const mark = markOf(e.target);
    if (mark && e.target === mark && !returning) open(mark);
  };
  const onBlur = (e: Event) => {
    const to = (e as FocusEvent).relatedTarget;
    if (to === tooltip.host) return;
    if (markOf(e.target)) return close();
    // Focus leaving the card: checked once things settle, since a card re-rendering under the reader's focus (a
    // quote arriving, the star toggled) loses and restores it in one go, and Chromium reports the loss.
    if (e.target === tooltip.host && to !== tooltip.anchor) {
      setTimeout(() => {
        const now = document.activeElement;
        if (tooltip.anchor && now !== tooltip.host && now !== tooltip.anchor) close();
      }, 0);
    }
  };
  const onKey = (e: Event) => {
    const key = (e as KeyboardEvent).key;
    const anchor = tooltip.anchor as HTMLElement | null;
    if (!anchor) return;
    if (key === 'Escape') {
      const fromCard = e.target === tooltip.host;
      close();
      if (fromCard) {
        returning = true;
        anchor.focus({ preventScroll: true });
        returning = false;
      }
    } else if (key === 'ArrowDown' && e.target === anchor && tooltip.focusInside()) {
      // The card's links and star, for the keyboard: ↓ from the highlight, Tab between them, Escape back.
      e.preventDefault();
    }
  };
  const onScroll = () => tooltip.anchor && close();
  const listeners: Array<[string, EventListener]> = [
    ['mouseover', onOver],
    ['mouseout', onOut],
    ['focusin', onFocus],
    ['focusout', onBlur],
    ['keydown', onKey],
    ['scroll', onScroll],
  ];
  for (const [type, fn] of listeners) document.addEventListener(type, fn, true);
  return () => {
    close();
    for (const [type, fn] of listeners) document.removeEventListener(type, fn, true);
  };
}
