import type { Analysis } from '../core/types';
import { KIND_ATTR, MARK_TAG, REF_ATTR } from './highlighter';
import type { HighlightKind } from './spans';
import { tooltipContent } from './tooltip-content';
import type { Tooltip } from './tooltip';

export const HOVER_DELAY_MS = 150;

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest(MARK_TAG) as HTMLElement | null) : null;
}

/** The innermost highlight's tooltip on hover (after a short delay) and on keyboard focus; Escape closes it. */
export function wireTooltip(document: Document, tooltip: Tooltip, analysis: Analysis, hoverDelay = HOVER_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const open = (mark: HTMLElement) => {
    const [kind, index] = (mark.getAttribute(REF_ATTR) ?? '').split(':');
    const content = tooltipContent(analysis, kind as HighlightKind, Number(index));
    if (content && mark.getAttribute(KIND_ATTR) === kind) tooltip.show(mark, content);
  };
  const close = () => {
    clearTimeout(timer);
    tooltip.hide();
  };
  const onOver = (e: Event) => {
    const mark = markOf(e.target);
    if (!mark || mark === tooltip.anchor) return;
    clearTimeout(timer);
    timer = setTimeout(() => open(mark), hoverDelay);
  };
  const onOut = (e: Event) => {
    const from = markOf(e.target);
    const to = markOf((e as MouseEvent).relatedTarget);
    if (from && from !== to) close();
  };
  const onFocus = (e: Event) => {
    const mark = markOf(e.target);
    if (mark && e.target === mark) open(mark);
  };
  const onBlur = (e: Event) => {
    if (markOf(e.target)) close();
  };
  const onKey = (e: Event) => {
    if ((e as KeyboardEvent).key === 'Escape' && tooltip.anchor) close();
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
