import browser from 'webextension-polyfill';
import type { Analysis } from '../core/types';
import type { Request, Response } from '../shared/messages';
import { readArticlePage } from './article-page';
import { applyHighlights, type Highlights } from './highlighter';
import { wireTooltip } from './interactions';
import { highlightSpans } from './spans';
import { createTooltip, type Tooltip } from './tooltip';
import { tooltipContent, tooltipSummary } from './tooltip-content';

const RECHECK_DELAY_MS = 200;

interface Annotation {
  url: string;
  container: Element;
  analysis: Analysis;
  highlights: Highlights;
  tooltip: Tooltip;
  unwire: () => void;
}

let current: Annotation | null = null;
let pending: string | null = null;
/** Off after the reader removes the highlights on this page; on again on request or on another page. */
let enabled = true;

function clear(): void {
  if (!current) return;
  current.unwire();
  current.tooltip.destroy();
  current.highlights.remove();
  current = null;
}

async function annotate(): Promise<void> {
  const url = location.href;
  if (!enabled || pending === url || current?.url === url) return;
  const page = readArticlePage(document, url);
  if (!page) return;
  pending = url;
  performance.mark('caizhu:start');
  try {
    const request: Request = { type: 'analyze', article: page.article };
    const response = (await browser.runtime.sendMessage(request)) as Response;
    if (!response.ok || !('analysis' in response) || !response.analysis) return;
    const analysis = response.analysis;
    if (location.href !== url || !page.container.isConnected || page.map.nodes.some((n) => !n.isConnected)) return;
    clear();
    const tooltip = createTooltip(document);
    current = {
      url,
      container: page.container,
      analysis,
      highlights: applyHighlights(page.map, highlightSpans(analysis), (span) => {
        const content = tooltipContent(analysis, span.kind, span.index);
        return content && tooltipSummary(content);
      }),
      tooltip,
      unwire: wireTooltip(document, tooltip, analysis),
    };
    performance.mark('caizhu:applied');
  } catch (error) {
    console.debug('CaiZhu: analysis unavailable', error);
  } finally {
    if (pending === url) pending = null;
  }
}

/** Follows in-page navigation: one cheap check per batch of DOM changes, never a rescan. */
function watchNavigation(): void {
  let lastUrl = location.href;
  let scheduled = false;
  const check = () => {
    scheduled = false;
    const moved = location.href !== lastUrl;
    if (moved || (current && !current.container.isConnected)) {
      lastUrl = location.href;
      enabled = true;
      if (current) void browser.runtime.sendMessage({ type: 'page-left' } satisfies Request).catch(() => undefined);
      clear();
    }
    if (!current) void annotate();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(check, RECHECK_DELAY_MS);
  };
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('popstate', schedule);
  window.addEventListener('hashchange', schedule);
}

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as { type?: string };
  if (m?.type === 'caizhu:remove-highlights') {
    enabled = false;
    clear();
    return Promise.resolve({ ok: true });
  }
  if (m?.type === 'caizhu:restore-highlights') {
    enabled = true;
    return annotate().then(() => ({ ok: true, annotated: current !== null }));
  }
  return undefined;
});

watchNavigation();
void annotate();
