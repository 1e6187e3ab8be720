import browser from 'webextension-polyfill';
import active16 from '../../assets/icons/icon-16.png';
import active32 from '../../assets/icons/icon-32.png';
import active48 from '../../assets/icons/icon-48.png';
import idle16 from '../../assets/icons/icon-disabled-16.png';
import idle32 from '../../assets/icons/icon-disabled-32.png';
import idle48 from '../../assets/icons/icon-disabled-48.png';
import type { Analysis } from '../core/types';

const BADGE_COLOUR = '#1f6feb';
const ACTIVE = { 16: active16, 32: active32, 48: active48 };
const IDLE = { 16: idle16, 32: idle32, 48: idle48 };

/** The action on a tab: coloured with the number of companies on an analysed article, grey and empty elsewhere. */
export async function showOnAction(tabId: number, analysis: Analysis | null): Promise<void> {
  const text = analysis && analysis.companies.length ? String(analysis.companies.length) : '';
  try {
    await browser.action.setIcon({ tabId, path: analysis ? ACTIVE : IDLE });
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage(analysis ? 'actionTitle' : 'actionTitleDisabled') });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  } catch {
    // The tab closed meanwhile.
  }
}
