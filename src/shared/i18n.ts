import browser from 'webextension-polyfill';

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
