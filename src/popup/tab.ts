import browser from 'webextension-polyfill';
import type { PageStatus } from '../content/annotator';
import type { Analysis } from '../core/types';
import { analysisOf, type Response } from '../shared/messages';
import type { Category } from '../shared/settings';
import genericScript from '../generic/analyse-page.ts?iife';

/** Where the highlight stylesheet of the qq.com content script lands in the build; generic pages get it on request. */
const HIGHLIGHT_CSS = 'src/content/highlights.css';

/** The tab the popup describes: `?tab=<id>` when given (tests, a popup opened in a tab), else the active tab. */
export async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The content script's state in that tab, or null where none runs (any page CaiZhu does not annotate on its own). */
export async function pageStatus(tabId: number): Promise<PageStatus | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, { type: 'caizhu:status' })) as PageStatus | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function cachedAnalysis(tabId: number): Promise<Analysis | null> {
  const response = (await browser.runtime.sendMessage({ type: 'get-analysis', tabId })) as Response;
  return response.ok ? analysisOf(response) : null;
}

/** Runs the generic (Readability) reader in the tab, with the permission the reader's click on the action gave. */
export async function analyseAnyway(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [HIGHLIGHT_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [genericScript] });
}

export function send(tabId: number, message: Record<string, unknown>): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message).catch(() => null);
}

export const setVisibility = (tabId: number, enabled: boolean, visible: Record<Category, boolean>) => send(tabId, { type: 'caizhu:set-visibility', enabled, visible });
export const reveal = (tabId: number, start: number, end: number) => send(tabId, { type: 'caizhu:reveal', start, end });
export const retry = (tabId: number) => send(tabId, { type: 'caizhu:retry' });
/** The page sends its article to the background again (the background lost its analysis of the tab). */
export const reanalyse = (tabId: number) => send(tabId, { type: 'caizhu:reanalyse' });
