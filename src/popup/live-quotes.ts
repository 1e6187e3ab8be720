import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { UpColour } from '../core/market/format-quote';
import type { Quote } from '../core/market/quote';
import { QUOTE_TTL_MS } from '../core/market/quote-cache';
import { uiLanguage } from '../shared/i18n';
import { liveQuotesOn, turnLiveQuotesOn, type PermissionsApi } from '../shared/live-quotes-switch';
import type { Response } from '../shared/messages';
import { loadSettings, upColourFor } from '../shared/settings';

const permissions = () => browser.permissions as unknown as PermissionsApi;

/** What the popup shows of quotes: off (with the offer), waiting for the first answer, or the answer. */
export type PopupQuotes = { kind: 'off' } | { kind: 'loading' } | { kind: 'live'; quotes: Record<string, Quote | null> };

async function askQuotes(tabId: number): Promise<Record<string, Quote | null> | null> {
  try {
    const response = (await browser.runtime.sendMessage({ type: 'quotes', tabId, visible: true })) as Response;
    return response.ok && 'live' in response && response.live ? response.quotes : null;
  } catch {
    return null;
  }
}

/** Live quotes for the tab's article while the popup is open: asked for at once, then every 30 s (the cache's life). */
export function useLiveQuotes(tabId: number | null, ready: boolean) {
  const [state, setState] = useState<PopupQuotes>({ kind: 'off' });
  const [upColour, setUpColour] = useState<UpColour>('red');
  const [on, setOn] = useState(false);
  useEffect(() => {
    void loadSettings(browser.storage.sync).then((s) => setUpColour(upColourFor(s.upColour, uiLanguage())));
    void liveQuotesOn(permissions(), browser.storage.sync).then(setOn);
  }, []);
  useEffect(() => {
    if (!on || !ready || tabId === null) return;
    let stopped = false;
    setState({ kind: 'loading' });
    const load = async () => {
      const quotes = await askQuotes(tabId);
      if (!stopped) setState(quotes ? { kind: 'live', quotes } : { kind: 'live', quotes: {} });
    };
    void load();
    const timer = setInterval(() => void load(), QUOTE_TTL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [on, ready, tabId]);
  /** From the reader's click on the offer: the permission request comes first. */
  const turnOn = () => void turnLiveQuotesOn(permissions(), browser.storage.sync).then(setOn);
  return { state: on ? state : ({ kind: 'off' } as PopupQuotes), upColour, turnOn };
}
