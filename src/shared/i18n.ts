import browser from 'webextension-polyfill';

import type { Category } from './settings';

/** The message naming each category of highlight, in the popup's switches and the options. */
export const CATEGORY_MESSAGE: Record<Category, string> = { company: 'catCompany', code: 'catCode', figure: 'catFigure', quote: 'catQuote', claim: 'catClaim' };

/** A UI string in the browser's language (zh_CN by default, en), from _locales. */
export function t(key: string, ...substitutions: string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'zh-CN';
  }
}
