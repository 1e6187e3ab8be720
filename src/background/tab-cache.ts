import browser from 'webextension-polyfill';
import type { Analysis } from '../core/types';

const KEY_PREFIX = 'tab:';

/**
 * Each tab's latest analysis, in memory and in `storage.session` so that a worker that was
 * stopped and restarted can still answer the popup without analysing again.
 */
const memory = new Map<number, Analysis>();

/**
 * Storing serialises the whole analysis at once (≈200 KB for a long article): it waits until the
 * page has had the answer and painted its highlights, rather than compete with it for the CPU.
 */
const STORE_DELAY_MS = 1000;

export async function putTabAnalysis(tabId: number, analysis: Analysis): Promise<void> {
  memory.set(tabId, analysis);
  await new Promise((resolve) => setTimeout(resolve, STORE_DELAY_MS));
  if (memory.get(tabId) !== analysis) return;
  try {
    await browser.storage.session.set({ [KEY_PREFIX + tabId]: analysis });
  } catch {
    // storage.session may be full or unavailable; the in-memory copy still serves this worker's life.
  }
}

/** This worker's own copy only: quick, for the page waiting on its analysis (analysing again is faster than storage). */
export function memoryTabAnalysis(tabId: number): Analysis | null {
  return memory.get(tabId) ?? null;
}

export async function getTabAnalysis(tabId: number): Promise<Analysis | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  try {
    const stored = (await browser.storage.session.get(KEY_PREFIX + tabId))[KEY_PREFIX + tabId] as Analysis | undefined;
    if (stored) memory.set(tabId, stored);
    return stored ?? null;
  } catch {
    return null;
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  try {
    await browser.storage.session.remove(KEY_PREFIX + tabId);
  } catch {
    // nothing stored
  }
}
