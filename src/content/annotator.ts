import browser from 'webextension-polyfill';
import type { Analysis } from '../core/types';
import { analysisOf, isProvisional, type Request, type Response } from '../shared/messages';
import { CATEGORIES, type Category, type Settings } from '../shared/settings';
import type { ArticlePage } from './article-page';
import { applyHighlightsInSlices, type Highlights } from './highlighter';
import { wireTooltip } from './interactions';
import { MarketCard } from './market-card';
import type { MarketContext } from './market-context';
import { markWatched } from './watch-marks';
import { highlightSpans, type HighlightSpan } from './spans';
import { viewportDistance } from './viewport-distance';
import { highlightPainter } from './paint';
import { createTooltip, type Tooltip } from './tooltip';
import { tooltipContent, tooltipSummary } from './tooltip-content';

export type AnnotationState = 'idle' | 'pending' | 'annotated' | 'not-article' | 'error';

export interface PageStatus {
  state: AnnotationState;
  url: string;
  error: string | null;
  enabled: boolean;
  visible: Record<Category, boolean>;
  /** The highlights are the quick engine's, and the whole engine's analysis is on its way. */
  provisional: boolean;
}

const FLASH = [
  { outline: '3px solid rgba(245, 158, 11, 0.95)', outlineOffset: '2px' },
  { outline: '3px solid rgba(245, 158, 11, 0)', outlineOffset: '6px' },
];
const FLASH_MS = 1200;
/**
 * Longest stretch of highlighting work before the page gets the main thread back: well under the
 * 50 ms of a long task, and long enough that the page's relayout after each slice does not
 * dominate (12 ms slices took the 30k article's elements 430–460 ms, 30 ms slices ≈ 380 ms).
 */
const SLICE_MS = 30;

/**
 * Annotates one page: asks the background for the analysis of the article the page reader
 * finds, applies the highlights the reader wants, and takes them off again exactly.
 */
export class Annotator {
  private analysis: Analysis | null = null;
  private page: ArticlePage | null = null;
  private highlights: Highlights | null = null;
  private spans: HighlightSpan[] = [];
  private tooltip: Tooltip | null = null;
  private unwire: (() => void) | null = null;
  private pendingUrl: string | null = null;
  /** The analysis in place is the quick engine's (a cold worker's first answer); the whole one follows. */
  private provisional = false;
  /** The whole analysis, come before the quick one was in place. */
  private early: { url: string; analysis: Analysis } | null = null;
  state: AnnotationState = 'idle';
  error: string | null = null;
  url = '';
  /** Off after the reader turns highlights off on this page; on again on request or on another page. */
  enabled = true;
  visible: Record<Category, boolean>;

  constructor(
    private readonly readPage: (document: Document, url: string) => ArticlePage | null,
    private readonly settings: Settings,
    /** The reader's watchlist and quote settings; null: cards without the market part. */
    private readonly market: MarketContext | null = null,
    /** Runs the annotator's own DOM changes (see DomWatch). */
    private readonly quiet: <T>(work: () => T) => T = (work) => work(),
  ) {
    this.visible = { ...settings.categories };
  }

  /** The watchlist changed (here or elsewhere): the stars in the page follow. */
  watchlistChanged(): void {
    if (this.highlights && this.analysis && this.market) markWatched(this.highlights.marksBySpan, this.spans, this.analysis, this.market.watchlist);
  }

  get container(): Element | null {
    return this.page?.container ?? null;
  }

  status(): PageStatus {
    return { state: this.state, url: this.url, error: this.error, enabled: this.enabled, visible: { ...this.visible }, provisional: this.provisional };
  }

  /** Analyses the page at the current URL, unless it is done or under way. */
  async annotate(): Promise<void> {
    const url = location.href;
    if (this.pendingUrl === url || (this.analysis && this.url === url)) return;
    performance.mark('caizhu:read');
    const page = this.readPage(document, url);
    performance.measure('caizhu:read', 'caizhu:read');
    this.url = url;
    if (!page) {
      this.state = 'not-article';
      return;
    }
    this.pendingUrl = url;
    this.state = 'pending';
    this.error = null;
    performance.mark('caizhu:start', { startTime: performance.getEntriesByName('caizhu:read', 'mark').at(-1)?.startTime });
    try {
      const request: Request = { type: 'analyze', article: page.article };
      const response = (await browser.runtime.sendMessage(request)) as Response;
      const analysis = analysisOf(response);
      performance.mark('caizhu:answered');
      const answered = performance.now();
      if (!analysis) throw new Error('no analysis');
      if (location.href !== url || !page.container.isConnected || page.map.nodes.some((n) => !n.isConnected)) {
        this.state = 'idle';
        return;
      }
      this.clear();
      this.page = page;
      this.analysis = analysis;
      this.provisional = isProvisional(response);
      this.state = 'annotated';
      if (this.enabled) await this.apply(answered);
      performance.mark('caizhu:applied');
      if (!this.provisional) performance.mark('caizhu:final');
      const early = this.early;
      this.early = null;
      if (early && early.url === url && this.provisional) {
        this.pendingUrl = null;
        await this.refine(early.url, early.analysis);
      }
    } catch (error) {
      this.state = 'error';
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (this.pendingUrl === url) this.pendingUrl = null;
    }
  }

  /** The whole engine's analysis of the page, after the quick one's: the highlights are made again from it. */
  async refine(url: string, analysis: Analysis): Promise<void> {
    if (url !== this.url && url !== this.pendingUrl) return;
    if (this.pendingUrl === url) {
      this.early = { url, analysis };
      return;
    }
    if (!this.provisional || !this.page || this.state !== 'annotated') return;
    this.provisional = false;
    this.analysis = analysis;
    if (this.enabled) {
      this.unapply();
      await this.apply();
    }
    performance.mark('caizhu:final');
  }

  private async apply(taskStart = performance.now()): Promise<void> {
    const analysis = this.analysis;
    const page = this.page;
    if (!analysis || !page || this.highlights) return;
    const spans = highlightSpans(analysis, { allClaims: this.settings.allClaims }).filter((s) => this.visible[s.kind]);
    const painter = highlightPainter(window, this.settings.scheme);
    const { highlights, done } = applyHighlightsInSlices(page.map, spans, SLICE_MS, {
      describe: (span) => {
        const content = tooltipContent(analysis, span.kind, span.index);
        return content && tooltipSummary(content);
      },
      distance: viewportDistance(window),
      painter: painter?.paint,
      scheme: this.settings.scheme,
      taskStart,
      quiet: this.quiet,
    });
    // Held while still going in, so that a toggle or a navigation takes them off at once.
    this.spans = spans;
    this.highlights = highlights;
    await done;
    painter?.clear();
    if (this.highlights !== highlights) return;
    const start = performance.now();
    this.watchlistChanged();
    this.tooltip = this.quiet(() => createTooltip(document));
    this.unwire = wireTooltip(document, this.tooltip, analysis, this.settings.tooltipDelay, this.market && new MarketCard(document, this.market));
    performance.measure('caizhu:tooltip', { start, end: performance.now() });
  }

  /**
   * Sends this page's article to the background again, for a popup that found the background without its analysis
   * (evicted from session storage to make room for other tabs). The page keeps its highlights: the analysis of the
   * same article is the same.
   */
  async reanalyse(): Promise<void> {
    if (this.state !== 'annotated' || !this.page) return;
    const request: Request = { type: 'analyze', article: this.page.article, whole: true };
    analysisOf((await browser.runtime.sendMessage(request)) as Response);
  }

  /** Takes the highlights off; the page's DOM is as it was. */
  private unapply(): void {
    if (!this.highlights) return;
    const start = performance.now();
    const { unwire, tooltip, highlights } = this;
    this.quiet(() => {
      unwire?.();
      tooltip?.destroy();
      highlights.remove();
    });
    this.unwire = null;
    this.tooltip = null;
    this.highlights = null;
    this.spans = [];
    performance.measure('caizhu:remove', { start, end: performance.now() });
  }

  /** Forgets this page's analysis (the reader moved on). */
  clear(): void {
    this.unapply();
    this.analysis = null;
    this.provisional = false;
    this.page = null;
    this.state = 'idle';
  }

  async setVisibility(enabled: boolean, visible: Partial<Record<Category, boolean>>): Promise<void> {
    this.enabled = enabled;
    for (const c of CATEGORIES) if (typeof visible[c] === 'boolean') this.visible[c] = visible[c]!;
    this.unapply();
    if (enabled) await this.apply();
  }

  /** Scrolls to the highlight of the span starting at `start` and flashes it. */
  reveal(start: number, end: number): boolean {
    if (!this.highlights) return false;
    const i = this.spans.findIndex((s) => s.start === start && s.end === end);
    const mark = i >= 0 ? this.highlights.marksBySpan[i][0] : null;
    if (!mark) return false;
    // Smooth scrolling needs animation frames, which a tab in the background does not get.
    mark.scrollIntoView({ block: 'center', behavior: document.visibilityState === 'visible' ? 'smooth' : 'auto' });
    for (const piece of this.highlights.marksBySpan[i]) piece.animate(FLASH, { duration: FLASH_MS, easing: 'ease-out' });
    return true;
  }
}

/** Content-script messages from the popup (and the tests acting as the popup). */
export function listenToPopup(annotator: Annotator): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; enabled?: boolean; visible?: Partial<Record<Category, boolean>>; start?: number; end?: number; url?: string; analysisJson?: string };
    switch (m?.type) {
      case 'caizhu:final':
        if (typeof m.url !== 'string' || typeof m.analysisJson !== 'string') return undefined;
        return annotator.refine(m.url, JSON.parse(m.analysisJson) as Analysis).then(() => null);
      case 'caizhu:status':
        return Promise.resolve(annotator.status());
      case 'caizhu:set-visibility':
        return annotator.setVisibility(m.enabled !== false, m.visible ?? {}).then(() => annotator.status());
      case 'caizhu:remove-highlights':
        return annotator.setVisibility(false, {}).then(() => annotator.status());
      case 'caizhu:restore-highlights':
        return annotator
          .setVisibility(true, {})
          .then(() => annotator.annotate())
          .then(() => annotator.status());
      case 'caizhu:retry':
        return annotator.annotate().then(() => annotator.status());
      case 'caizhu:reanalyse':
        return annotator.reanalyse().then(() => annotator.status());
      case 'caizhu:reveal':
        return Promise.resolve({ revealed: annotator.reveal(Number(m.start), Number(m.end)) });
      default:
        return undefined;
    }
  });
}
