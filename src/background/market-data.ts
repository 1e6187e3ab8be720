import browser from 'webextension-polyfill';
import { QuoteBroker } from '../core/market/quote-broker';
import { liveQuotesOn, type PermissionsApi } from '../shared/live-quotes-switch';
import type { Response } from '../shared/messages';
import { getTabAnalysis } from './tab-cache';
import { fetchQuoteText } from './quote-fetch';

const broker = new QuoteBroker(fetchQuoteText, Date.now);

/**
 * A tab's live quotes: nothing is asked of the quote service unless live quotes are on (setting and permission);
 * then the article's listings are asked for together, the ones the reader looks at first.
 */
export async function quotesForTab(tabId: number, priority: string[], visible: boolean): Promise<Response> {
  if (!(await liveQuotesOn(browser.permissions as unknown as PermissionsApi, browser.storage.sync))) return { ok: true, live: false, quotes: {} };
  const analysis = await getTabAnalysis(tabId);
  const listings = analysis ? analysis.companies.flatMap((c) => c.codes) : [];
  const quotes = await broker.quotes({ tabId, listings, priority: priority.filter((c) => listings.includes(c)), visible });
  return { ok: true, live: true, quotes: Object.fromEntries(quotes) };
}

export const forgetQuoteTab = (tabId: number) => broker.forgetTab(tabId);
