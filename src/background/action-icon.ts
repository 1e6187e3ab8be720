import browser from 'webextension-polyfill';
import active16 from '../../assets/icons/icon-16.png';
import active32 from '../../assets/icons/icon-32.png';
import active48 from '../../assets/icons/icon-48.png';
import idle16 from '../../assets/icons/icon-disabled-16.png';
import idle32 from '../../assets/icons/icon-disabled-32.png';
import idle48 from '../../assets/icons/icon-disabled-48.png';
import { isWatched } from '../core/market/watchlist';
import type { Analysis } from '../core/types';
import { loadWatchlist } from '../shared/watchlist-store';

const BADGE_COLOUR = '#1f6feb';
/** The badge when the article names watchlist companies: its own colour and a star, so it does not rest on colour. */
const WATCHLIST_BADGE_COLOUR = '#9a6700';
const ACTIVE = { 16: active16, 32: active32, 48: active48 };
const IDLE = { 16: idle16, 32: idle32, 48: idle48 };

type IconSet = Record<number, string>;
const decoded = new Map<IconSet, Promise<Record<number, ImageData> | null>>();

/**
 * An icon set as pixels, decoded once per worker life: given paths, setIcon fetches and decodes
 * the images on every call (17–63 ms in Chromium's worker, on every page load).
 */
function pixelsOf(icons: IconSet): Promise<Record<number, ImageData> | null> {
  let pixels = decoded.get(icons);
  if (!pixels) {
    pixels = Promise.all(
      Object.entries(icons).map(async ([size, url]) => {
        const bitmap = await createImageBitmap(await (await fetch(url)).blob());
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return [Number(size), context.getImageData(0, 0, bitmap.width, bitmap.height)] as const;
      }),
    )
      .then((entries) => Object.fromEntries(entries))
      .catch(() => null);
    decoded.set(icons, pixels);
  }
  return pixels;
}

/** How many companies of the article are on the watchlist. */
export function watchedCount(analysis: Analysis, watchlist: readonly string[]): number {
  return analysis.companies.filter((c) => isWatched(watchlist, c.codes)).length;
}

/**
 * The action on a tab: coloured, with the number of companies on an analysed article (★ and the number of watchlist
 * companies when it names any), grey and empty elsewhere.
 */
export async function showOnAction(tabId: number, analysis: Analysis | null): Promise<void> {
  const watched = analysis ? watchedCount(analysis, await loadWatchlist(browser.storage.sync)) : 0;
  const text = watched ? `★${watched}` : analysis && analysis.companies.length ? String(analysis.companies.length) : '';
  try {
    const icons = analysis ? ACTIVE : IDLE;
    const pixels = await pixelsOf(icons);
    await browser.action.setIcon(pixels ? { tabId, imageData: pixels as Record<string, browser.Action.ImageDataType> } : { tabId, path: icons });
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage(analysis ? 'actionTitle' : 'actionTitleDisabled') });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: watched ? WATCHLIST_BADGE_COLOUR : BADGE_COLOUR });
  } catch {
    // The tab closed meanwhile.
  }
}
