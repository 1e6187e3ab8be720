import type { Quote } from '../core/market/quote';
import type { Analysis, Article } from '../core/types';

/** Messages the content script and popup send to the background worker. */
export type Request =
  /** `whole`: the whole engine's analysis, never the quick one's (the page has its highlights already). */
  | { type: 'analyze'; article: Article; whole?: boolean }
  | { type: 'get-analysis'; tabId: number }
  | { type: 'page-left' }
  | { type: 'ping' }
  /**
   * Live quotes for the listings of a tab's article (the sender's tab, or `tabId` from the popup), `priority` first;
   * `visible` is false for a hidden tab, which sends nothing.
   */
  | { type: 'quotes'; tabId?: number; priority?: string[]; visible?: boolean }
  /** From the tooltip's offer: a content script cannot ask for permissions, the options page can. */
  | { type: 'open-options' };

/**
 * An analysis travels as JSON text: extension messaging copies one string several times faster
 * than a tree of thousands of small objects (≈60 → ≈15 ms for a 30,000-character article).
 */
export type Response =
  /** `provisional`: made by the engine without word segmentation while the whole one starts; its analysis follows (caizhu:final). */
  | { ok: true; analysisJson: string; cached: boolean; provisional?: boolean }
  | { ok: true; analysisJson: null }
  /** `startup`: the engine's start-up steps in ms since the worker started, once it has started. */
  | { ok: true; pong: true; startedAt: number; startup: { started: number; wasm: number; segmenter: number; dictionary: number } | null }
  | { ok: true; opened: true }
  /** `live` false: quotes are off (setting or permission), and nothing was asked of the quote service. */
  | { ok: true; live: boolean; quotes: Record<string, Quote | null> }
  | { ok: false; error: string };

export function isRequest(value: unknown): value is Request {
  if (!value || typeof value !== 'object') return false;
  const m = value as { type?: unknown; article?: { text?: unknown }; tabId?: unknown };
  if (m.type === 'analyze') return !!m.article && typeof m.article.text === 'string';
  if (m.type === 'get-analysis') return typeof m.tabId === 'number';
  if (m.type === 'quotes') {
    const q = value as { priority?: unknown; visible?: unknown };
    const priorityOk = q.priority === undefined || (Array.isArray(q.priority) && q.priority.length <= 20 && q.priority.every((c) => typeof c === 'string'));
    return (m.tabId === undefined || typeof m.tabId === 'number') && priorityOk && (q.visible === undefined || typeof q.visible === 'boolean');
  }
  return m.type === 'ping' || m.type === 'page-left' || m.type === 'open-options';
}

export function analysisResponse(analysis: Analysis | null, cached = false, provisional = false): Response {
  if (!analysis) return { ok: true, analysisJson: null };
  return { ok: true, analysisJson: JSON.stringify(analysis), cached, ...(provisional && { provisional }) };
}

/** Whether a response's analysis is provisional (see Response). */
export function isProvisional(response: Response | undefined): boolean {
  return !!response && response.ok && 'provisional' in response && response.provisional === true;
}

/** The analysis a response carries, or null; a response that is an error throws it. */
export function analysisOf(response: Response | undefined): Analysis | null {
  if (!response) throw new Error('no answer');
  if (!response.ok) throw new Error(response.error);
  return 'analysisJson' in response && response.analysisJson ? (JSON.parse(response.analysisJson) as Analysis) : null;
}
