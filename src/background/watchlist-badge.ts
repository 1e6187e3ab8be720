import { showOnAction } from './action-icon';
import { memoryTabAnalysis, tabsInMemory } from './tab-cache';

/** After the watchlist changed: every analysed tab's badge counts its watchlist companies again. */
export function refreshActions(): void {
  for (const tabId of tabsInMemory()) void showOnAction(tabId, memoryTabAnalysis(tabId));
}
