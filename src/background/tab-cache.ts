import browser from 'webextension-polyfill';
import type { Analysis } from '../core/types';
import { TabCache, type SessionStore } from './tab-store';

const cache = new TabCache(browser.storage.session as unknown as SessionStore);

export const putTabAnalysis = (tabId: number, analysis: Analysis) => cache.put(tabId, analysis);
export const memoryTabAnalysis = (tabId: number) => cache.fromMemory(tabId);
export const getTabAnalysis = (tabId: number) => cache.get(tabId);
export const forgetTab = (tabId: number) => cache.forget(tabId);
export const tabsInMemory = () => cache.tabsInMemory();
