import tooltipCss from './tooltip.css?inline';
import type { TooltipContent } from './tooltip-content';

export const TOOLTIP_HOST_TAG = 'caizhu-tooltip';
const FOCUSABLE = 'a[href], button';
const GAP = 6;
const EDGE = 4;
/** Inline and !important, so that no page rule can hide or move the host. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  display: 'block',
  'z-index': '2147483647',
  'pointer-events': 'none',
  visibility: 'hidden',
  margin: '0',
  padding: '0',
};

export interface Tooltip {
  /** Shows the card for a highlight; `extra` (the market part of a company's card) goes below its rows. */
  show(anchor: Element, content: TooltipContent, extra?: Element | null): void;
  /** Replaces the extra part of the open card in place (a quote arrived) and keeps it placed. */
  replaceExtra(extra: Element): void;
  hide(): void;
  /** Moves keyboard focus to the card's first link or button; false when it has none. */
  focusInside(): boolean;
  readonly anchor: Element | null;
  /** The element the card lives in, for telling the pointer moving into the card from moving away. */
  readonly host: Element;
  destroy(): void;
}

/**
 * One tooltip for the page, in a closed shadow root so page CSS cannot restyle it and its
 * CSS cannot leak out. The host element is the positioned box: above or below the
 * highlight (never over it), inside the viewport. Everything in it is set with textContent.
 */
export function createTooltip(document: Document): Tooltip {
  const host = document.createElement(TOOLTIP_HOST_TAG);
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = tooltipCss;
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  shadow.append(style, tip);
  document.documentElement.appendChild(host);
  let anchor: Element | null = null;
  let extraPart: Element | null = null;

  const el = (tag: string, className: string, text: string) => {
    const e = document.createElement(tag);
    e.className = className;
    e.textContent = text;
    return e;
  };

  function place(target: Element): void {
    const rects = target.getClientRects();
    const rect = rects.length ? rects[0] : target.getBoundingClientRect();
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = document.documentElement.clientHeight || window.innerHeight;
    const { width, height } = host.getBoundingClientRect();
    const below = rect.bottom + GAP;
    const above = rect.top - GAP - height;
    const placeBelow = below + height <= vh - EDGE || vh - rect.bottom >= rect.top;
    const top = placeBelow ? below : above;
    const left = Math.min(Math.max(EDGE, rect.left), Math.max(EDGE, vw - width - EDGE));
    host.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`, 'important');
    host.dataset.placement = placeBelow ? 'below' : 'above';
  }

  return {
    get anchor() {
      return anchor;
    },
    host,
    show(target, content, extra = null) {
      tip.replaceChildren(el('div', 'label', content.label), el('div', 'heading', content.heading));
      for (const [key, value] of content.rows) {
        const row = el('div', 'row', '');
        row.append(el('span', 'key', key), el('span', 'value', value));
        tip.append(row);
      }
      extraPart = extra;
      if (extra) tip.append(extra);
      anchor = target;
      host.style.setProperty('transform', 'none', 'important');
      place(target);
      host.style.setProperty('visibility', 'visible', 'important');
      host.setAttribute('data-open', '');
    },
    replaceExtra(extra) {
      if (!anchor || !extraPart) return;
      // The reader may be on one of the card's controls: they stay on the same control of the new rendering.
      const focused = shadow.activeElement;
      const focusedIndex = focused ? [...extraPart.querySelectorAll(FOCUSABLE)].indexOf(focused) : -1;
      extraPart.replaceWith(extra);
      extraPart = extra;
      place(anchor);
      if (focusedIndex >= 0) (extra.querySelectorAll(FOCUSABLE)[focusedIndex] as HTMLElement | undefined)?.focus({ preventScroll: true });
    },
    focusInside() {
      const first = tip.querySelector(FOCUSABLE) as HTMLElement | null;
      first?.focus({ preventScroll: true });
      return !!first && shadow.activeElement === first;
    },
    hide() {
      anchor = null;
      extraPart = null;
      host.style.setProperty('visibility', 'hidden', 'important');
      host.removeAttribute('data-open');
    },
    destroy() {
      host.remove();
    },
  };
}
