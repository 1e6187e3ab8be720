import browser from 'webextension-polyfill';
import type { Quote } from '../core/market/quote';
import type { Request, Response } from '../shared/messages';

/** The background gives up on the quote service after 3 s; the card does not wait much longer for the background. */
const ANSWER_TIMEOUT_MS = 4000;

export interface QuoteAnswer {
  live: boolean;
  quotes: Record<string, Quote | null>;
}

/** This tab's quotes from the background, the listings the reader looks at first; null when no answer came. */
export async function requestQuotes(priority: string[]): Promise<QuoteAnswer | null> {
  const request: Request = { type: 'quotes', priority, visible: document.visibilityState === 'visible' };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ANSWER_TIMEOUT_MS));
  try {
    const response = (await Promise.race([browser.runtime.sendMessage(request), timeout])) as Response | null;
    return response && response.ok && 'live' in response ? { live: response.live, quotes: response.quotes } : null;
  } catch {
    return null;
  }
}

export function openOptions(): void {
  void browser.runtime.sendMessage({ type: 'open-options' } satisfies Request).catch(() => undefined);
}
